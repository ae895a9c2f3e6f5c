#include <unistd.h>

#include <iostream>

#include "graph/graph_json.h"
#include "parser/pipeline.h"
#include "shell/cli/arguments.h"
#include "shell/cli/graph_inputs.h"
#include "shell/cli/subcommands.h"
#include "shell/repl/completer.h"
#include "shell/repl/line_reader.h"
#include "shell/repl/query_runner.h"
#include "shell/repl/shell.h"

namespace newsgraph::cli {

int runShell(const std::vector<std::string>& args) {
    Arguments arguments(args, {"--memory-limit"});
    arguments.allowOnly({"--keep-going", "--memory-limit"});
    if (!arguments.error().empty()) return usageError("shell", arguments.error());
    std::optional<std::size_t> memoryLimit = query::defaultMemoryLimit();
    if (auto text = arguments.value("--memory-limit")) memoryLimit = query::parseMemorySize(*text);
    if (!memoryLimit) return usageError("shell", "--memory-limit takes a size such as 512M or 2G, or off");
    const bool terminal = ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO);
    shell::Shell shell({terminal, arguments.has("--keep-going")}, std::cout, std::cerr);
    shell.setQueryRunner(shell::makeQueryRunner());
    shell.memoryLimit = *memoryLimit;

    // Inputs are told apart by content: one graph.json to open, articles to add to it.
    GraphInputs inputs;
    std::string error;
    if (!splitGraphInputs(arguments.positionals(), inputs, error)) {
        std::cerr << "newsgraph shell: " << error << "\n";
        return kExitBadInput;
    }
    if (!inputs.graphFile.empty()) {
        auto graph = std::make_unique<graph::PropertyGraph>();
        if (Status status = graph::loadGraphJson(inputs.graphFile, *graph); !status) {
            std::cerr << "newsgraph shell: " << status.message() << "\n";
            return kExitBadInput;
        }
        shell.replaceGraph(std::move(graph), inputs.graphFile);
    }
    if (!inputs.articles.empty()) {
        parser::LoadReport report = parser::buildGraph(inputs.articles, shell.graph());
        for (const auto& problem : report.problems) std::cerr << problem.toString() << "\n";
        if (report.articlesRead == 0) {
            std::cerr << "newsgraph shell: no article could be read\n";
            return kExitBadInput;
        }
        shell.markSaved();  // what the command line built, a rebuild makes again
    }
    if (!terminal) return shell.runScript(std::cin, "-") ? kExitOk : kExitBadInput;

    std::cout << "newsgraph shell: " << shell.graph().nodeCount() << " nodes, "
              << shell.graph().edgeCount() << " edges. Type :help for help, :quit to leave.\n";
    shell::LineReader reader(shell::defaultHistoryFile(),
                             [&shell](const std::string& line, const std::string& word) {
                                 return shell::completions(shell.graph(), line, word);
                             });
    return shell.runInteractive(reader);
}

}  // namespace newsgraph::cli
