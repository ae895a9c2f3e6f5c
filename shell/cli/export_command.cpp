#include <iostream>

#include "graph/graph_json.h"
#include "shell/cli/arguments.h"
#include "shell/cli/subcommands.h"

namespace newsgraph::cli {

int runExport(const std::vector<std::string>& args) {
    Arguments arguments(args, {"-o", "--output", "--format"});
    arguments.allowOnly({"-o", "--output", "--format"});
    if (!arguments.error().empty()) return usageError("export", arguments.error());
    auto output = arguments.value("-o");
    if (!output) output = arguments.value("--output");
    auto format = arguments.value("--format");
    if (arguments.positionals().size() != 1) return usageError("export", "give exactly one GRAPH");
    if (!format) return usageError("export", "--format is required");
    if (!output || output->empty()) return usageError("export", "an output file is required (-o FILE)");
    if (*format != "json") {
        return usageError("export", "format '" + *format +
                                        "' is not available yet; this build writes: json");
    }
    graph::PropertyGraph graph;
    if (Status status = graph::loadGraphJson(arguments.positionals()[0], graph); !status) {
        std::cerr << "newsgraph export: " << status.message() << "\n";
        return kExitBadInput;
    }
    if (Status status = graph::saveGraphJson(graph, *output); !status) {
        std::cerr << "newsgraph export: " << status.message() << "\n";
        return kExitBadInput;
    }
    return kExitOk;
}

}  // namespace newsgraph::cli
