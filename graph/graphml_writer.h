#pragma once

#include <ostream>
#include <string>

#include "graph/graph_selection.h"
#include "graph/status.h"

namespace newsgraph::graph {

// GraphML export, for Gephi, yEd, Cytoscape and NetworkX. One <key> per property key
// (for nodes and edges apart), typed by the rules of property_columns.h: boolean, long,
// double or string; lists and maps, which GraphML has no type for, are JSON text in a
// string. Null properties are left out. Besides their properties, nodes carry `labels`
// (":Actor:Person") and `label` (the display label, which Gephi and yEd show); edges carry
// `type` and `label` (both the relationship type). A property named like one of these is
// written as `prop_<name>`. Node ids are "n<id>", edge ids "e<id>". Parallel edges and
// self-loops are kept. See docs/export.md.

// Writes the GraphML document for `selection` to `out`.
void writeGraphMl(std::ostream& out, const PropertyGraph& graph, const GraphSelection& selection);

// Writes the GraphML file at `path` atomically. Fails with "<path>: cannot write: <reason>".
Status saveGraphMl(const PropertyGraph& graph, const GraphSelection& selection,
                   const std::string& path);

}  // namespace newsgraph::graph
