#include <iostream>

#include "parser/fact_printer.h"
#include "parser/pipeline.h"
#include "shell/cli/arguments.h"
#include "shell/cli/graph_inputs.h"
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
    const std::vector<parser::Article> articles = readArticleInputs(arguments.positionals(), report);
    for (const auto& problem : report.problems) std::cerr << problem.toString() << "\n";
    for (const auto& article : articles) {
        std::cout << "== " << article.file << "\n" << parser::printFacts(parser::extractFacts(article));
    }
    return report.clean() ? kExitOk : kExitBadInput;
}

}  // namespace newsgraph::cli
