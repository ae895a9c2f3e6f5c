#pragma once

#include <boost/spirit/home/x3.hpp>

#include "shell/query/ast/clause.h"

namespace newsgraph::query::grammar {

namespace x3 = boost::spirit::x3;

// The top rule: one statement ([EXPLAIN] query [UNION [ALL] query]...), an optional ';'
// and the end of the input. Defined in grammar_def.h, instantiated in grammar.cpp.
struct StatementId;
using StatementRule = x3::rule<StatementId, ast::Statement>;
BOOST_SPIRIT_DECLARE(StatementRule)

const StatementRule& statement();

}  // namespace newsgraph::query::grammar
