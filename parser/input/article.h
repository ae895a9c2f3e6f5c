#pragma once

#include <string>

namespace newsgraph::parser {

// One article as read from an input. `text` holds the exact bytes of its body (after
// the optional header block of a .txt file, or the "text" field of a JSON line); every
// byte offset the parser reports points into it. See docs/extraction.md, "Inputs".
struct Article {
    std::string file;      // file name (base name), or the JSON line's "id"
    std::string path;      // where it was read from, for messages ("-" for standard input)
    std::size_t line = 0;  // JSON lines: the line number; 0 for a whole file
    std::string title;
    std::string date;  // ISO date (YYYY-MM-DD), or empty when unknown
    std::string source;
    std::string url;
    std::string text;
};

}  // namespace newsgraph::parser
