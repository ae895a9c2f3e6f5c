#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph::query {

// How many terminal columns `text` (UTF-8) takes: East Asian wide and fullwidth
// characters and most emoji take two, combining marks and zero-width characters none,
// everything else one. Invalid bytes count one each.
std::size_t displayWidth(std::string_view text);

// `text` cut to at most `maxWidth` columns, ending in "…" when cut; never splits a
// character. REQUIRES: maxWidth >= 1.
std::string truncateToWidth(std::string_view text, std::size_t maxWidth);

}  // namespace newsgraph::query
