#include "graph/graph_check.h"

#include <catch2/catch.hpp>

#include "graph/graph_json.h"
#include "graph/news_graph.h"
#include "graph/utf8.h"

using namespace newsgraph::graph;

TEST_CASE("graph check: a mention of an unknown article or past its text", "[graph][graph_json]") {
    PropertyGraph g;
    NewsGraph news(g);
    news.addArticle({"a1", "a1.txt", "", "", "", "", "Ten bytes."});
    auto place = g.addNode({"Place"}, {{"name", Value("Kursk")}});
    g.addMention(place, {"a1", 0, 4});
    CHECK(mentionProblems(g, 10).empty());
    CHECK_FALSE(unwritableReason(g).has_value());
    g.addMention(place, {"a1", 4, 40});
    auto other = g.addNode({"Place"}, {{"name", Value("Orel")}});
    g.addMention(other, {"a9", 0, 1});
    auto problems = mentionProblems(g, 10);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].message.find("past the end of its text (10 bytes)") != std::string::npos);
    CHECK(problems[1].message.find("article \"a9\", which is not in the graph") !=
          std::string::npos);
}

TEST_CASE("graph check: the writer refuses invalid UTF-8 and deep values", "[graph][graph_json]") {
    PropertyGraph bad;
    bad.addNode({"Actor"}, {{"name", Value(std::string("\xFF\xFE" "Bad"))}});
    auto reason = unwritableReason(bad);
    REQUIRE(reason.has_value());
    CHECK(*reason == "node 1 has a property \"name\" that is not valid UTF-8 (byte 0)");
    std::string error;
    std::FILE* sink = std::tmpfile();
    CHECK_FALSE(writeGraphJson(bad, sink, error));
    CHECK(std::ftell(sink) == 0);  // nothing written
    std::fclose(sink);

    Value deep = Value(Value::List{});
    for (int i = 0; i < kMaxValueDepth + 1; ++i) deep = Value(Value::List{deep});
    PropertyGraph nested;
    nested.addNode({}, {{"p", deep}});
    REQUIRE(unwritableReason(nested).has_value());
    CHECK(unwritableReason(nested)->find("deeper than 500 levels") != std::string::npos);
}

TEST_CASE("utf8: surrogates, overlong forms and truncation are invalid", "[graph]") {
    CHECK(findInvalidUtf8("plain \xC3\xA9 \xF0\x9F\x98\x80") == std::string_view::npos);
    CHECK(findInvalidUtf8("x\xED\xA0\x80y") == 1);  // U+D800 encoded directly
    CHECK(findInvalidUtf8("\xC0\xAF") == 0);        // overlong '/'
    CHECK(findInvalidUtf8("ab\xE2\x82") == 2);      // cut short
    CHECK(findInvalidUtf8("\xF4\x90\x80\x80") == 0);  // past U+10FFFF
}

TEST_CASE("utf8: encodeUtf8 writes each length of sequence", "[graph]") {
    std::string out;
    for (char32_t cp : {U'a', U'\u00e9', U'\u4e2d', U'\U0001F600'}) encodeUtf8(out, cp);
    CHECK(out == "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80");
    CHECK(findInvalidUtf8(out) == std::string_view::npos);
}

TEST_CASE("graph_check: a graph built through the mutators has no index problems", "[graph]") {
    newsgraph::graph::PropertyGraph g;
    auto a = g.addNode({"A"}, {{"name", newsgraph::graph::Value("Alpha")}});
    auto b = g.addNode({"A", "B"});
    g.addEdge(a, b, "R");
    g.addEdge(b, b, "R");
    CHECK(newsgraph::graph::indexProblems(g).empty());
    g.setProperty(b, "name", newsgraph::graph::Value("Alpha"));  // two nodes share a name
    g.removeEdges(g.incidentEdges(a));
    g.removeNodes(std::vector{a});
    CHECK(newsgraph::graph::indexProblems(g).empty());
    CHECK(g.nodesNamed("alpha").size() == 1);
}
