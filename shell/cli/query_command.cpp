// `newsgraph query GRAPH (-c QUERY | -f FILE) [--format table|csv|json]`
#include <csignal>
#include <fstream>
#include <iostream>
#include <sstream>

#include "graph/graph_json.h"
#include "shell/cli/arguments.h"
#include "shell/cli/subcommands.h"
#include "shell/query/error.h"
#include "shell/query/query_engine.h"
#include "shell/query/renderer.h"
#include "shell/query/statement_splitter.h"

namespace newsgraph::cli {

namespace {

// Ctrl-C cancels the running statement (QueryEngine::cancel only stores an atomic flag).
query::QueryEngine* gRunning = nullptr;

extern "C" void cancelRunningQuery(int) {
    if (gRunning) gRunning->cancel();
}

}  // namespace

int runQuery(const std::vector<std::string>& args) {
    Arguments arguments(args, {"-c", "-f", "--format"});
    arguments.allowOnly({"-c", "-f", "--format"});
    if (!arguments.error().empty()) return usageError("query", arguments.error());
    if (arguments.positionals().size() != 1) return usageError("query", "give exactly one GRAPH");
    auto command = arguments.value("-c");
    auto file = arguments.value("-f");
    if (command.has_value() == file.has_value()) {
        return usageError("query", "give either -c QUERY or -f FILE");
    }
    query::OutputFormat format = query::OutputFormat::Table;
    if (auto name = arguments.value("--format"); name && !query::parseOutputFormat(*name, format)) {
        return usageError("query", "unknown format '" + *name + "' (table, csv, tsv or json)");
    }
    std::string script;
    std::string source = "<query>";
    if (file) {
        std::ifstream in(*file, std::ios::binary);
        if (!in) {
            std::cerr << "newsgraph query: " << *file << ": cannot read\n";
            return kExitBadInput;
        }
        std::ostringstream text;
        text << in.rdbuf();
        script = text.str();
        source = *file;
    } else {
        script = *command;
    }
    graph::PropertyGraph graph;
    if (Status status = graph::loadGraphJson(arguments.positionals()[0], graph); !status) {
        std::cerr << "newsgraph query: " << status.message() << "\n";
        return kExitBadInput;
    }
    query::QueryOptions options;
    options.checkNames = true;
    query::QueryEngine engine(graph, options);
    gRunning = &engine;
    std::signal(SIGINT, cancelRunningQuery);
    struct RestoreSignal {
        ~RestoreSignal() {
            std::signal(SIGINT, SIG_DFL);
            gRunning = nullptr;
        }
    } restore;
    for (const auto& statement : query::splitStatements(script)) {
        try {
            query::QueryResult result = engine.run(statement.text);
            std::cout << query::render(result, format);
        } catch (const query::Error& error) {
            std::cout.flush();
            std::cerr << query::formatDiagnostic(source, script, error, statement.offset);
            return kExitBadInput;
        }
    }
    return kExitOk;
}

}  // namespace newsgraph::cli
