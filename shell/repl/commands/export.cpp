// :export FORMAT FILE [QUERY]: the whole graph, or the subgraph a query returns.
#include <ostream>

#include "graph/exporter.h"
#include "shell/repl/commands/commands.h"
#include "shell/repl/query_export.h"
#include "shell/repl/shell.h"

namespace newsgraph::shell::commands {

CommandResult exportGraph(Shell& shell, std::span<const std::string> args) {
    if (args.size() < 2) return CommandResult::failure("`:export` needs a FORMAT and a FILE.", true);
    auto format = graph::exportFormatFromName(args[0]);
    if (!format) {
        return CommandResult::failure("Unknown format `" + args[0] + "`; the formats are " +
                                      std::string(graph::exportFormatNames()) + ".");
    }
    // The query is the rest of the line, quotes and all.
    const std::string& text = shell.commandText();
    std::size_t fileAt = text.find(args[1], args[0].size());
    std::string queryText =
        fileAt == std::string::npos ? "" : text.substr(fileAt + args[1].size());
    if (!queryText.empty() && queryText.back() == ';') queryText.pop_back();
    graph::ExportOptions options;
    if (Status status = exportSubgraph(shell.graph(), *format, args[1], queryText, shell.params,
                                       options, "query");
        !status) {
        return CommandResult::failure(status.message());
    }
    shell.out() << "Exported " << (queryText.find_first_not_of(' ') == std::string::npos
                                       ? "the graph"
                                       : "the query's subgraph")
                << " to " << args[1] << ".\n";
    return CommandResult::success();
}

}  // namespace newsgraph::shell::commands
