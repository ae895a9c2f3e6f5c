#pragma once

#include <ostream>
#include <string>

#include "graph/graph_selection.h"
#include "graph/status.h"

namespace newsgraph::graph {

// A Cypher script that recreates the graph (or a selection) in Neo4j, Memgraph or any
// openCypher database: one statement of CREATE clauses, a node per clause
// (`CREATE (n5:Actor {id: 5, name: 'X'})`) and then a relationship per clause between
// the nodes' variables, ended by `;`. Each node and relationship keeps the graph's id as
// the property `id` (a property already named `id` becomes `prop_id`). Property values
// follow Neo4j's rules for what a property can hold: nulls are left out; strings,
// numbers and booleans, and lists of one kind of them (integers and doubles together
// become doubles), are written as literals; maps and other lists are JSON text in a
// string. NaN and infinities are written as 0.0/0.0 and ±1.0/0.0. An empty selection
// gives a script of comments only. See docs/export.md.

void writeCypherScript(std::ostream& out, const PropertyGraph& graph,
                       const GraphSelection& selection);

// Writes the script at `path` atomically. Fails with "<path>: cannot write: <reason>".
Status saveCypherScript(const PropertyGraph& graph, const GraphSelection& selection,
                        const std::string& path);

}  // namespace newsgraph::graph
