#include "graph/cypher_script_writer.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>

#include "tests/graph/export_test_support.h"

using namespace newsgraph::graph;

namespace {

std::string script(const PropertyGraph& g) {
    std::ostringstream out;
    writeCypherScript(out, g, {});
    return out.str();
}

}  // namespace

TEST_CASE("Cypher script: one statement of CREATE clauses with ids", "[graph][cypher]") {
    std::string text = script(newsgraph::testing::loadExportFixture());
    CHECK_THAT(text, Catch::StartsWith("// newsgraph export: 19 nodes, 22 relationships"));
    CHECK_THAT(text,
               Catch::Contains("CREATE (n3:Actor {id: 3, aliases: ['Farouq'], name: 'Sadiya Umar "
                               "Farouq', role: 'Minister of Humanitarian Affairs'})\n"));
    // The property `id` is written as prop_id, in the place of its key.
    CHECK_THAT(text, Catch::Contains("CREATE (n15:Person:Journalist {id: 15, born: 1970, "
                                     "flag: true, prop_id: 99, labels: 'x', "
                                     "meta: '{\"k\":[1,null]}', mixed: 1, "
                                     "name: 'Ann \"Quote\" O\\'Brien \\\\ back', "
                                     "note: 'line1\\nline2\\ttab', "
                                     "scores: [1.0, 2.5], tags: ['a;b', 'c']})\n"));
    CHECK_THAT(text, Catch::Contains("CREATE (n18:Figure {id: 18, measure: 'tonnes of aid', "
                                     "qualifier: 'approximately', value: 1.5})\n"));
    CHECK_THAT(text, Catch::Contains("CREATE (n16 {id: 16, empty: [], mixed: 'one', "
                                     "nested: '[[1],[2]]'})\n"));
    CHECK_THAT(text, Catch::Contains("CREATE (n15)-[:KNOWS {id: 16, since: 2001}]->(n15)\n"));
    CHECK_THAT(text, Catch::Contains(
                         "CREATE (n15)-[:LIKES {id: 19, prop_id: 'x', weight: 0.5}]->(n16)\n"));
    // Nulls are left out.
    CHECK_THAT(text, !Catch::Contains("null,"));
    CHECK_THAT(text, Catch::EndsWith(")\n;\n"));
}

TEST_CASE("Cypher script: odd names, NaN and the empty graph", "[graph][cypher]") {
    PropertyGraph g;
    auto a = g.addNode({"Two words"}, {{"x y", Value(std::nan(""))}, {"inf", Value(-INFINITY)}});
    g.addEdge(a, a, "has-part");
    std::string text = script(g);
    CHECK_THAT(text,
               Catch::Contains("CREATE (n1:`Two words` {id: 1, inf: -1.0/0.0, `x y`: 0.0/0.0})"));
    CHECK_THAT(text, Catch::Contains("CREATE (n1)-[:`has-part` {id: 1}]->(n1)"));
    PropertyGraph big;
    big.addNode({}, {{"d", Value(2.5e20)}, {"w", Value(3.0)}});
    CHECK_THAT(script(big), Catch::Contains("{id: 1, d: 2.5e20, w: 3.0}"));
    PropertyGraph empty;
    CHECK(script(empty) ==
          "// newsgraph export: 0 nodes, 0 relationships, as one statement "
          "(cypher-shell -f FILE).\n");
}
