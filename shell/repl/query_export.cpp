#include "shell/repl/query_export.h"

#include "shell/query/error.h"
#include "shell/query/query_engine.h"
#include "shell/query/result_selection.h"

namespace newsgraph::shell {

Status exportSubgraph(graph::PropertyGraph& graph, graph::ExportFormat format,
                      const std::string& path, const std::string& queryText,
                      const query::Parameters& parameters, const graph::ExportOptions& options,
                      const std::string& sourceName) {
    if (queryText.find_first_not_of(" \t\r\n") == std::string::npos) {
        return graph::exportGraph(graph, graph::GraphSelection::wholeGraph(), format, path, options);
    }
    query::ResultSelection selected;
    try {
        query::QueryEngine engine(graph);
        selected = query::selectionOf(engine.run(queryText, parameters));
    } catch (const query::Error& error) {
        std::string diagnostic = query::formatDiagnostic(sourceName, queryText, error);
        if (!diagnostic.empty() && diagnostic.back() == '\n') diagnostic.pop_back();
        return Status::error(diagnostic);
    }
    if (selected.empty) {
        return Status::error("the query returned no nodes, relationships or paths to export");
    }
    return graph::exportGraph(graph, selected.selection, format, path, options);
}

}  // namespace newsgraph::shell
