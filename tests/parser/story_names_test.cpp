#include <catch2/catch.hpp>

#include "parser/resolution/story.h"

using namespace newsgraph::parser;
using newsgraph::graph::NodeKind;

namespace {

EntityFact entity(NodeKind kind, const std::string& name, const std::string& country = "") {
    EntityFact e;
    e.kind = kind;
    e.name = name;
    e.country = country;
    return e;
}

ArticleFacts article(std::vector<EntityFact> entities) {
    ArticleFacts a;
    a.article.date = "2023-09-09";
    a.entities = std::move(entities);
    return a;
}

}  // namespace

TEST_CASE("a country named by its name or by its bodies is one key", "[story]") {
    // "Morocco" and "Morocco's Interior Ministry" beside "the Moroccan Interior Ministry"
    // and a town of Morocco: no name is shared, the country and the ministry are.
    const auto story = groupStories({
        article({entity(NodeKind::Place, "Morocco", "MA"), entity(NodeKind::Agency, "Interior Ministry", "MA")}),
        article({entity(NodeKind::Agency, "Moroccan Interior Ministry", "MA"),
                 entity(NodeKind::Place, "Azilal", "MA")}),
    });
    CHECK(story[0] == story[1]);
}

TEST_CASE("two ministries of one country are not one key", "[story]") {
    const auto story = groupStories({
        article({entity(NodeKind::Place, "Morocco", "MA"), entity(NodeKind::Agency, "Interior Ministry", "MA")}),
        article({entity(NodeKind::Place, "Morocco", "MA"), entity(NodeKind::Agency, "Health Ministry", "MA")}),
    });
    CHECK(story[0] != story[1]);
}

TEST_CASE("one ministry of two countries is not one key", "[story]") {
    const auto story = groupStories({
        article({entity(NodeKind::Place, "Libya", "LY"), entity(NodeKind::Agency, "Interior Ministry", "LY")}),
        article({entity(NodeKind::Place, "Morocco", "MA"), entity(NodeKind::Agency, "Interior Ministry", "MA")}),
    });
    CHECK(story[0] != story[1]);
}
