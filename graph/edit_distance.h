#pragma once

#include <cstddef>
#include <string_view>

namespace newsgraph::graph {

// Levenshtein distance between two byte strings (insert, delete, substitute: cost 1 each).
// Case-sensitive: callers that want case-insensitivity fold case first. Shared by the
// parser (romanised names) and the query language ("did you mean").
std::size_t editDistance(std::string_view a, std::string_view b);

}  // namespace newsgraph::graph
