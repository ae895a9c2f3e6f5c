// Removing relationships and nodes from a PropertyGraph: indexes stay right, ids stay
// stable, descriptors are renumbered as property_graph.h says ("Identity").
#include <catch2/catch.hpp>
#include <filesystem>

#include "graph/graph_check.h"
#include "graph/graph_json.h"
#include "graph/property_graph.h"

using namespace newsgraph::graph;

namespace {

// a -R-> b -R-> c, a -S-> c, plus a self-loop on c.
struct SmallGraph {
    PropertyGraph g;
    PropertyGraph::Vertex a, b, c;
    SmallGraph() {
        a = g.addNode({"Agency"}, {{"name", Value("Port Authority")}});
        b = g.addNode({"Actor", "Person"}, {{"name", Value("Maria Lind")},
                                            {"aliases", Value(Value::List{Value("M. Lind")})}});
        c = g.addNode({"Actor"}, {{"name", Value("Jon Berg")}});
        g.addEdge(a, b, "R", {{"w", Value(1)}});
        g.addEdge(b, c, "R", {{"w", Value(2)}});
        g.addEdge(a, c, "S");
        g.addEdge(c, c, "LOOP");
    }
};

}  // namespace

TEST_CASE_METHOD(SmallGraph, "PropertyGraph: removing relationships keeps the others and their order",
                 "[graph]") {
    auto first = g.edges()[0];
    auto third = g.edges()[2];
    g.removeEdges(std::vector{g.edges()[1], g.edges()[1]});  // a duplicate is removed once
    REQUIRE(g.edgeCount() == 3);
    CHECK(g.edge(g.edges()[0]).id == 1);
    CHECK(g.edge(g.edges()[1]).id == 3);
    CHECK(g.edge(first).property("w") == Value(1));  // descriptors of the rest stay valid
    CHECK(g.edge(third).type == "S");
    CHECK_FALSE(g.findEdge(2).has_value());
    CHECK(g.findEdge(3) == third);
    CHECK(g.relationshipTypes() == std::vector<std::string>{"LOOP", "R", "S"});
    g.removeEdge(first);
    CHECK(g.relationshipTypes() == std::vector<std::string>{"LOOP", "S"});
    CHECK(indexProblems(g).empty());
}

TEST_CASE_METHOD(SmallGraph, "PropertyGraph: incident edges list a self-loop once", "[graph]") {
    CHECK(g.incidentEdges(c).size() == 3);
    CHECK(g.incidentEdges(a).size() == 2);
}

TEST_CASE_METHOD(SmallGraph, "PropertyGraph: removing a node renumbers vertices and keeps ids",
                 "[graph]") {
    g.removeEdges(g.incidentEdges(b));
    auto renumbering = g.removeNodes(std::vector{b});
    REQUIRE(g.nodeCount() == 2);
    CHECK(renumbering.vertex[b] == PropertyGraph::Renumbering::kRemoved);
    CHECK(renumbering.vertex[a] == a);
    CHECK(renumbering.vertex[c] == 1);
    CHECK(g.node(1).property("name") == Value("Jon Berg"));
    CHECK(g.findNode(3) == PropertyGraph::Vertex{1});
    CHECK_FALSE(g.findNode(2).has_value());
    CHECK(g.nodesNamed("Maria Lind").empty());
    CHECK(g.nodesNamed("m lind").empty());
    CHECK(g.nodesWithLabel("Actor").size() == 1);
    CHECK(g.labels() == std::vector<std::string>{"Actor", "Agency"});
    // Edges survive with their ids; the old descriptors are replaced by the mapping's.
    REQUIRE(g.edgeCount() == 2);
    CHECK(g.source(renumbering.edgeById.at(3)) == a);
    CHECK(g.target(renumbering.edgeById.at(3)) == 1);
    CHECK(g.edge(g.edges()[0]).id == 3);
    CHECK(g.edge(g.edges()[1]).id == 4);
    CHECK(indexProblems(g).empty());
    // Ids are never reused.
    CHECK(g.node(g.addNode({"New"})).id == 4);
    CHECK(g.edge(g.addEdge(a, a, "NEW")).id == 5);
    CHECK(indexProblems(g).empty());
}

TEST_CASE_METHOD(SmallGraph, "PropertyGraph: removing every node leaves an empty, consistent graph",
                 "[graph]") {
    for (auto v : {a, b, c}) g.removeEdges(g.incidentEdges(v));
    g.removeNodes(std::vector{c, a, b, a});
    CHECK(g.nodeCount() == 0);
    CHECK(g.edgeCount() == 0);
    CHECK(g.labels().empty());
    CHECK(g.relationshipTypes().empty());
    CHECK(indexProblems(g).empty());
}

TEST_CASE_METHOD(SmallGraph, "PropertyGraph: renaming a node re-indexes its names", "[graph]") {
    g.setProperty(b, "name", Value("Maria Lindqvist"));
    CHECK(g.nodesNamed("Maria Lind").empty());
    CHECK(g.nodesNamed("maria lindqvist").size() == 1);
    CHECK(g.nodesNamed("M. Lind").size() == 1);  // the alias stays
    g.removeProperty(b, "aliases");
    CHECK(g.nodesNamed("M. Lind").empty());
    CHECK(g.removeLabel(b, "Person"));
    CHECK_FALSE(g.removeLabel(b, "Person"));
    CHECK(g.nodesWithLabel("Person").empty());
    CHECK(g.labels() == std::vector<std::string>{"Actor", "Agency"});
    CHECK(indexProblems(g).empty());
}

TEST_CASE_METHOD(SmallGraph, "PropertyGraph: every change moves the version on", "[graph]") {
    auto before = g.version();
    g.setEdgeProperty(g.edges()[0], "w", Value(5));
    CHECK(g.version() > before);
    before = g.version();
    CHECK_FALSE(g.removeProperty(a, "missing"));
    CHECK(g.version() == before);  // nothing changed
}

TEST_CASE_METHOD(SmallGraph, "PropertyGraph: a graph with removals saves and loads back whole",
                 "[graph][graph_json]") {
    g.removeEdge(g.edges()[0]);
    g.removeEdges(g.incidentEdges(a));
    g.removeNodes(std::vector{a});
    const std::string path =
        (std::filesystem::temp_directory_path() / "newsgraph_removals_test.json").string();
    REQUIRE(saveGraphJson(g, path).isOk());
    PropertyGraph loaded;
    REQUIRE(loadGraphJson(path, loaded).isOk());
    std::filesystem::remove(path);
    REQUIRE(loaded.nodeCount() == 2);
    REQUIRE(loaded.edgeCount() == 2);
    CHECK_FALSE(loaded.findNode(1).has_value());
    CHECK(loaded.node(*loaded.findNode(3)).property("name") == Value("Jon Berg"));
    CHECK(loaded.edge(loaded.edges()[0]).id == 2);
    CHECK(loaded.edge(loaded.edges()[1]).id == 4);
    CHECK(indexProblems(loaded).empty());
}
