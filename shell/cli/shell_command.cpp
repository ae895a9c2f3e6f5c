#include <unistd.h>

#include <iostream>

#include "graph/graph_json.h"
#include "parser/pipeline.h"
#include "shell/cli/arguments.h"
#include "shell/cli/subcommands.h"
#include "shell/repl/completer.h"
#include "shell/repl/line_reader.h"
#include "shell/repl/query_runner.h"
#include "shell/repl/shell.h"

namespace newsgraph::cli {

namespace {

bool isGraphJson(const std::string& path) {
    return path.size() > 5 && path.compare(path.size() - 5, 5, ".json") == 0;
}

}  // namespace

int runShell(const std::vector<std::string>& args) {
    Arguments arguments(args, {});
    arguments.allowOnly({"--keep-going"});
    if (!arguments.error().empty()) return usageError("shell", arguments.error());
    const bool terminal = ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO);
    shell::Shell shell({terminal, arguments.has("--keep-going")}, std::cout, std::cerr);
    shell.setQueryRunner(shell::makeQueryRunner());

    const auto& inputs = arguments.positionals();
    if (inputs.size() == 1 && isGraphJson(inputs[0])) {
        auto graph = std::make_unique<graph::PropertyGraph>();
        if (Status status = graph::loadGraphJson(inputs[0], *graph); !status) {
            std::cerr << "newsgraph shell: " << status.message() << "\n";
            return kExitBadInput;
        }
        shell.replaceGraph(std::move(graph), inputs[0]);
    } else if (!inputs.empty()) {
        parser::LoadReport report = parser::buildGraph(inputs, shell.graph());
        for (const auto& problem : report.problems) std::cerr << problem.toString() << "\n";
        if (report.articlesRead == 0) {
            std::cerr << "newsgraph shell: no article could be read\n";
            return kExitBadInput;
        }
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
