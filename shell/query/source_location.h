#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::query {

// A byte range [begin, end) in a query's text. An empty range still points at `begin`.
struct SourceSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Line and column of a byte offset, both 1-based; columns count Unicode code points.
struct LineColumn {
    std::size_t line = 1;
    std::size_t column = 1;
};

LineColumn lineColumnOf(std::string_view text, std::size_t offset);

// The source line holding `span`, then a caret line as wide as the span (at least one
// `^`), in code points. Lines longer than `maxWidth` are cut with `...` around the span.
// Returns two lines, each ending in '\n'.
std::string caretLines(std::string_view text, SourceSpan span, std::size_t maxWidth = 100);

// The candidate nearest to `name` by edit distance (case-insensitive), or "" when none
// is close enough to be a plausible typo.
std::string nearestName(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace newsgraph::query
