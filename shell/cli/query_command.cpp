// `newsgraph query GRAPH [-c QUERY | -f FILE]... [--param NAME=VALUE]... [--format F]
// [--keep-going] [--write]`: scripts run by the shell's own reader, so scripts here and in the shell
// behave alike (`;` between statements, `//` comments, colon commands,
// `file:line:column` diagnostics). Several -c and -f run in the order given, as in psql.
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "graph/graph_json.h"
#include "shell/cli/arguments.h"
#include "shell/cli/subcommands.h"
#include "shell/query/renderer.h"
#include "shell/repl/corrections_journal.h"
#include "shell/repl/line_reader.h"
#include "shell/repl/parameters.h"
#include "shell/repl/query_runner.h"
#include "shell/repl/shell.h"

namespace newsgraph::cli {

namespace {

// Runs one -c text or -f file; false when it failed (or cannot be read).
bool runSource(shell::Shell& shell, const std::string& option, const std::string& value) {
    if (option == "-c") {
        std::istringstream in(value);
        return shell.runScript(in, "<query>");
    }
    if (value == "-") return shell.runScript(std::cin, "-");
    std::ifstream in(value, std::ios::binary);
    if (!in) {
        std::cerr << "newsgraph query: " << value << ": cannot read\n";
        return false;
    }
    return shell.runScript(in, value);
}

}  // namespace

int runQuery(const std::vector<std::string>& args) {
    Arguments arguments(args, {"-c", "-f", "--format", "--param", "--memory-limit"});
    arguments.allowOnly({"-c", "-f", "--format", "--param", "--keep-going", "--memory-limit", "--write"});
    if (!arguments.error().empty()) return usageError("query", arguments.error());
    if (arguments.positionals().size() != 1) return usageError("query", "give exactly one GRAPH");
    std::vector<std::pair<std::string, std::string>> sources;
    std::size_t stdinSources = 0;
    for (const auto& option : arguments.options()) {
        if (option.first != "-c" && option.first != "-f") continue;
        sources.push_back(option);
        if (option.first == "-f" && option.second == "-") ++stdinSources;
    }
    if (stdinSources > 1) return usageError("query", "-f - (standard input) may be given once");
    if (sources.empty() && ::isatty(STDIN_FILENO)) {
        return usageError("query", "give -c QUERY, -f FILE, or a script on standard input");
    }
    if (sources.empty()) sources.emplace_back("-f", "-");
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
    const bool keepGoing = arguments.has("--keep-going");
    shell::Shell shell({false, keepGoing}, std::cout, std::cerr);
    shell.replaceGraph(std::move(graph), graphPath);
    shell.format = format;
    shell.memoryLimit = memoryLimit;
    if (format == query::OutputFormat::Json) shell.jsonRows.emplace();
    shell.setQueryRunner(shell::makeQueryRunner());
    shell::catchInterrupts();  // Ctrl-C cancels the running statement

    for (const auto& [option, value] : arguments.options()) {
        if (option != "--param") continue;
        const std::size_t eq = value.find('=');
        if (eq == std::string::npos) {
            return usageError("query", "--param needs NAME=VALUE, not '" + value + "'");
        }
        if (std::string error = shell::setParameter(shell, value.substr(0, eq), value.substr(eq + 1));
            !error.empty()) {
            std::cerr << "newsgraph query: --param " << value << ": " << error << "\n";
            return kExitBadInput;
        }
    }

    bool ok = true;
    for (const auto& [option, value] : sources) {
        if (!runSource(shell, option, value)) {
            ok = false;
            if (!keepGoing) break;
        }
        if (shell.quitRequested()) break;
    }
    // One array, even when a statement failed part-way.
    if (shell.jsonRows) std::cout << query::jsonArray(*shell.jsonRows);
    if (shell.unsavedWrites()) {
        // --write saves only a script that ran whole: a half-run script's writes are not
        // what its author meant to keep.
        if (arguments.has("--write") && ok) {
            std::size_t journaled = 0;
            if (Status status = shell.save(graphPath, journaled); !status) {
                std::cerr << "newsgraph query: " << status.message() << "\n";
                return kExitBadInput;
            }
            std::cerr << "newsgraph query: saved " << shell.graph().nodeCount() << " nodes and "
                      << shell.graph().edgeCount() << " edges to " << graphPath << "\n";
            if (journaled > 0) {
                std::cerr << "newsgraph query: added " << journaled << " correction"
                          << (journaled == 1 ? "" : "s") << " to "
                          << shell::journalPathFor(graphPath) << "\n";
            }
        } else {
            std::cerr << "newsgraph query: the writes were not saved to " << graphPath
                      << (arguments.has("--write") ? " (a statement failed)"
                                                   : " (add --write, or :save FILE in the script)")
                      << "\n";
        }
    }
    return ok ? kExitOk : kExitBadInput;
}

}  // namespace newsgraph::cli
