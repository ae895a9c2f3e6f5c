#include "graph/dot_writer.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "graph/news_graph.h"
#include "tests/graph/export_test_support.h"

using namespace newsgraph::graph;
using newsgraph::testing::requireDotAccepts;

namespace {

std::string dotText(const PropertyGraph& g, const GraphSelection& selection = {},
                    const DotOptions& options = {}) {
    std::ostringstream out;
    writeDot(out, g, selection, options);
    return out.str();
}

// Writes the DOT file into `dir` and has the real dot check it.
std::string writeAndCheck(const std::filesystem::path& dir, const std::string& name,
                          const PropertyGraph& g, const GraphSelection& selection = {},
                          const DotOptions& options = {}) {
    auto path = dir / (name + ".dot");
    REQUIRE(saveDot(g, selection, options, path.string()));
    requireDotAccepts(path);
    return newsgraph::testing::readFile(path);
}

}  // namespace

TEST_CASE("DOT: domain nodes are styled by kind and labelled for reading", "[graph][dot]") {
    auto dir = newsgraph::testing::scratchDir("dot-domain");
    PropertyGraph g = newsgraph::testing::loadExportFixture();
    std::string text = writeAndCheck(dir, "news", g);
    CHECK_THAT(text, Catch::StartsWith("digraph G {\ncharset=\"UTF-8\";"));
    CHECK_THAT(text, Catch::Contains("n3 [color=\"#3d6fb6\", fillcolor=\"#cfe2ff\", "
                                     "label=\"Sadiya Umar Farouq\\nMinister of Humanitarian "
                                     "Affairs\", shape=ellipse"));
    CHECK_THAT(text, Catch::Contains("label=\">2,000 killed · 10 Sep 2023\\npeople\", shape=note"));
    CHECK_THAT(text, Catch::Contains("label=\"≥2,000–2,100 injured · 10 Sep 2023\\npeople\""));
    CHECK_THAT(text, Catch::Contains("n11->n5  [color=\"#1f4e79\", fontcolor=\"#1f4e79\", "
                                     "label=REPORTED_BY, style=solid"));
    CHECK_THAT(text, Catch::Contains("n9->n10  [color=\"#b02a37\", fontcolor=\"#b02a37\", "
                                     "label=SUPERSEDES, style=dashed"));
    CHECK_THAT(text, Catch::Contains("subgraph cluster_legend {"));
    CHECK_THAT(text, Catch::Contains("legend_node_Figure [label=\"Figure\", shape=note"));
}

TEST_CASE("DOT: quotes, backslashes, line breaks, entities and non-ASCII are escaped",
          "[graph][dot]") {
    auto dir = newsgraph::testing::scratchDir("dot-escape");
    PropertyGraph g = newsgraph::testing::loadExportFixture();
    std::string text = writeAndCheck(dir, "escape", g);
    CHECK_THAT(text, Catch::Contains("label=\":Person:Journalist\\nAnn \\\"Quote\\\" O'Brien "
                                     "\\\\ back\""));
    CHECK_THAT(text, Catch::Contains("note: line1\\nline2 tab"));
    CHECK_THAT(text, Catch::Contains("label=\"Édith Ünïcode 中文 <b>&amp;amp;\""));
    // A label that spells a DOT keyword is quoted (the trailing space forces the quotes).
    PropertyGraph keywords;
    NewsGraph news(keywords);
    news.addEntity({NodeKind::Agency, "node", {}, "", {}});
    auto other = keywords.addNode({}, {{"name", Value("x")}});
    keywords.addEdge(other, other, "graph");
    std::string quoted = writeAndCheck(dir, "keywords", keywords);
    CHECK_THAT(quoted, Catch::Contains("label=\"node \""));
    CHECK_THAT(quoted, Catch::Contains("label=\"graph \""));
}

TEST_CASE("DOT: parallel edges and self-loops are all drawn", "[graph][dot]") {
    auto dir = newsgraph::testing::scratchDir("dot-parallel");
    PropertyGraph g;
    auto a = g.addNode({"A"});
    auto b = g.addNode({"B"});
    g.addEdge(a, b, "R");
    g.addEdge(a, b, "R");
    g.addEdge(b, b, "LOOP");
    std::string text = writeAndCheck(dir, "parallel", g);
    auto count = [&](const std::string& needle) {
        std::size_t n = 0;
        for (auto at = text.find(needle); at != text.npos; at = text.find(needle, at + 1)) ++n;
        return n;
    };
    CHECK(count("n1->n2 ") == 2);
    CHECK(count("n2->n2 ") == 1);
}

TEST_CASE("DOT: the empty graph is a valid drawing without a legend", "[graph][dot]") {
    auto dir = newsgraph::testing::scratchDir("dot-empty");
    PropertyGraph g;
    std::string text = writeAndCheck(dir, "empty", g);
    CHECK_THAT(text, Catch::StartsWith("digraph G {"));
    CHECK_THAT(text, !Catch::Contains("cluster_legend"));
}

TEST_CASE("DOT: clusters by article hold the nodes read from one article only", "[graph][dot]") {
    auto dir = newsgraph::testing::scratchDir("dot-clusters");
    PropertyGraph g = newsgraph::testing::loadExportFixture();
    DotOptions options;
    options.clustersByArticle = true;
    std::string text = writeAndCheck(dir, "clusters", g, {}, options);
    auto a1 = text.find("subgraph \"cluster_article_a1\" {");
    REQUIRE(a1 != std::string::npos);
    std::string cluster = text.substr(a1, text.find('}', a1) - a1);
    CHECK_THAT(cluster, Catch::Contains("label=\"Floods force thousands from their homes…"));
    CHECK_THAT(cluster, Catch::Contains("\nn1;\n"));
    CHECK_THAT(cluster, Catch::Contains("\nn3;\n"));
    // The United Nations (node 14) is read in both articles, so it is in neither box.
    CHECK_THAT(text, !Catch::Contains("\nn14;\n"));
    CHECK_THAT(text, Catch::Contains("subgraph \"cluster_article_a2\" {"));
}

TEST_CASE("DOT: a selection draws only its nodes and relationships", "[graph][dot]") {
    auto dir = newsgraph::testing::scratchDir("dot-selection");
    PropertyGraph g = newsgraph::testing::loadExportFixture();
    GraphSelection selection;
    selection.addEdge(g, *g.findEdge(8));  // figure 11 supersedes figure 12
    selection.addNode(*g.findNode(7));
    std::string text = writeAndCheck(dir, "selection", g, selection);
    CHECK_THAT(text, Catch::Contains("\nn11 ["));
    CHECK_THAT(text, Catch::Contains("\nn12 ["));
    CHECK_THAT(text, Catch::Contains("\nn7 ["));
    CHECK_THAT(text, !Catch::Contains("\nn5 ["));
    CHECK_THAT(text, Catch::Contains("n11->n12 "));
    CHECK_THAT(text, !Catch::Contains("REPORTED_BY, style"));
    CHECK(text == dotText(g, selection));
}
