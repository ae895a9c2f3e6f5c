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

namespace {

// A dispatch that names only its country and counts one figure of a cause.
ArticleFacts dispatch(const std::string& date, const std::string& cause) {
    ArticleFacts a = article({entity(NodeKind::Place, "Malawi", "MW")});
    a.article.date = date;
    FigureFact f;
    f.measure = "killed";
    f.cause = cause;
    a.figures.push_back(f);
    return a;
}

}  // namespace

TEST_CASE("dispatches of one disaster in one country weeks apart are one story", "[story]") {
    const auto story = groupStories({dispatch("2025-03-01", "storm"), dispatch("2025-03-04", "storm")});
    CHECK(story[0] == story[1]);
}

TEST_CASE("two disasters of one country, or one kind months apart, are two stories", "[story]") {
    const auto kinds = groupStories({dispatch("2025-03-01", "storm"), dispatch("2025-03-04", "cholera")});
    CHECK(kinds[0] != kinds[1]);
    const auto months = groupStories({dispatch("2025-03-01", "storm"), dispatch("2025-06-01", "storm")});
    CHECK(months[0] != months[1]);
}

TEST_CASE("two articles that mention the same two countries in passing are two stories", "[story]") {
    // A central-bank story in Washington and protests in Kenya, both naming the United
    // Kingdom and the United States: only the country each is about is one key.
    const auto story = groupStories({
        article({entity(NodeKind::Place, "Washington", "US"), entity(NodeKind::Agency, "Federal Reserve", "US"),
                 entity(NodeKind::Place, "United Kingdom", "GB")}),
        article({entity(NodeKind::Place, "Kenya", "KE"), entity(NodeKind::Place, "Nairobi", "KE"),
                 entity(NodeKind::Place, "United Kingdom", "GB"), entity(NodeKind::Place, "United States", "US")}),
    });
    CHECK(story[0] != story[1]);
}

TEST_CASE("articles of one country that state the same uncommon count are one story", "[story]") {
    auto withToll = [](const std::string& place, std::int64_t toll, const std::string& date) {
        ArticleFacts a = article({entity(NodeKind::Place, place, "GR")});
        a.article.date = date;
        FigureFact f;
        f.value = newsgraph::graph::Value(toll);
        f.measure = "killed";
        f.when = "present";
        a.figures.push_back(f);
        return a;
    };
    // Different towns, nothing else shared but "78 killed", five days apart.
    auto story = groupStories({withToll("Kalamata", 78, "2023-06-16"), withToll("Greece", 78, "2023-06-21")});
    CHECK(story[0] == story[1]);
    // A round count ("50 killed") is common to many stories: no join on it alone.
    story = groupStories({withToll("Kalamata", 50, "2023-06-16"), withToll("Greece", 50, "2023-06-21")});
    CHECK(story[0] != story[1]);
    // Nor months apart.
    story = groupStories({withToll("Kalamata", 78, "2023-01-16"), withToll("Greece", 78, "2023-06-21")});
    CHECK(story[0] != story[1]);
}

TEST_CASE("of countries named as often, an article is about the one it names first", "[story]") {
    // The quake's city in the lead, then the countries whose rescuers came to help: the
    // article is about the first, not about the first in the alphabet.
    auto placed = [](const std::string& name, const std::string& country, std::uint32_t at) {
        EntityFact e = entity(NodeKind::Place, name, country);
        e.mentions.push_back({at, at + 5});
        return e;
    };
    ArticleFacts helpers = dispatch("2017-09-22", "quake");
    helpers.entities = {placed("Mexico City", "MX", 10), placed("Taiwan", "TW", 900), placed("Israel", "IL", 950)};
    ArticleFacts lead = dispatch("2017-09-20", "quake");
    lead.entities = {placed("Mexico City", "MX", 10), placed("Puebla", "MX", 40)};
    const auto story = groupStories({lead, helpers});
    CHECK(story[0] == story[1]);
}
