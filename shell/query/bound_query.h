#pragma once

#include <map>
#include <string>
#include <vector>

#include "shell/query/ast/clause.h"
#include "shell/query/position_table.h"

namespace newsgraph::query {

// A WITH or RETURN after binding: its columns and what computes each.
struct BoundProjection {
    std::vector<std::string> columns;
    std::vector<const ast::Expr*> exprs;  // nullptr: the variable named by the column (`*`)
    bool aggregating = false;
    // Every aggregate call in the items and ORDER BY, computed once per group.
    std::vector<const ast::Expr*> aggregates;
};

// A statement whose names, functions and clause order have been checked. It points into
// the parsed statement, which must outlive it.
struct BoundStatement {
    const ast::Statement* statement = nullptr;
    const PositionTable* positions = nullptr;
    const std::string* text = nullptr;
    std::map<const ast::Clause*, BoundProjection> projections;
    std::vector<std::string> columns;  // the statement's result columns
};

}  // namespace newsgraph::query
