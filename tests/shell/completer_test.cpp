#include "shell/repl/completer.h"

#include <catch2/catch.hpp>

#include "graph/property_graph.h"

using namespace newsgraph;

TEST_CASE("Completer: the write clauses complete as keywords", "[shell]") {
    const graph::PropertyGraph graph;
    using List = std::vector<std::string>;
    CHECK(shell::completions(graph, "MATCH (n) ", "DET") == List{"DETACH"});
    CHECK(shell::completions(graph, "MATCH (n) DETACH ", "del") == List{"DELETE"});
    CHECK(shell::completions(graph, "", "MER") == List{"MERGE"});
    CHECK(shell::completions(graph, "MATCH (n) ", "REM") == List{"REMOVE"});
    CHECK(shell::completions(graph, "MERGE (n) ON CREATE ", "SE") == List{"SET"});
}
