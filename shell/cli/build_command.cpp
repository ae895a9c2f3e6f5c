#include <iostream>

#include "graph/graph_json.h"
#include "parser/pipeline.h"
#include "shell/cli/arguments.h"
#include "shell/cli/graph_inputs.h"
#include "shell/cli/process_graph.h"
#include "shell/cli/progress_line.h"
#include "shell/cli/subcommands.h"
#include "shell/repl/corrections_replay.h"

namespace newsgraph::cli {

namespace {

int fail(const std::string& message) {
    std::cerr << "newsgraph build: " << message << "\n";
    return kExitBadInput;
}

}  // namespace

int runBuild(const std::vector<std::string>& args) {
    Arguments arguments(args, {"-o", "--output", "-j", "--jobs", "--corrections"});
    arguments.allowOnly({"-o", "--output", "-j", "--jobs", "--corrections"});
    if (!arguments.error().empty()) return usageError("build", arguments.error());
    parser::BuildOptions options;
    if (std::string bad = readJobs(arguments, options.jobs); !bad.empty()) {
        return usageError("build", bad);
    }
    auto output = arguments.value("-o");
    if (!output) output = arguments.value("--output");
    if (!output || output->empty()) return usageError("build", "an output file is required (-o GRAPH)");
    if (arguments.positionals().empty()) return usageError("build", "no input given");

    GraphInputs inputs;
    std::string error;
    if (!splitGraphInputs(arguments.positionals(), inputs, error)) return fail(error);
    graph::PropertyGraph& graph = processGraph();
    if (!inputs.graphFile.empty()) {  // the articles are added to this graph
        if (Status status = graph::loadGraphJson(inputs.graphFile, graph); !status) {
            return fail(status.message() + "; " + *output + " was not written");
        }
    }
    parser::LoadReport report;
    if (!inputs.articles.empty()) {
        ProgressLine line(stderr);  // on a terminal only
        if (line.active()) options.progress = [&line](const parser::BuildProgress& p) { line.update(p); };
        report = parser::buildGraph(inputs.articles, graph, options);
        line.clear();
        for (const auto& problem : report.problems) std::cerr << problem.toString() << "\n";
        // A typo in the only input must not replace the graph the user had at `output`.
        if (report.articlesRead == 0) {
            return fail("no article could be read, so " + *output + " was not written");
        }
    }
    if (auto journal = arguments.value("--corrections")) {
        shell::ReplayReport replay;
        if (Status status = shell::replayCorrections(*journal, graph, replay); !status) {
            return fail(status.message() + "; " + *output + " was not written");
        }
        for (const auto& skipped : replay.skipped) std::cerr << skipped << "\n";
        std::cerr << "newsgraph build: " << *journal << ": " << replay.applied << " of "
                  << replay.statements << " corrections applied";
        if (replay.unchanged) std::cerr << ", " << replay.unchanged << " changed nothing";
        if (!replay.skipped.empty()) std::cerr << ", " << replay.skipped.size() << " skipped (above)";
        std::cerr << "\n";
    }
    if (Status status = graph::saveGraphJson(graph, *output); !status) return fail(status.message());
    std::cerr << "newsgraph build: " << report.articlesRead << " article"
              << (report.articlesRead == 1 ? "" : "s") << ", " << graph.nodeCount()
              << " nodes, " << graph.edgeCount() << " edges -> " << *output << "\n";
    return report.clean() ? kExitOk : kExitBadInput;
}

}  // namespace newsgraph::cli
