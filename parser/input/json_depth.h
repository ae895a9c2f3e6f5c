#pragma once

#include <string_view>

namespace newsgraph::parser {

// How deep a JSON line (an article, a facts line) may nest its arrays and objects: far
// past what either holds, short of what a recursive reader's stack (or a DOM's
// destructor) can take.
inline constexpr int kMaxJsonDepth = 256;

// Whether a JSON text nests deeper than `limit` (brackets outside strings counted), in
// one pass, without parsing it.
bool nestsDeeperThan(std::string_view text, int limit);

}  // namespace newsgraph::parser
