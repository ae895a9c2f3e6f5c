#pragma once

#include <string>

#include "graph/graph_selection.h"
#include "graph/status.h"

namespace newsgraph::graph {

// CSV files and a load script for Kùzu, in the folder `dir` (made if missing):
//   nodes_<Table>.csv              one per node table: `id,labels,<columns>...`
//   rels_<TYPE>_<From>_<To>.csv    one per relationship type and pair of end tables:
//                                  `from,to,id,<columns>...` (from/to are node ids)
//   load.cypher                    CREATE NODE TABLE / CREATE REL TABLE statements, then
//                                  COPY ... FROM each file, then SETs for empty strings
//                                  (Kùzu reads "" in a CSV file as null); run it from
//                                  inside the folder
// Kùzu tables have fixed schemas, so nodes go to the table of their primary label
// (export_tables.h): a node with several labels goes to its domain label's table (else
// its first label's), a node without labels to `Node`, and every row keeps all its
// labels in `labels STRING[]`. Each table's primary key is `id INT64`, the graph's id. A
// relationship type is one REL TABLE with a FROM-TO pair for each pair of end tables.
// Columns follow property_columns.h as BOOLEAN, INT64, DOUBLE, STRING, and BOOLEAN[],
// INT64[], DOUBLE[], STRING[] written `[a,b]`; a string list that Kùzu's CSV reader
// cannot hold (an element with , [ ] { } " or \, a leading quote, surrounding spaces,
// empty or "null") is a STRING of JSON text instead, as are maps and mixed lists. A null
// is an empty field. Kùzu names are case-insensitive, node and rel tables share them, and
// `_id`, `_label`, `_src`, `_dst` are its own: a property whose column would clash with a
// structure column (`id`, `labels`) or another column becomes `prop_<name>`, and a table
// whose name clashes gets `_2`, `_3`, ... (the rows still hold the true labels; the REL
// TABLE's name is then not the type). See docs/export.md.
Status saveKuzu(const PropertyGraph& graph, const GraphSelection& selection,
                const std::string& dir);

// Whether Kùzu's CSV reader reads `element` back unchanged as a STRING[] element.
bool kuzuListElementOk(std::string_view element);

}  // namespace newsgraph::graph
