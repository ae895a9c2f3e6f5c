#include "graph/property_graph.h"

#include <catch2/catch.hpp>

using namespace newsgraph::graph;

TEST_CASE("PropertyGraph: nodes keep labels, properties and stable ids", "[graph]") {
    PropertyGraph g;
    auto a = g.addNode({"A", "B"}, {{"name", Value("x")}, {"n", Value(1)}});
    auto b = g.addNode({}, {}, 42);
    auto c = g.addNode({"A"});
    CHECK(g.node(a).id == 1);
    CHECK(g.node(b).id == 42);
    CHECK(g.node(c).id == 43);
    CHECK(g.node(a).labels == std::vector<std::string>{"A", "B"});
    CHECK(g.node(a).property("n") == Value(1));
    CHECK(g.node(a).property("missing").isNull());
    CHECK(g.findNode(42) == b);
    CHECK_FALSE(g.findNode(7).has_value());
    CHECK(g.nodesWithLabel("A").size() == 2);
    CHECK(g.nodesWithLabel("Z").empty());
    CHECK(g.labels() == std::vector<std::string>{"A", "B"});
}

TEST_CASE("PropertyGraph: parallel relationships and self-loops are allowed", "[graph]") {
    PropertyGraph g;
    auto a = g.addNode({"N"});
    auto b = g.addNode({"N"});
    g.addEdge(a, b, "R", {{"w", Value(1)}});
    g.addEdge(a, b, "R", {{"w", Value(2)}});
    auto loop = g.addEdge(a, a, "S");
    CHECK(g.edgeCount() == 3);
    CHECK(boost::out_degree(a, g.adjacency()) == 3);
    CHECK(boost::in_degree(b, g.adjacency()) == 2);
    CHECK(g.source(loop) == a);
    CHECK(g.target(loop) == a);
    CHECK(g.edge(g.edges()[1]).property("w") == Value(2));
    CHECK(g.findEdge(3) == loop);
    CHECK(g.relationshipTypes() == std::vector<std::string>{"R", "S"});
}

TEST_CASE("PropertyGraph: the name index follows name and alias changes", "[graph]") {
    PropertyGraph g;
    auto v = g.addNode({"Agency"}, {{"name", Value("National Intelligence Service")}});
    CHECK(g.nodesNamed("NIS").empty());
    g.setProperty(v, "aliases", Value::List{Value("NIS")});
    REQUIRE(g.nodesNamed("nis").size() == 1);
    CHECK(g.nodesNamed("nis")[0] == v);
    CHECK(g.nodesNamed("national intelligence service's").size() == 1);
}

TEST_CASE("PropertyGraph: a mention is kept once", "[graph]") {
    PropertyGraph g;
    auto v = g.addNode({"X"});
    g.addMention(v, {"a1", 3, 9});
    g.addMention(v, {"a1", 3, 9});
    g.addMention(v, {"a2", 3, 9});
    CHECK(g.node(v).mentions.size() == 2);
}
