// `newsgraph check GRAPH`: every way a graph.json breaks docs/graph-json.md, with offsets.
#include <iostream>

#include "graph/graph_json.h"
#include "shell/cli/arguments.h"
#include "shell/cli/subcommands.h"

namespace newsgraph::cli {

int runCheck(const std::vector<std::string>& args) {
    Arguments arguments(args, {});
    arguments.allowOnly({});
    if (!arguments.error().empty()) return usageError("check", arguments.error());
    if (arguments.positionals().size() != 1) return usageError("check", "give exactly one GRAPH");
    const std::string& path = arguments.positionals()[0];
    const std::vector<std::string> problems = graph::checkGraphJson(path);
    for (const auto& problem : problems) std::cout << problem << "\n";
    if (problems.empty()) {
        std::cerr << "newsgraph check: " << path << ": no problems\n";
        return kExitOk;
    }
    std::cerr << "newsgraph check: " << path << ": " << problems.size() << " problem"
              << (problems.size() == 1 ? "" : "s") << "\n";
    return kExitBadInput;
}

}  // namespace newsgraph::cli
