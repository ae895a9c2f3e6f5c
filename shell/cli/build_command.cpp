#include <iostream>

#include "graph/graph_json.h"
#include "parser/pipeline.h"
#include "shell/cli/arguments.h"
#include "shell/cli/subcommands.h"

namespace newsgraph::cli {

int runBuild(const std::vector<std::string>& args) {
    Arguments arguments(args, {"-o", "--output"});
    arguments.allowOnly({"-o", "--output"});
    if (!arguments.error().empty()) return usageError("build", arguments.error());
    auto output = arguments.value("-o");
    if (!output) output = arguments.value("--output");
    if (!output || output->empty()) return usageError("build", "an output file is required (-o GRAPH)");
    if (arguments.positionals().empty()) return usageError("build", "no input given");

    graph::PropertyGraph graph;
    parser::LoadReport report = parser::buildGraph(arguments.positionals(), graph);
    for (const auto& problem : report.problems) std::cerr << problem.toString() << "\n";
    if (Status status = graph::saveGraphJson(graph, *output); !status) {
        std::cerr << "newsgraph build: " << status.message() << "\n";
        return kExitBadInput;
    }
    std::cerr << "newsgraph build: " << report.articlesRead << " article"
              << (report.articlesRead == 1 ? "" : "s") << ", " << graph.nodeCount()
              << " nodes, " << graph.edgeCount() << " edges -> " << *output << "\n";
    return report.clean() ? kExitOk : kExitBadInput;
}

}  // namespace newsgraph::cli
