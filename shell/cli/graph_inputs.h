#pragma once

#include <string>
#include <vector>

#include "parser/input/input_reader.h"

namespace newsgraph::cli {

// The inputs of `build` and `shell`, told apart by content (graph::isGraphJsonFile), not
// by name alone: at most one graph.json to start from, and the articles to add to it. A
// graph.json is a file that opens like one (graph::isGraphJsonFile) or any file named
// *.json (articles are .txt or .jsonl), so a damaged graph is refused by the graph
// reader with an offset rather than read as article text.
struct GraphInputs {
    std::string graphFile;              // empty when no input is a graph.json
    std::vector<std::string> articles;  // everything else, in the order given
};

// Splits `inputs`. Fails (false, with a sentence in `error`) when two or more inputs
// are graph.json files: merging two graphs is not supported, and reading one as an
// article would turn its JSON into names.
bool splitGraphInputs(const std::vector<std::string>& inputs, GraphInputs& result,
                      std::string& error);

// The articles of commands that read articles only (`extract`, `facts`): a graph.json
// among the inputs is reported in `report` ("a graph.json, not an article") and skipped,
// the rest read by parser::readInputs.
std::vector<parser::Article> readArticleInputs(const std::vector<std::string>& inputs,
                                               parser::LoadReport& report);

}  // namespace newsgraph::cli
