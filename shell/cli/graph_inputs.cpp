#include "shell/cli/graph_inputs.h"

#include "graph/graph_json.h"

namespace newsgraph::cli {

namespace {

// A .json file is no article input (those are .txt and .jsonl), so it is read as a graph
// even when its opening is damaged: the reader then says where.
bool isGraphInput(const std::string& input) {
    if (input == "-") return false;
    const bool jsonName = input.size() > 5 && input.compare(input.size() - 5, 5, ".json") == 0;
    return jsonName || graph::isGraphJsonFile(input);
}

}  // namespace

bool splitGraphInputs(const std::vector<std::string>& inputs, GraphInputs& result,
                      std::string& error) {
    result = {};
    std::vector<std::string> graphs;
    for (const auto& input : inputs) {
        if (isGraphInput(input)) {
            graphs.push_back(input);
        } else {
            result.articles.push_back(input);
        }
    }
    if (graphs.size() > 1) {
        error = graphs[0] + " and " + graphs[1] +
                " are both graph.json files; merging graphs is not supported (give one "
                "graph.json, with articles to add to it)";
        return false;
    }
    if (!graphs.empty()) result.graphFile = graphs[0];
    return true;
}

std::vector<parser::Article> readArticleInputs(const std::vector<std::string>& inputs,
                                               parser::LoadReport& report) {
    std::vector<std::string> articles;
    for (const auto& input : inputs) {
        if (input != "-" && graph::isGraphJsonFile(input)) {
            report.add(input, 0, "a graph.json, not an article");
        } else {
            articles.push_back(input);
        }
    }
    return parser::readInputs(articles, report);
}

}  // namespace newsgraph::cli
