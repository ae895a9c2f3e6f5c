#include "graph/exporter.h"

#include <catch2/catch.hpp>

#include "graph/graph_json.h"
#include "tests/graph/export_test_support.h"

using namespace newsgraph::graph;

TEST_CASE("Exporter: format names and which formats write folders", "[graph][export]") {
    for (const char* name : {"dot", "graphml", "neo4j", "kuzu", "cypher", "json"}) {
        INFO(name);
        CHECK(exportFormatFromName(name).has_value());
    }
    CHECK_FALSE(exportFormatFromName("svg").has_value());
    CHECK_FALSE(exportFormatFromName("DOT").has_value());
    CHECK(writesFolder(ExportFormat::Neo4jCsv));
    CHECK(writesFolder(ExportFormat::Kuzu));
    CHECK_FALSE(writesFolder(ExportFormat::Dot));
}

TEST_CASE("Exporter: a selection written as graph.json reads back with its ids",
          "[graph][export]") {
    auto dir = newsgraph::testing::scratchDir("exporter-json");
    PropertyGraph g = newsgraph::testing::loadExportFixture();
    GraphSelection selection;
    selection.addEdge(g, *g.findEdge(8));  // figure 11 supersedes figure 12
    auto path = (dir / "part.json").string();
    REQUIRE(exportGraph(g, selection, ExportFormat::Json, path, {}));
    PropertyGraph part;
    REQUIRE(loadGraphJson(path, part));
    CHECK(part.nodeCount() == 2);
    CHECK(part.edgeCount() == 1);
    REQUIRE(part.findNode(11).has_value());
    CHECK(part.node(*part.findNode(11)).property("value") == Value(2000));
    REQUIRE(part.findEdge(8).has_value());
}

TEST_CASE("Exporter: a folder that cannot be made is reported with its path", "[graph][export]") {
    auto dir = newsgraph::testing::scratchDir("exporter-fail");
    std::ofstream(dir / "file") << "x";
    PropertyGraph g;
    for (auto format : {ExportFormat::Neo4jCsv, ExportFormat::Kuzu}) {
        newsgraph::Status status = exportGraph(g, {}, format, (dir / "file" / "sub").string(), {});
        REQUIRE_FALSE(status);
        CHECK_THAT(status.message(), Catch::Contains((dir / "file" / "sub").string()));
        CHECK_THAT(status.message(), Catch::Contains("cannot make the folder"));
    }
}
