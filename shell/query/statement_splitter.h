#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace newsgraph::query {

// One statement of a script and where it starts in the script (byte offset).
struct ScriptStatement {
    std::string text;
    std::size_t offset = 0;
};

// Splits a script at ';' outside strings, `names` and comments. Statements holding only
// blanks and comments are dropped.
std::vector<ScriptStatement> splitStatements(const std::string& script);

}  // namespace newsgraph::query
