#include "graph/graph_selection.h"

#include <catch2/catch.hpp>

using namespace newsgraph::graph;

TEST_CASE("GraphSelection: empty means the whole graph, and an edge brings its ends",
          "[graph][export]") {
    PropertyGraph g;
    auto a = g.addNode({"A"});
    auto b = g.addNode({"B"});
    auto c = g.addNode({"C"});
    auto ab = g.addEdge(a, b, "R");
    g.addEdge(b, c, "R");

    GraphSelection whole;
    Subgraph all = resolveSelection(g, whole);
    CHECK(all.nodes.size() == 3);
    CHECK(all.edges.size() == 2);

    GraphSelection part;
    part.addEdge(g, ab);
    Subgraph some = resolveSelection(g, part);
    CHECK_FALSE(part.isWholeGraph());
    CHECK(some.nodes == std::vector<PropertyGraph::Vertex>{a, b});
    REQUIRE(some.edges.size() == 1);
    CHECK(g.edge(some.edges[0]).id == g.edge(ab).id);

    GraphSelection nodesOnly;
    nodesOnly.addNode(b);
    nodesOnly.addNode(c);
    CHECK(resolveSelection(g, nodesOnly).edges.empty());
}

TEST_CASE("copySelection: same ids, labels, properties and mentions", "[graph][export]") {
    PropertyGraph g;
    auto a = g.addNode({"A", "X"}, {{"p", Value(1)}}, 10);
    g.addMention(a, {"a1", 1, 5});
    auto b = g.addNode({}, {}, 20);
    g.addNode({"Unselected"});
    auto e = g.addEdge(a, b, "R", {{"w", Value(0.5)}}, 7);
    g.addEdge(a, a, "SELF");
    GraphSelection selection;
    selection.addEdge(g, e);
    PropertyGraph copy = copySelection(g, selection);
    REQUIRE(copy.nodeCount() == 2);
    REQUIRE(copy.edgeCount() == 1);
    auto ca = copy.findNode(10);
    REQUIRE(ca.has_value());
    CHECK(copy.node(*ca).labels == std::vector<std::string>{"A", "X"});
    CHECK(copy.node(*ca).property("p") == Value(1));
    CHECK(copy.node(*ca).mentions == g.node(a).mentions);
    auto ce = copy.findEdge(7);
    REQUIRE(ce.has_value());
    CHECK(copy.edge(*ce).property("w") == Value(0.5));
    CHECK(copy.node(copy.target(*ce)).id == 20);
}
