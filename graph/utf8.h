#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph::graph {

// Returns the byte offset of the first byte that does not begin a well-formed UTF-8
// sequence in `text` (overlong forms, surrogates U+D800..U+DFFF and code points above
// U+10FFFF are ill-formed), or npos when all of it is valid. Thread-safe.
std::size_t findInvalidUtf8(std::string_view text);

// Appends code point `cp` (at most U+10FFFF) to `out` as UTF-8. The caller keeps
// surrogates out; this writes what it is given.
void encodeUtf8(std::string& out, char32_t cp);

}  // namespace newsgraph::graph
