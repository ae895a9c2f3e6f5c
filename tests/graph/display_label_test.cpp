#include "graph/display_label.h"

#include <catch2/catch.hpp>

#include "graph/news_graph.h"

using namespace newsgraph::graph;

TEST_CASE("formatCount: thousands separators for integers and whole doubles", "[graph][export]") {
    CHECK(formatCount(Value(2000)) == "2,000");
    CHECK(formatCount(Value(999)) == "999");
    CHECK(formatCount(Value(-1234567)) == "-1,234,567");
    CHECK(formatCount(Value(1400000.0)) == "1,400,000");
    CHECK(formatCount(Value(12345.5)) == "12,345.5");
    CHECK(formatCount(Value(1.5)) == "1.5");
    CHECK(formatCount(Value("many")) == "many");
}

TEST_CASE("qualifierSymbol and formatDate", "[graph][export]") {
    CHECK(qualifierSymbol("exact").empty());
    CHECK(qualifierSymbol("approximately") == "≈");
    CHECK(qualifierSymbol("at least") == "≥");
    CHECK(qualifierSymbol("at most") == "≤");
    CHECK(qualifierSymbol("up to") == "up to ");
    CHECK(formatDate("2025-09-02") == "2 Sep 2025");
    CHECK(formatDate("2025-09") == "Sep 2025");
    CHECK(formatDate("2025") == "2025");
    CHECK(formatDate("2025-13") == "2025-13");
    CHECK(formatDate("last week") == "last week");
}

TEST_CASE("DisplayLabeler: figures read as amount, measure, date and subject", "[graph][export]") {
    PropertyGraph g;
    NewsGraph news(g);
    news.addArticle({"a1", "one.txt", "Title", "2025-09-02", "Wire", "", "text"});
    FigureInfo single;
    single.value = Value(2000);
    single.qualifier = "approximately";
    single.measure = "killed";
    single.subject = "soldiers";
    single.when = "present";
    single.mentions = {{"a1", 0, 4}};
    auto fromArticle = news.addFigure(single);

    FigureInfo range = single;
    range.value = Value();
    range.low = Value(10000);
    range.high = Value(15000);
    range.qualifier = "exact";
    range.measure = "deployed";
    range.extra["when_begin"] = Value("2024-11");
    auto fromProperty = news.addFigure(range);

    FigureInfo bare;
    bare.value = Value(3);
    bare.qualifier = "at least";
    bare.when = "last year";
    auto fromWords = news.addFigure(bare);

    DisplayLabeler label(g);
    CHECK(label(fromArticle) == "≈2,000 killed · 2 Sep 2025\nsoldiers");
    CHECK(label(fromProperty) == "10,000–15,000 deployed · Nov 2024\nsoldiers");
    CHECK(label(fromWords) == "≥3 · last year");
}

TEST_CASE("DisplayLabeler: actors show their role, other nodes their labels", "[graph][export]") {
    PropertyGraph g;
    NewsGraph news(g);
    auto actor = news.addEntity({NodeKind::Actor, "Jane Roe", {}, "spokeswoman", {}});
    auto agency = news.addEntity(
        {NodeKind::Agency, "A Very Long Agency Name That Goes On And On", {}, "", {}});
    auto person = g.addNode({"Person", "Journalist"}, {{"name", Value("Ann")}});
    auto bare = g.addNode({});
    DisplayLabeler label(g);
    CHECK(label(actor) == "Jane Roe\nspokeswoman");
    CHECK(label(agency) == "A Very Long Agency Name That Goes On An…");
    CHECK(label(person) == ":Person:Journalist\nAnn");
    CHECK(label(bare) == "#" + std::to_string(g.node(bare).id));
}
