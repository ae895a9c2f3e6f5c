#pragma once

#include <string>
#include <vector>

#include "shell/query/ast/pattern.h"

namespace newsgraph::query::ast {

// expression [AS alias]
struct ProjectionItem : x3::position_tagged {
    Expr expr;
    std::string alias;  // empty when not written
};

struct SortItem {
    Expr expr;
    bool descending = false;
};

enum class ClauseKind { Match, Unwind, With, Return, Create, Refused };

// One clause. Fields not used by a kind stay empty.
struct Clause : x3::position_tagged {
    ClauseKind kind = ClauseKind::Match;
    bool optional = false;               // OPTIONAL MATCH
    std::vector<PatternPart> patterns;   // MATCH, CREATE
    Expr where;                          // MATCH, WITH
    Expr expr;                           // UNWIND
    std::string variable;                // UNWIND ... AS variable
    bool distinct = false;               // WITH, RETURN
    bool star = false;                   // WITH *, RETURN *
    std::vector<ProjectionItem> items;   // WITH, RETURN
    std::vector<SortItem> orderBy;       // WITH, RETURN
    Expr skip;                           // WITH, RETURN
    Expr limit;                          // WITH, RETURN
    std::string keyword;                 // Refused: the clause's keyword as written
};

struct SingleQuery : x3::position_tagged {
    std::vector<Clause> clauses;
};

// [EXPLAIN] query [UNION [ALL] query]...
struct Statement : x3::position_tagged {
    bool explain = false;
    std::vector<SingleQuery> queries;
    std::vector<bool> unionAll;  // between queries[i] and queries[i + 1]
};

}  // namespace newsgraph::query::ast
