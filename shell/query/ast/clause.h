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

// One item of SET or REMOVE: `target op value`, as written. The binder says which it is:
//   SET n.k = e       target Property, op "="
//   SET n = map       target Variable, op "="
//   SET n += map      target Variable, op "+="
//   SET n:A:B         target LabelCheck, no op
//   REMOVE n.k        target Property, no op
//   REMOVE n:A        target LabelCheck, no op
struct SetItem : x3::position_tagged {
    Expr target;
    std::string op;  // "=", "+=", or empty
    Expr value;      // Absent without an op
};

enum class ClauseKind { Match, Unwind, With, Return, Create, Set, Remove, Delete, Merge, Refused };

// One clause. Fields not used by a kind stay empty.
struct Clause : x3::position_tagged {
    ClauseKind kind = ClauseKind::Match;
    bool optional = false;               // OPTIONAL MATCH
    std::vector<PatternPart> patterns;   // MATCH, CREATE, MERGE (one part)
    Expr where;                          // MATCH, WITH
    Expr expr;                           // UNWIND
    std::string variable;                // UNWIND ... AS variable
    bool distinct = false;               // WITH, RETURN
    bool star = false;                   // WITH *, RETURN *
    std::vector<ProjectionItem> items;   // WITH, RETURN
    std::vector<SortItem> orderBy;       // WITH, RETURN
    Expr skip;                           // WITH, RETURN
    Expr limit;                          // WITH, RETURN
    std::vector<SetItem> setItems;       // SET, REMOVE
    std::vector<Expr> deleted;           // DELETE: what to delete
    bool detach = false;                 // DETACH DELETE
    std::vector<SetItem> onCreate;       // MERGE ... ON CREATE SET
    std::vector<SetItem> onMatch;        // MERGE ... ON MATCH SET
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
