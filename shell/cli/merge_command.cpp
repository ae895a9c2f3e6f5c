// newsgraph merge: the cross-article stages (resolution, claims, supersedes) on facts
// lines written by `extract`, anywhere and in any number of files, giving the graph
// `build` gives for the same articles in the same order.
#include <fstream>
#include <iostream>
#include <string>

#include "graph/graph_json.h"
#include "parser/facts_json.h"
#include "parser/input/load_report.h"
#include "parser/pipeline.h"
#include "shell/cli/arguments.h"
#include "shell/cli/process_graph.h"
#include "shell/cli/subcommands.h"

namespace newsgraph::cli {

namespace {

// Appends the facts of each good line of `in`; a bad line is reported with its number
// and skipped.
void readFactsLines(std::istream& in, const std::string& name,
                    std::vector<parser::ArticleFacts>& facts, parser::LoadReport& report) {
    std::string line;
    bool first = true;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        const std::size_t start = line.find_first_not_of(" \t\r");
        if (start == std::string::npos) continue;
        // An article or any other text given by mistake: one message, not one a line.
        if (first && line[start] != '{') {
            report.add(name, 0, "not a facts file (lines written by `newsgraph extract`)");
            return;
        }
        first = false;
        parser::ArticleFacts one;
        std::string error;
        if (parser::factsFromJsonLine(line, one, error)) {
            facts.push_back(std::move(one));
        } else {
            report.add(name, number, error);
        }
    }
    if (in.bad()) report.add(name, 0, "read error");
}

int fail(const std::string& message) {
    std::cerr << "newsgraph merge: " << message << "\n";
    return kExitBadInput;
}

}  // namespace

int runMerge(const std::vector<std::string>& args) {
    Arguments arguments(args, {"-o", "--output"});
    arguments.allowOnly({"-o", "--output"});
    if (!arguments.error().empty()) return usageError("merge", arguments.error());
    auto output = arguments.value("-o");
    if (!output) output = arguments.value("--output");
    if (!output || output->empty())
        return usageError("merge", "an output file is required (-o GRAPH)");
    if (arguments.positionals().empty()) return usageError("merge", "no facts file given");

    std::vector<parser::ArticleFacts> facts;
    parser::LoadReport report;
    for (const auto& input : arguments.positionals()) {
        if (input == "-") {
            readFactsLines(std::cin, "-", facts, report);
            continue;
        }
        std::ifstream in(input, std::ios::binary);
        if (!in) {
            report.add(input, 0, "cannot open");
            continue;
        }
        readFactsLines(in, input, facts, report);
    }
    for (const auto& problem : report.problems) std::cerr << problem.toString() << "\n";
    if (facts.empty())
        return fail("no facts line could be read, so " + *output + " was not written");
    const std::size_t articles = facts.size();
    graph::PropertyGraph& graph = processGraph();
    parser::addFacts(std::move(facts), graph);
    if (Status status = graph::saveGraphJson(graph, *output); !status)
        return fail(status.message());
    std::cerr << "newsgraph merge: " << articles << " article" << (articles == 1 ? "" : "s") << ", "
              << graph.nodeCount() << " nodes, " << graph.edgeCount() << " edges -> " << *output
              << "\n";
    return report.clean() ? kExitOk : kExitBadInput;
}

}  // namespace newsgraph::cli
