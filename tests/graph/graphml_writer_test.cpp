#include "graph/graphml_writer.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "tests/graph/export_test_support.h"

using namespace newsgraph::graph;

namespace {

std::string graphMl(const PropertyGraph& g, const GraphSelection& selection = {}) {
    std::ostringstream out;
    writeGraphMl(out, g, selection);
    return out.str();
}

}  // namespace

TEST_CASE("GraphML: typed keys for node and edge properties", "[graph][graphml]") {
    std::string text = graphMl(newsgraph::testing::loadExportFixture());
    CHECK_THAT(text, Catch::StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"));
    CHECK_THAT(text, Catch::Contains("for=\"node\" attr.name=\"labels\" attr.type=\"string\""));
    CHECK_THAT(text, Catch::Contains("for=\"node\" attr.name=\"born\" attr.type=\"long\""));
    // value is an integer in most figures and a double in one.
    CHECK_THAT(text, Catch::Contains("for=\"node\" attr.name=\"value\" attr.type=\"double\""));
    CHECK_THAT(text, Catch::Contains("for=\"node\" attr.name=\"flag\" attr.type=\"boolean\""));
    CHECK_THAT(text, Catch::Contains("for=\"node\" attr.name=\"aliases\" attr.type=\"string\""));
    // Properties named like the structure keys are renamed.
    CHECK_THAT(text, Catch::Contains("attr.name=\"prop_labels\""));
    CHECK_THAT(text, Catch::Contains("for=\"edge\" attr.name=\"since\" attr.type=\"double\""));
    CHECK_THAT(text, Catch::Contains("<graph id=\"G\" edgedefault=\"directed\">"));
}

TEST_CASE("GraphML: values are escaped and lists are JSON text", "[graph][graphml]") {
    std::string text = graphMl(newsgraph::testing::loadExportFixture());
    CHECK_THAT(text, Catch::Contains(">Ann &quot;Quote&quot; O&apos;Brien \\ back</data>"));
    CHECK_THAT(text, Catch::Contains(">Édith Ünïcode 中文 &lt;b&gt;&amp;amp;</data>"));
    CHECK_THAT(text, Catch::Contains(">[&quot;Farouq&quot;]</data>"));
    CHECK_THAT(text, Catch::Contains(">:Actor:Person</data>"));
    CHECK_THAT(text, Catch::Contains(">≈1,400,000 displaced · 2022\npeople</data>"));
}

TEST_CASE("GraphML: parallel edges, self-loops and the empty graph", "[graph][graphml]") {
    PropertyGraph g;
    auto a = g.addNode({"A"});
    g.addEdge(a, a, "LOOP");
    g.addEdge(a, a, "LOOP");
    std::string text = graphMl(g);
    CHECK_THAT(text, Catch::Contains("<edge id=\"e1\" source=\"n1\" target=\"n1\">"));
    CHECK_THAT(text, Catch::Contains("<edge id=\"e2\" source=\"n1\" target=\"n1\">"));
    PropertyGraph empty;
    std::string none = graphMl(empty);
    CHECK_THAT(none, Catch::Contains("<graph id=\"G\" edgedefault=\"directed\">\n  </graph>"));
}
