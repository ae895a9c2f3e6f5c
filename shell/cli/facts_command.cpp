#include <iostream>

#include "graph/graph_json.h"
#include "parser/fact_printer.h"
#include "parser/input/input_reader.h"
#include "parser/pipeline.h"
#include "shell/cli/arguments.h"
#include "shell/cli/subcommands.h"

namespace newsgraph::cli {

// What the parser read in each article, before resolution across articles: for checking
// why a figure or an entity is (not) in the graph.
int runFacts(const std::vector<std::string>& args) {
    Arguments arguments(args, {});
    arguments.allowOnly({});
    if (!arguments.error().empty()) return usageError("facts", arguments.error());
    if (arguments.positionals().empty()) return usageError("facts", "no input given");
    parser::LoadReport report;
    std::vector<std::string> inputs;
    for (const auto& input : arguments.positionals()) {
        if (input != "-" && graph::isGraphJsonFile(input)) {
            report.add(input, 0, "a graph.json, not an article");
        } else {
            inputs.push_back(input);
        }
    }
    const std::vector<parser::Article> articles = parser::readInputs(inputs, report);
    for (const auto& problem : report.problems) std::cerr << problem.toString() << "\n";
    for (const auto& article : articles) {
        std::cout << "== " << article.file << "\n" << parser::printFacts(parser::extractFacts(article));
    }
    return report.clean() ? kExitOk : kExitBadInput;
}

}  // namespace newsgraph::cli
