#include <catch2/catch.hpp>

#include "parser/resolution/story.h"

using namespace newsgraph::parser;

namespace {

// An article naming the same two entities as every other one, on `date`.
ArticleFacts article(const std::string& date) {
    ArticleFacts a;
    a.article.date = date;
    a.entities = {{}, {}};
    a.entities[0].name = "Ministry of Railways";
    a.entities[1].name = "India";
    a.entities[1].kind = newsgraph::graph::NodeKind::Place;
    return a;
}

}  // namespace

TEST_CASE("articles sharing names months apart tell one story", "[story]") {
    const auto story = groupStories({article("2024-01-03"), article("2024-06-25")});
    CHECK(story[0] == story[1]);
}

TEST_CASE("articles sharing names years apart tell two stories", "[story]") {
    const auto story = groupStories({article("2023-06-02"), article("2025-06-14")});
    CHECK(story[0] != story[1]);
}

TEST_CASE("a chain of articles keeps a long-running story together", "[story]") {
    const auto story = groupStories({article("2024-01-01"), article("2024-07-01"), article("2025-01-01")});
    CHECK(story[0] == story[1]);
    CHECK(story[0] == story[2]);
}

TEST_CASE("an article with no date joins by names alone", "[story]") {
    const auto story = groupStories({article("2023-06-02"), article(""), article("2025-06-14")});
    CHECK(story[0] == story[1]);
    CHECK(story[1] == story[2]);
}
