#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::shell {

// Levenshtein distance, case-insensitive (ASCII).
std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when it is close enough to be a likely typo
// (distance <= max(1, length / 3)); none otherwise.
std::optional<std::string> nearest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace newsgraph::shell
