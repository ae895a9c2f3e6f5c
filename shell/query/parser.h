#pragma once

#include <string>

#include "shell/query/ast/clause.h"
#include "shell/query/position_table.h"

namespace newsgraph::query {

// One statement's syntax tree and where each of its nodes was written.
struct ParsedStatement {
    ast::Statement statement;
    PositionTable positions;
};

// Parses one statement (an optional trailing ';' is allowed). `//` and `/* */` comments
// are skipped. Throws SyntaxError with the offending token's span and what was expected.
ParsedStatement parseStatement(const std::string& text);

}  // namespace newsgraph::query
