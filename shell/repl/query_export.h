#pragma once

#include <string>

#include "graph/exporter.h"
#include "graph/status.h"
#include "shell/query/evaluator.h"

namespace newsgraph::shell {

// Exports the whole graph (an empty `queryText`) or the subgraph a query returns: the
// nodes, relationships and paths in its rows. A query that fails, or that returns no
// graph element, is an error; a failed query's message is its diagnostic, with
// `sourceName` as the source. Used by `newsgraph export --query` and `:export`.
Status exportSubgraph(graph::PropertyGraph& graph, graph::ExportFormat format,
                      const std::string& path, const std::string& queryText,
                      const query::Parameters& parameters, const graph::ExportOptions& options,
                      const std::string& sourceName);

}  // namespace newsgraph::shell
