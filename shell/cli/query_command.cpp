// `newsgraph query GRAPH [-c QUERY | -f FILE] [--format F] [--keep-going]`: a script run by
// the shell's own reader, so scripts here and in the shell behave alike (`;` between
// statements, `//` comments, colon commands, `file:line:column` diagnostics).
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "graph/graph_json.h"
#include "shell/cli/arguments.h"
#include "shell/cli/subcommands.h"
#include "shell/query/renderer.h"
#include "shell/repl/line_reader.h"
#include "shell/repl/query_runner.h"
#include "shell/repl/shell.h"

namespace newsgraph::cli {

int runQuery(const std::vector<std::string>& args) {
    Arguments arguments(args, {"-c", "-f", "--format", "--memory-limit"});
    arguments.allowOnly({"-c", "-f", "--format", "--keep-going", "--memory-limit"});
    if (!arguments.error().empty()) return usageError("query", arguments.error());
    if (arguments.positionals().size() != 1) return usageError("query", "give exactly one GRAPH");
    auto command = arguments.value("-c");
    auto file = arguments.value("-f");
    if (command && file) return usageError("query", "give -c QUERY or -f FILE, not both");
    if (!command && !file && ::isatty(STDIN_FILENO)) {
        return usageError("query", "give -c QUERY, -f FILE, or a script on standard input");
    }
    query::OutputFormat format = query::OutputFormat::Table;
    if (auto name = arguments.value("--format"); name && !query::parseOutputFormat(*name, format)) {
        return usageError("query", "unknown format '" + *name + "' (table, csv, tsv, json or jsonl)");
    }

    std::size_t memoryLimit = query::defaultMemoryLimit();
    if (auto text = arguments.value("--memory-limit")) {
        auto size = query::parseMemorySize(*text);
        if (!size) return usageError("query", "--memory-limit takes a size such as 512M or 2G, or off");
        memoryLimit = *size;
    }

    auto graph = std::make_unique<graph::PropertyGraph>();
    const std::string& graphPath = arguments.positionals()[0];
    if (Status status = graph::loadGraphJson(graphPath, *graph); !status) {
        std::cerr << "newsgraph query: " << status.message() << "\n";
        return kExitBadInput;
    }
    shell::Shell shell({false, arguments.has("--keep-going")}, std::cout, std::cerr);
    shell.replaceGraph(std::move(graph), graphPath);
    shell.format = format;
    shell.memoryLimit = memoryLimit;
    if (format == query::OutputFormat::Json) shell.jsonRows.emplace();
    shell.setQueryRunner(shell::makeQueryRunner());
    shell::catchInterrupts();  // Ctrl-C cancels the running statement

    bool ok;
    if (command) {
        std::istringstream in(*command);
        ok = shell.runScript(in, "<query>");
    } else if (file) {
        std::ifstream in(*file, std::ios::binary);
        if (!in) {
            std::cerr << "newsgraph query: " << *file << ": cannot read\n";
            return kExitBadInput;
        }
        ok = shell.runScript(in, *file);
    } else {
        ok = shell.runScript(std::cin, "-");
    }
    // One array, even when a statement failed part-way.
    if (shell.jsonRows) std::cout << query::jsonArray(*shell.jsonRows);
    return ok ? kExitOk : kExitBadInput;
}

}  // namespace newsgraph::cli
