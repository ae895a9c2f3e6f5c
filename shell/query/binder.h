#pragma once

#include <string>

#include "shell/query/bound_query.h"
#include "shell/query/parser.h"

namespace newsgraph::query {

// Checks a parsed statement before it runs: variables are defined before use (and keep
// one type), functions exist with the right number of arguments, aggregates appear only
// in WITH/RETURN/ORDER BY, clauses come in a valid order, UNION parts have the same
// columns, and refused clauses (MERGE, SET, DELETE, REMOVE...) are reported plainly.
// Throws BindError at the offending node. `parsed` and `text` must outlive the result.
class Binder {
public:
    Binder(const ParsedStatement& parsed, const std::string& text)
        : parsed_(parsed), text_(text) {}

    BoundStatement bind();

private:
    // What the binder knows of a variable's or expression's type (Value: unknown).
    enum class VarType { Node, Rel, Path, Value, Null, Bool, Int, Float, String, List, Map };
    using Scope = std::map<std::string, VarType>;

    void bindSingle(const ast::SingleQuery& query, BoundStatement& bound);
    void bindPatterns(const std::vector<ast::PatternPart>& parts, Scope& scope, bool create);
    void bindExpression(const ast::Expr& e, const Scope& scope, bool allowAggregates,
                        bool insideAggregate = false);
    VarType staticType(const ast::Expr& e, const Scope& scope) const;
    void checkTypes(const ast::Expr& e, const Scope& scope) const;
    BoundProjection bindProjection(const ast::Clause& clause, Scope& scope);
    void declare(Scope& scope, const std::string& name, VarType type, const ast::Expr* at,
                 SourceSpan span);
    SourceSpan span(const boost::spirit::x3::position_tagged& node) const {
        return parsed_.positions.spanOf(node);
    }
    std::string textOf(const boost::spirit::x3::position_tagged& node) const;

    // While binding ORDER BY and WITH ... WHERE: the source text of each projected item
    // (an expression written like an item reads that item's value).
    std::vector<std::string> projectedTexts_;

    const ParsedStatement& parsed_;
    const std::string& text_;
};

// True when `e` contains an aggregate call (count, collect, sum, ...).
bool containsAggregate(const ast::Expr& e);

}  // namespace newsgraph::query
