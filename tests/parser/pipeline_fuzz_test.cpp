// Random sentences made of the words the parser's rules react to: every stage must keep
// its spans inside the text and its references to the article's entities, and the whole
// pipeline must build a graph from them (run under ASan/UBSan by ./setup.sh test).
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "graph/property_graph.h"
#include "parser/pipeline.h"

using namespace newsgraph;
using namespace newsgraph::parser;

namespace {

const char* const kWords[] = {
    "At least", "about", "more than", "up to", "1,200", "300\u00A0000", "two dozen", "half a",
    "million", "a dozen", "45", "between 10 and 15", "10,000-15,000", "people", "soldiers",
    "civilians", "were killed", "died", "wounded", "injuring", "killing", "still missing",
    "the bodies of", "of the dead", "were evacuated", "could rise to", "expected to reach",
    "a day", "a day earlier", "on Monday", "last week", "in June 2018", "Feb.", "3", "since",
    "up from", "had put the toll at", "said", "told reporters", "according to", "citing",
    "the ministry", "the agency", "it", "she", "a police spokesman", "director of the",
    "Ministry of Health", "(MOH)", "the U.N. refugee agency", "National Search Agency",
    "Health Minister Ana Costa", "Costa", "in", "near", "Kyiv", "Khartoum", "El Geneina",
    "West Bengal", "Bangladesh", "the country's health ministry", "of", "and", ",", ".", ";",
    ":", "\"", "(", ")", "\u2014", "\u2013", "\u2019s", "\n", "\n\n", "\u2022", "1 in 5",
    "four-star", "200-plus", "Jan", "Key events", "16:40 CAT", "LIMA, March 10 \u2014"};

std::string randomArticle(std::mt19937& random) {
    std::string text;
    const int words = static_cast<int>(random() % 120);
    for (int i = 0; i < words; ++i) {
        text += kWords[random() % std::size(kWords)];
        text += random() % 5 ? " " : "";
    }
    return text;
}

bool isEntity(const ArticleFacts& facts, const std::string& name) {
    return std::any_of(facts.entities.begin(), facts.entities.end(),
                       [&](const EntityFact& e) { return e.name == name; });
}

}  // namespace

TEST_CASE("Pipeline: random cue-word text keeps spans in the text and names to entities",
          "[parser][fuzz]") {
    std::mt19937 random(11);
    std::vector<Article> batch;
    for (int round = 0; round < 1500; ++round) {
        Article article;
        article.file = "fuzz" + std::to_string(round) + ".txt";
        article.date = round % 3 ? "2025-03-12" : "";
        article.text = randomArticle(random);
        const ArticleFacts facts = extractFacts(article);
        for (const auto& f : facts.figures) {
            REQUIRE_FALSE(f.mentions.empty());
            for (const auto& m : f.mentions) {
                CHECK(m.begin < m.end);
                CHECK(m.end <= article.text.size());
            }
            for (const auto& r : f.reporters) {
                CHECK(isEntity(facts, r.name));
                CHECK(r.sentence.end <= article.text.size());
            }
            if (!f.place.empty()) CHECK(isEntity(facts, f.place));
        }
        if (round % 100 < 8) batch.push_back(article);  // several small stories
    }
    graph::PropertyGraph graph;
    addArticles(batch, graph);
    CHECK(graph.nodeCount() >= batch.size());  // an article node each, at least
}
