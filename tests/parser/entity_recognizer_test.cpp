#include "parser/entities/entity_recognizer.h"

#include <catch2/catch.hpp>
#include <random>

#include "parser/pipeline.h"

using namespace newsgraph::parser;

TEST_CASE("recognizeEntities: arbitrary bytes give facts whose spans stay in the text",
          "[parser][entities]") {
    std::mt19937 random(7);
    const std::string alphabet =
        "ab AB.,'-()\n\r\"NIS U.S. Lee Seoul's of the President \xe2\x80\x99s \xc2\xa0\xff";
    for (int round = 0; round < 300; ++round) {
        std::string text;
        const int length = static_cast<int>(random() % 400);
        for (int i = 0; i < length; ++i) text += alphabet[random() % alphabet.size()];
        Article article;
        article.text = text;
        const ArticleFacts facts = extractFacts(article);
        for (const auto& e : facts.entities) {
            CHECK_FALSE(e.name.empty());
            for (const auto& m : e.mentions) {
                CHECK(m.begin < m.end);
                CHECK(m.end <= text.size());
            }
        }
    }
}

TEST_CASE("recognizeEntities: a demonym ties no entity of its own", "[parser][entities]") {
    const TextLayer layer("Kenyan officials met Somali elders on Monday.");
    CHECK(recognizeEntities(layer).empty());
}

TEST_CASE("recognizeEntities: a headline only confirms what the body names", "[parser][entities]") {
    const std::string text =
        "Storm Chasers Report Record Winds in Texas\n\nGovernor Greg Abbott toured Houston.\n";
    const auto entities = recognizeEntities(TextLayer(text));
    std::vector<std::string> names;
    for (const auto& e : entities) names.push_back(e.name);
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"Greg Abbott", "Houston", "Texas"});
}
