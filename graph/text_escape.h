#pragma once

#include <string>
#include <string_view>

namespace newsgraph::graph {

// Escaping for the text formats the exporters write. Input is UTF-8 (the graph holds only
// valid UTF-8) and non-ASCII text passes through unchanged in every format.

// One CSV field (RFC 4180): quoted when it holds the separator, a quote, a line break or
// leading or trailing space, with quotes doubled; the empty string is written as "" so
// that it differs from an empty (null) field.
std::string csvField(std::string_view text, char separator = ',');

// Text for XML element content or a double-quoted attribute: & < > " ' as entities, a
// carriage return as &#13; (so it survives line-end normalisation), and the control
// characters XML 1.0 forbids replaced by U+FFFD.
std::string xmlEscape(std::string_view text);

// A string for a DOT attribute value before Boost's write_graphviz quotes it (which
// escapes only `"`): backslashes doubled so GraphViz shows them, `&` as `&amp;` (GraphViz
// reads entities such as `&lt;` in every string), line breaks as the DOT escape \n, other
// control characters as spaces.
std::string dotEscape(std::string_view text);

// An openCypher string literal in single quotes: \\ \' \n \r \t and \uXXXX for other
// control characters.
std::string cypherString(std::string_view text);

// A label, relationship type or property key for openCypher (and Kùzu's Cypher): as is
// when it is a plain identifier (letter or _ then letters, digits, _), else in backticks
// with backticks doubled.
std::string cypherName(std::string_view name);

// At most `maxChars` code points of `text`, ending in "…" when cut; never splits a UTF-8
// sequence.
std::string truncateText(std::string_view text, std::size_t maxChars);

}  // namespace newsgraph::graph
