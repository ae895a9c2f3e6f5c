#include "shell/cli/subcommands.h"

#include <iostream>

#include "shell/cli/arguments.h"

namespace newsgraph::cli {

const std::vector<Subcommand>& subcommands() {
    static const std::vector<Subcommand> kSubcommands = {
        {"build", "newsgraph build INPUT... -o GRAPH",
         "read articles and write their graph as graph.json",
         "INPUT is a .txt article, a .jsonl file (one article per line), a folder (read\n"
         "recursively) or - for standard input. Bad inputs are reported and skipped.\n"
         "Exit status 1 when any input was skipped (the graph is still written).\n\n"
         "  -o, --output GRAPH   where to write graph.json (required)\n",
         runBuild},
        {"query", "newsgraph query GRAPH (-c QUERY | -f FILE) [--format table|csv|json]",
         "run queries over a graph and print the results",
         "Queries are openCypher (MATCH, WHERE, WITH, UNWIND, RETURN, UNION, CREATE...); see\n"
         "docs/query-language.md. A FILE holds statements separated by ';'. The first\n"
         "error is printed as FILE:LINE:COLUMN with a caret and stops with exit status 1.\n"
         "Ctrl-C cancels a running query.\n\n"
         "  -c QUERY             run one query\n"
         "  -f FILE              run a script of queries\n"
         "  --format FORMAT      table (default), csv, tsv or json\n",
         runQuery},
        {"shell", "newsgraph shell [GRAPH | INPUT...]",
         "open the interactive shell on a graph.json or on articles", "", runShell},
        {"export", "newsgraph export GRAPH --format FORMAT -o FILE",
         "write a graph in another format",
         "  --format FORMAT      json (graph.json)\n"
         "  -o, --output FILE    where to write\n",
         runExport},
    };
    return kSubcommands;
}

int usageError(std::string_view name, const std::string& message) {
    std::cerr << "newsgraph " << name << ": " << message << "\n";
    for (const auto& sub : subcommands()) {
        if (sub.name == name) std::cerr << "usage: " << sub.usage << "\n";
    }
    std::cerr << "Try 'newsgraph " << name << " --help'.\n";
    return kExitBadUsage;
}

}  // namespace newsgraph::cli
