#include "graph/neo4j_csv_writer.h"

#include <catch2/catch.hpp>

#include "tests/graph/export_test_support.h"

using namespace newsgraph::graph;
using newsgraph::testing::columnOf;
using newsgraph::testing::readCsv;
using newsgraph::testing::readFile;

TEST_CASE("Neo4j CSV: one node file per primary label with typed headers", "[graph][neo4j]") {
    auto dir = newsgraph::testing::scratchDir("neo4j");
    PropertyGraph g = newsgraph::testing::loadExportFixture();
    REQUIRE(saveNeo4jCsv(g, {}, dir.string()));
    for (const char* file :
         {"nodes_Actor.csv", "nodes_Agency.csv", "nodes_Article.csv", "nodes_Figure.csv",
          "nodes_Node.csv", "nodes_Person.csv", "nodes_Place.csv", "relationships_KNOWS.csv",
          "relationships_REPORTED_BY.csv", "import.sh"}) {
        INFO(file);
        CHECK(std::filesystem::exists(dir / file));
    }
    auto figures = readCsv(readFile(dir / "nodes_Figure.csv"));
    REQUIRE(figures.size() == 8);
    const auto& header = figures[0];
    CHECK(header.fields[0] == "id:ID");
    CHECK(header.fields[1] == ":LABEL");
    std::size_t value = columnOf(header, "value:double");
    std::size_t low = columnOf(header, "low:long");
    std::size_t qualifier = columnOf(header, "qualifier");
    CHECK(figures[1].fields[0] == "8");
    CHECK(figures[1].fields[1] == "Figure");
    CHECK(figures[1].fields[value] == "1400000.0");
    // A null is an empty, unquoted field: no property.
    CHECK(figures[1].fields[low].empty());
    CHECK_FALSE(figures[1].quoted[low]);
    CHECK(figures[1].fields[qualifier] == "approximately");
}

TEST_CASE("Neo4j CSV: several labels, arrays, JSON text and renamed properties", "[graph][neo4j]") {
    auto dir = newsgraph::testing::scratchDir("neo4j-hetero");
    PropertyGraph g = newsgraph::testing::loadExportFixture();
    REQUIRE(saveNeo4jCsv(g, {}, dir.string()));
    auto people = readCsv(readFile(dir / "nodes_Person.csv"));
    REQUIRE(people.size() == 2);
    const auto& row = people[1];
    CHECK(row.fields[1] == "Person;Journalist");
    CHECK(row.fields[columnOf(people[0], "prop_id:long")] == "99");
    CHECK(row.fields[columnOf(people[0], "scores:double[]")] == "1.0;2.5");
    // An element with the array separator makes the column JSON text.
    CHECK(row.fields[columnOf(people[0], "tags")] == "[\"a;b\",\"c\"]");
    CHECK(row.fields[columnOf(people[0], "meta")] == "{\"k\":[1,null]}");
    CHECK(row.fields[columnOf(people[0], "note")] == "line1\nline2\ttab");
    CHECK(row.fields[columnOf(people[0], "name")] == "Ann \"Quote\" O'Brien \\ back");
    auto actors = readCsv(readFile(dir / "nodes_Actor.csv"));
    CHECK(actors[0].fields[columnOf(actors[0], "aliases:string[]")] == "aliases:string[]");
    bool found = false;
    for (const auto& actor : actors) {
        if (actor.fields[0] != "17") continue;
        found = true;
        CHECK(actor.fields[1] == "Actor;Person");
        CHECK(actor.fields[columnOf(actors[0], "aliases:string[]")] == "[x, y];null; pad ");
    }
    CHECK(found);
}

TEST_CASE("Neo4j CSV: relationships keep parallel edges, self-loops and their ids",
          "[graph][neo4j]") {
    auto dir = newsgraph::testing::scratchDir("neo4j-rels");
    PropertyGraph g = newsgraph::testing::loadExportFixture();
    REQUIRE(saveNeo4jCsv(g, {}, dir.string()));
    auto knows = readCsv(readFile(dir / "relationships_KNOWS.csv"));
    REQUIRE(knows.size() == 4);
    CHECK(knows[0].fields ==
          std::vector<std::string>{":START_ID", ":END_ID", ":TYPE", "id:long", "since:double"});
    CHECK(knows[1].fields == std::vector<std::string>{"15", "15", "KNOWS", "16", "2001.0"});
    CHECK(knows[2].fields == std::vector<std::string>{"15", "16", "KNOWS", "17", ""});
    CHECK(knows[3].fields == std::vector<std::string>{"15", "16", "KNOWS", "18", "2010.5"});
    auto likes = readCsv(readFile(dir / "relationships_LIKES.csv"));
    CHECK(likes[0].fields[4] == "prop_id");
    std::string script = readFile(dir / "import.sh");
    CHECK_THAT(script, Catch::Contains("neo4j-admin database import full --id-type=integer"));
    CHECK_THAT(script, Catch::Contains("--nodes=nodes_Figure.csv"));
    CHECK_THAT(script, Catch::Contains("--relationships=relationships_SUPERSEDES.csv"));
}

TEST_CASE("Neo4j CSV: a colon in a key is not read as a type", "[graph][neo4j]") {
    auto dir = newsgraph::testing::scratchDir("neo4j-colon");
    PropertyGraph g;
    g.addNode({"A"}, {{"a:b", Value(1)}, {"a_b", Value("x")}});
    REQUIRE(saveNeo4jCsv(g, {}, dir.string()));
    auto rows = readCsv(readFile(dir / "nodes_A.csv"));
    CHECK(rows[0].fields == std::vector<std::string>{"id:ID", ":LABEL", "prop_a_b:long", "a_b"});
    CHECK(rows[1].fields == std::vector<std::string>{"1", "A", "1", "x"});
}

TEST_CASE("Neo4j CSV: the empty graph gives only the import script", "[graph][neo4j]") {
    auto dir = newsgraph::testing::scratchDir("neo4j-empty");
    PropertyGraph g;
    REQUIRE(saveNeo4jCsv(g, {}, (dir / "out").string()));
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir / "out")) {
        ++files;
    }
    CHECK(files == 1);
}
