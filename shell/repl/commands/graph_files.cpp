// :load, :open, :save, :source: moving graphs, articles and scripts in and out.
#include <fstream>
#include <ostream>

#include "graph/graph_json.h"
#include "parser/pipeline.h"
#include "shell/repl/commands/commands.h"
#include "shell/repl/corrections_journal.h"
#include "shell/repl/shell.h"

namespace newsgraph::shell::commands {

CommandResult load(Shell& shell, std::span<const std::string> args) {
    if (args.empty()) return CommandResult::failure("`:load` needs at least one PATH.", true);
    for (const auto& path : args) {
        // Read as an article, a graph.json's JSON would become names and figures.
        if (graph::isGraphJsonFile(path)) {
            return CommandResult::failure(path + " is a graph.json, not an article: `:open " +
                                          path + "` opens it (merging graphs is not supported).");
        }
    }
    const std::size_t nodesBefore = shell.graph().nodeCount();
    const std::size_t edgesBefore = shell.graph().edgeCount();
    parser::LoadReport report =
        parser::buildGraph(std::vector<std::string>(args.begin(), args.end()), shell.graph());
    for (const auto& problem : report.problems) shell.err() << problem.toString() << "\n";
    shell.out() << "Loaded " << report.articlesRead << " article"
                << (report.articlesRead == 1 ? "" : "s") << ": +"
                << shell.graph().nodeCount() - nodesBefore << " nodes, +"
                << shell.graph().edgeCount() - edgesBefore << " edges.\n";
    if (!report.clean()) {
        return CommandResult::failure(std::to_string(report.problems.size()) +
                                      " input(s) were skipped (see above).");
    }
    return CommandResult::success();
}

CommandResult open(Shell& shell, std::span<const std::string> args) {
    if (args.size() != 1) return CommandResult::failure("`:open` needs one FILE.", true);
    auto graph = std::make_unique<graph::PropertyGraph>();
    if (Status status = graph::loadGraphJson(args[0], *graph); !status) {
        // The open graph stays as it was.
        return CommandResult::failure(status.message());
    }
    shell.out() << "Opened " << args[0] << ": " << graph->nodeCount() << " nodes, "
                << graph->edgeCount() << " edges.\n";
    shell.replaceGraph(std::move(graph), args[0]);
    return CommandResult::success();
}

CommandResult save(Shell& shell, std::span<const std::string> args) {
    if (args.size() > 1) return CommandResult::failure("`:save` takes at most one FILE.", true);
    std::string path = args.empty() ? shell.graphPath() : args[0];
    if (path.empty()) {
        return CommandResult::failure("No file to save to: this graph was not opened from one. "
                                      "Give a FILE.",
                                      true);
    }
    std::size_t journaled = 0;
    if (Status status = shell.save(path, journaled); !status) {
        return CommandResult::failure(status.message());
    }
    shell.out() << "Saved " << shell.graph().nodeCount() << " nodes and "
                << shell.graph().edgeCount() << " edges to " << path << ".\n";
    if (journaled > 0) {
        shell.out() << "Added " << journaled << " correction" << (journaled == 1 ? "" : "s")
                    << " to " << journalPathFor(path) << ".\n";
    }
    return CommandResult::success();
}

CommandResult source(Shell& shell, std::span<const std::string> args) {
    if (args.size() != 1) return CommandResult::failure("`:source` needs one FILE.", true);
    std::ifstream in(args[0]);
    if (!in) return CommandResult::failure(args[0] + ": cannot open the file.");
    if (!shell.runScript(in, args[0])) {
        return CommandResult::failure(args[0] + ": stopped at the first error.");
    }
    return CommandResult::success();
}

}  // namespace newsgraph::shell::commands
