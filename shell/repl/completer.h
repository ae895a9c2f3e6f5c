#pragma once

#include <string>
#include <vector>

#include "graph/property_graph.h"

namespace newsgraph::shell {

// Tab-completion candidates for `word`, the word being typed at the end of `line`:
// colon commands at the start of a line; file paths after :load, :open, :save, :source
// (returned as the single marker "\x01files", which LineReader turns into readline's
// file-name completion); otherwise query keywords, labels after ':', relationship
// types, property keys after '.', and entity names (quoted) inside quotes.
std::vector<std::string> completions(const graph::PropertyGraph& graph, const std::string& line,
                                     const std::string& word);

}  // namespace newsgraph::shell
