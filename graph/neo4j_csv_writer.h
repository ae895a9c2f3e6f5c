#pragma once

#include <string>

#include "graph/graph_selection.h"
#include "graph/status.h"

namespace newsgraph::graph {

// CSV files for Neo4j's bulk import (`neo4j-admin database import full`), in the folder
// `dir` (made if missing):
//   nodes_<Label>.csv           one per primary label (export_tables.h), with the header
//                               `id:ID,:LABEL,<key>[:<type>]...`; :LABEL lists all the
//                               node's labels separated by `;`
//   relationships_<TYPE>.csv    one per type: `:START_ID,:END_ID,:TYPE,id:long,<key>...`
//   import.sh                   the neo4j-admin command that loads the files
// Property columns follow property_columns.h: long, double, boolean and string, arrays
// long[], double[], boolean[], string[] with `;` between elements (a string list with a
// `;` in an element is JSON text instead), maps and mixed lists as JSON text. A null is an
// empty field (no property); an empty string is "". Ids are the graph's ids, so the
// import needs --id-type=integer. A property named `id` becomes `prop_id`, and a `:` in a
// key (which the header would read as a type) becomes `_`. Each file is
// written atomically; files from an earlier export that this one does not write are
// left alone (import.sh names only this export's files). See docs/export.md.
Status saveNeo4jCsv(const PropertyGraph& graph, const GraphSelection& selection,
                    const std::string& dir);

}  // namespace newsgraph::graph
