// Writing statements: atomicity (a statement that fails changes nothing) and the summary
// the table form prints. The clauses' results are in the golden files (tests/query/set,
// remove, delete, merge).
#include <catch2/catch.hpp>

#include "graph/graph_check.h"
#include "tests/query/graph_dump.h"
#include "shell/query/error.h"
#include "shell/query/query_engine.h"
#include "shell/query/renderer.h"

using namespace newsgraph;

namespace {

std::string lastLine(const std::string& text) {
    std::string s = text;
    while (!s.empty() && s.back() == '\n') s.pop_back();
    return s.substr(s.rfind('\n') + 1);
}

std::string summary(query::QueryEngine& engine, const std::string& statement) {
    return lastLine(query::render(engine.run(statement), query::OutputFormat::Table));
}

}  // namespace

TEST_CASE("Writes: the table form says what a statement wrote", "[query][writes]") {
    graph::PropertyGraph g;
    query::QueryEngine engine(g);
    CHECK(summary(engine, "CREATE (:A {n: 1})-[:R]->(:B)") == "created 2 nodes, 1 relationship");
    CHECK(summary(engine, "MATCH (a:A) SET a.n = 2, a.m = 3") == "set 2 properties");
    CHECK(summary(engine, "MATCH (a:A) SET a:C REMOVE a.m") == "removed 1 property, added 1 label");
    CHECK(summary(engine, "MATCH (a:A) REMOVE a:C, a:Missing") == "removed 1 label");
    CHECK(summary(engine, "MATCH (a:A) SET a.n = 3 WITH a MATCH (a)-[r]->() DELETE r") ==
          "deleted 1 relationship, set 1 property");
    CHECK(summary(engine, "MATCH (b:B) DELETE b") == "deleted 1 node");
    CHECK(summary(engine, "MATCH (n:Nothing) DELETE n") == "changed nothing");
    CHECK(summary(engine, "MATCH (a:A) DETACH DELETE a RETURN count(*) AS n") ==
          "1 row; deleted 1 node");
    CHECK(summary(engine, "MERGE (x:X) MERGE (x2:X)") == "created 1 node, 0 relationships");
}

TEST_CASE("Writes: a statement that fails changes nothing", "[query][writes]") {
    graph::PropertyGraph g;
    query::QueryEngine engine(g);
    engine.run("CREATE (a:A {name: 'Alpha', n: 1})-[:R {w: 1}]->(b:B {name: 'Beta'}), (b)-[:R]->(:C)");
    const std::string before = testing::dumpGraph(g);
    const std::vector<std::string> failing = {
        // DELETE of a node that keeps a relationship fails when the statement ends, after
        // the SET, CREATE and REMOVE before it have been made.
        "MATCH (a:A), (b:B) SET a.n = 2, a:Extra, b.name = 'Renamed' REMOVE a.name "
        "CREATE (a)-[:NEW]->(:D {k: 1}) DELETE b",
        // A runtime error half-way through the rows.
        "UNWIND [1, 2, 0] AS x MATCH (a:A) SET a.n = 10 / x CREATE (:E {x: x})",
        // MERGE creates, then a later clause fails.
        "MERGE (m:M {k: 1}) ON CREATE SET m.made = true WITH m SET m.bad = {no: 'maps'}",
        "MATCH (a:A)-[r:R]->() SET r.w = 5 DELETE r WITH a MATCH (b:B) DELETE b",
    };
    for (const auto& statement : failing) {
        INFO(statement);
        CHECK_THROWS_AS(engine.run(statement), query::Error);
        CHECK(testing::dumpGraph(g) == before);
        CHECK(graph::indexProblems(g).empty());
        CHECK(g.nodesNamed("Alpha").size() == 1);
        CHECK(g.nodesNamed("Renamed").empty());
        CHECK(g.nodesWithLabel("Extra").empty());
    }
}

TEST_CASE("Writes: deleting a connected node is a runtime error that names it", "[query][writes]") {
    graph::PropertyGraph g;
    query::QueryEngine engine(g);
    engine.run("CREATE (:A)-[:R]->(:B), (:A)-[:R]->(:B)");
    try {
        engine.run("MATCH (a:A) DELETE a");
        FAIL("no error");
    } catch (const query::Error& e) {
        CHECK(e.kind() == query::ErrorKind::Runtime);
        CHECK(e.tckType() == "ConstraintVerificationFailed");
        CHECK(e.tckDetail() == "DeleteConnectedNode");
        CHECK(std::string(e.message()) ==
              "cannot delete node 1: it still has 1 relationship; delete them first, or use "
              "DETACH DELETE");
    }
    CHECK(g.nodeCount() == 4);
}

TEST_CASE("Writes: rows returned after a delete refer to the renumbered nodes", "[query][writes]") {
    graph::PropertyGraph g;
    query::QueryEngine engine(g);
    engine.run("CREATE (:A {k: 1}), (:B {k: 2})-[:R {w: 7}]->(:C {k: 3})");
    auto result = engine.run(
        "MATCH (a:A), (b:B)-[r:R]->(c:C) DELETE a RETURN a, b, r, c, [b, c] AS both");
    REQUIRE(result.rows.size() == 1);
    const auto& row = result.rows[0];
    CHECK(row[0].isNull());
    CHECK(query::toCypherLiteral(row[1], g) == "(:B {k: 2})");
    CHECK(query::toCypherLiteral(row[2], g) == "[:R {w: 7}]");
    CHECK(query::toCypherLiteral(row[3], g) == "(:C {k: 3})");
    CHECK(query::toCypherLiteral(row[4], g) == "[(:B {k: 2}), (:C {k: 3})]");
}
