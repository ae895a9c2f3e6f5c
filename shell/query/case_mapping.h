#pragma once

#include <string>
#include <string_view>

namespace newsgraph::query {

// `text` (UTF-8) in upper or lower case, character by character, with Unicode's simple
// case mappings (É -> é, Σ -> σ, Д -> д) from the C library's C.UTF-8 locale, plus the
// one full mapping people meet in names: ß -> SS. Bytes that are not valid UTF-8 are
// kept as they are. Where the C.UTF-8 locale is missing only ASCII letters change.
// Thread-safe. Used by toUpper() and toLower().
std::string toUpperCase(std::string_view text);
std::string toLowerCase(std::string_view text);

}  // namespace newsgraph::query
