#pragma once

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <memory>
#include <string>
#include <vector>

#include "graph/value.h"

namespace newsgraph::query::ast {

namespace x3 = boost::spirit::x3;

struct PatternPart;

// What an expression node is. One uniform node type keeps the X3 attributes simple
// (build time) while the kind says how to read the fields below.
enum class ExprKind {
    Absent,                // an optional part that was not written (no ELSE, no slice bound)
    Literal,               // value
    IntegerOverflow,       // an integer literal too large: value holds its digits
    Parameter,             // $name
    Variable,              // name
    Property,              // args[0].name
    List,                  // [args...]
    Map,                   // {keys[i]: args[i]}
    Function,              // name(DISTINCT? args...)
    CountStar,             // count(*)
    Unary,                 // name in {"-", "+", "NOT"} applied to args[0]
    Binary,                // args[0] name args[1]: arithmetic, AND/OR/XOR, IN, string ops, =~
    Comparison,            // args[0] keys[0] args[1] keys[1] args[2] ... (chained)
    IsNull,                // args[0] IS NULL
    IsNotNull,             // args[0] IS NOT NULL
    Subscript,             // args[0][args[1]]
    Slice,                 // args[0][args[1]..args[2]] (either bound may be Absent)
    Case,                  // CASE args[0]? WHEN .. THEN .. ELSE ..: see hasSubject/hasElse
    ListComprehension,     // [name IN args[0] WHERE args[1] | args[2]]
    Quantifier,            // keys[0](name IN args[0] WHERE args[1]): all, any, none, single
    PatternComprehension,  // [pattern WHERE args[0] | args[1]]
    PatternPredicate,      // a relationship pattern used as a boolean
    LabelCheck,            // args[0]:keys[0]:keys[1]...
};

// An expression. Data only; the binder and evaluator give it meaning.
struct Expr : x3::position_tagged {
    ExprKind kind = ExprKind::Absent;
    std::string name;
    graph::Value value;
    bool distinct = false;    // Function: f(DISTINCT x)
    bool hasSubject = false;  // Case: args[0] is the tested value
    bool hasElse = false;     // Case: the last arg is the ELSE branch
    std::vector<Expr> args;
    std::vector<std::string> keys;
    std::shared_ptr<PatternPart> pattern;  // PatternPredicate, PatternComprehension
};

}  // namespace newsgraph::query::ast
