#pragma once

#include <string>
#include <vector>

#include "graph/property_graph.h"

namespace newsgraph::shell {

// The marker completions() returns, alone, when the word is a file path: LineReader then
// uses readline's own file-name completion, which knows directories and `~/`.
inline constexpr const char* kCompleteFiles = "\x01files";

// Where a word being completed ends its left side: the characters readline breaks words
// at. A colon command's arguments are words between blanks (a path keeps its `/`, `-`
// and `.`); in a query, `:` and `.` break too, so that `(a:Agen`, `-[:REP` and `f.qu`
// complete the label, the type and the key.
const char* wordBreakCharacters(const std::string& line);

// Tab-completion candidates for `word`, the word being typed, where `line` is the text
// before it (readline's buffer up to the word's start):
// - a colon command's name right after the `:` at the start of a line (without the colon);
// - a path after :load, :open, :save, :source and :export (the kCompleteFiles marker);
// - other command arguments: entity names (for :who, :timeline);
// - in a query: labels after `(x:` or `(:`, relationship types after `[:`, `[r:` and `|`,
//   property keys after `.`, entity names after an opening quote (with the closing
//   quote), else keywords and functions.
// Matching ignores case; candidates come sorted, without duplicates.
std::vector<std::string> completions(const graph::PropertyGraph& graph, const std::string& line,
                                     const std::string& word);

}  // namespace newsgraph::shell
