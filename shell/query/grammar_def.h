#pragma once

// The openCypher subset as an X3 grammar. Every rule builds its attribute with small
// semantic actions over one uniform ast::Expr node: that keeps X3's attribute machinery
// (and so build time and memory) small. Rules that can be blamed are annotated with their
// source range (annotate_on_success) for the binder's and evaluator's carets.

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>
#include <cctype>
#include <cstdlib>
#include <charconv>
#include <limits>
#include <cstdint>
#include <string>

#include "graph/utf8.h"
#include "shell/query/ast/clause.h"
#include "shell/query/grammar.h"

namespace newsgraph::query::grammar {

namespace x3 = boost::spirit::x3;
using x3::_attr;
using x3::_pass;
using x3::_val;

// ---------------------------------------------------------------------------------------
// Rule IDs
// ---------------------------------------------------------------------------------------

// Each rule has its own ID; Annotated<Tag> IDs record the rule's source range on success.
template <typename Tag>
struct Annotated : x3::annotate_on_success {};
struct StatementId : x3::annotate_on_success {};

// A pattern step: the relationship and the node after it, kept together so that a
// failed step leaves nothing behind.
struct PatternStep {
    ast::RelPattern rel;
    ast::NodePattern node;
};

// ---------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------

// An annotated rule is a thin wrapper around its body: X3 hands on_success the rule's
// attribute only when the rule has no semantic actions, and the bodies are all actions.
#define NEWSGRAPH_RULE(name, attribute, description)                               \
    x3::rule<struct name##BodyTag, attribute> const name##_body = description;      \
    x3::rule<Annotated<struct name##Tag>, attribute> const name = description;      \
    auto const name##_def = name##_body
#define NEWSGRAPH_PLAIN_RULE(name, attribute, description) \
    x3::rule<struct name##Tag, attribute> const name = description

NEWSGRAPH_RULE(expression, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(orExpr, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(xorExpr, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(andExpr, ast::Expr, "expression");
NEWSGRAPH_RULE(notExpr, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(comparisonExpr, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(predicateExpr, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(addExpr, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(mulExpr, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(powExpr, ast::Expr, "expression");
NEWSGRAPH_RULE(unaryExpr, ast::Expr, "expression");
NEWSGRAPH_RULE(postfixExpr, ast::Expr, "expression");
NEWSGRAPH_RULE(atom, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(numberLiteral, ast::Expr, "number");
NEWSGRAPH_PLAIN_RULE(listLiteral, ast::Expr, "list");
NEWSGRAPH_PLAIN_RULE(mapLiteral, ast::Expr, "map");
NEWSGRAPH_PLAIN_RULE(parameter, ast::Expr, "parameter");
NEWSGRAPH_PLAIN_RULE(caseExpr, ast::Expr, "CASE expression");
NEWSGRAPH_PLAIN_RULE(listComprehension, ast::Expr, "list comprehension");
NEWSGRAPH_PLAIN_RULE(patternComprehension, ast::Expr, "pattern comprehension");
NEWSGRAPH_PLAIN_RULE(functionCall, ast::Expr, "function call");
NEWSGRAPH_PLAIN_RULE(quantifier, ast::Expr, "quantifier");
NEWSGRAPH_PLAIN_RULE(subscript, ast::Expr, "subscript");
NEWSGRAPH_PLAIN_RULE(comparisonChain, ast::Expr, "comparison");
NEWSGRAPH_PLAIN_RULE(comparisonTail, ast::Expr, "comparison");
NEWSGRAPH_PLAIN_RULE(mapEntry, ast::Expr, "map entry");
NEWSGRAPH_PLAIN_RULE(symbolicName, std::string, "name");
NEWSGRAPH_PLAIN_RULE(variableName, std::string, "variable");
NEWSGRAPH_PLAIN_RULE(stringLiteral, std::string, "string");

NEWSGRAPH_RULE(nodePattern, ast::NodePattern, "node pattern");
NEWSGRAPH_RULE(relPattern, ast::RelPattern, "relationship pattern");
NEWSGRAPH_PLAIN_RULE(relDetail, ast::RelPattern, "relationship detail");
NEWSGRAPH_PLAIN_RULE(patternStep, PatternStep, "relationship pattern");
NEWSGRAPH_RULE(patternElement, ast::PatternPart, "pattern");
NEWSGRAPH_RULE(relationshipsPattern, ast::PatternPart, "pattern");
NEWSGRAPH_RULE(patternPart, ast::PatternPart, "pattern");
NEWSGRAPH_PLAIN_RULE(patternList, std::vector<ast::PatternPart>, "pattern");

NEWSGRAPH_RULE(projectionItem, ast::ProjectionItem, "expression");
NEWSGRAPH_PLAIN_RULE(sortItem, ast::SortItem, "sort expression");
NEWSGRAPH_PLAIN_RULE(projectionBody, ast::Clause, "projection");
NEWSGRAPH_RULE(clause, ast::Clause, "clause");
NEWSGRAPH_PLAIN_RULE(matchClause, ast::Clause, "MATCH");
NEWSGRAPH_PLAIN_RULE(unwindClause, ast::Clause, "UNWIND");
NEWSGRAPH_PLAIN_RULE(withClause, ast::Clause, "WITH");
NEWSGRAPH_PLAIN_RULE(returnClause, ast::Clause, "RETURN");
NEWSGRAPH_PLAIN_RULE(createClause, ast::Clause, "CREATE");
NEWSGRAPH_PLAIN_RULE(refusedClause, ast::Clause, "clause");
NEWSGRAPH_RULE(setItem, ast::SetItem, "SET item");
NEWSGRAPH_RULE(removeItem, ast::SetItem, "REMOVE item");
NEWSGRAPH_PLAIN_RULE(setClause, ast::Clause, "SET");
NEWSGRAPH_PLAIN_RULE(removeClause, ast::Clause, "REMOVE");
NEWSGRAPH_PLAIN_RULE(deleteClause, ast::Clause, "DELETE");
NEWSGRAPH_PLAIN_RULE(mergeClause, ast::Clause, "MERGE");
NEWSGRAPH_RULE(singleQuery, ast::SingleQuery, "query");
NEWSGRAPH_PLAIN_RULE(unionKeyword, bool, "UNION");
NEWSGRAPH_PLAIN_RULE(endOfQuery, x3::unused_type, "a clause or the end of the query");
StatementRule const statementRule = "statement";

#undef NEWSGRAPH_RULE
#undef NEWSGRAPH_PLAIN_RULE

// The rules' definitions, in dependency order.
}  // namespace newsgraph::query::grammar

#include "shell/query/grammar_actions.h"
#include "shell/query/grammar_expressions_def.h"
#include "shell/query/grammar_patterns_def.h"
#include "shell/query/grammar_clauses_def.h"

namespace newsgraph::query::grammar {

BOOST_SPIRIT_DEFINE(expression, orExpr, xorExpr, andExpr, notExpr, comparisonExpr,
                    predicateExpr, addExpr, mulExpr, powExpr, unaryExpr, postfixExpr, atom,
                    numberLiteral, listLiteral, mapLiteral, parameter, caseExpr,
                    listComprehension, patternComprehension, functionCall, quantifier, subscript,
                    comparisonChain, comparisonTail, mapEntry, symbolicName, variableName,
                    stringLiteral)
BOOST_SPIRIT_DEFINE(nodePattern, relPattern, relDetail, patternStep, patternElement,
                    relationshipsPattern, patternPart, patternList)
BOOST_SPIRIT_DEFINE(projectionItem, sortItem, projectionBody, clause, matchClause,
                    unwindClause, withClause, returnClause, createClause, refusedClause,
                    setItem, removeItem, setClause, removeClause, deleteClause, mergeClause,
                    singleQuery, unionKeyword, endOfQuery, statementRule)
BOOST_SPIRIT_DEFINE(expression_body, notExpr_body, unaryExpr_body, postfixExpr_body, atom_body, nodePattern_body, relPattern_body)
BOOST_SPIRIT_DEFINE(patternElement_body, relationshipsPattern_body, patternPart_body, projectionItem_body, clause_body, singleQuery_body)
BOOST_SPIRIT_DEFINE(setItem_body, removeItem_body)

// ---------------------------------------------------------------------------------------
// Annotation and errors
// ---------------------------------------------------------------------------------------
// Positions are recorded by annotate_on_success on the IDs above. Expectation failures
// (`>`) are thrown as x3::expectation_failure and turned into SyntaxError by parse().

}  // namespace newsgraph::query::grammar
