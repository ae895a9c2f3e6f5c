// Binding WITH and RETURN: columns, aliases, aggregation, ORDER BY, SKIP and LIMIT.
#include <algorithm>

#include "shell/query/binder.h"
#include "shell/query/error.h"
#include "shell/query/functions.h"

namespace newsgraph::query {

namespace {

void collectAggregates(const ast::Expr& e, std::vector<const ast::Expr*>& out) {
    if (isAggregateCall(e)) {
        out.push_back(&e);
        return;
    }
    for (const auto& a : e.args) collectAggregates(a, out);
}
}  // namespace

// openCypher's rule for an expression that aggregates ("n.x + count(*)"): outside its
// aggregate calls it may use only constants, grouping keys that are variables, and
// properties of those or properties that are keys themselves. A compound key
// ("a.x + b.x") used again beside an aggregate is ambiguous.
void Binder::checkAggregationKeys(const ast::Expr& e, const std::set<std::string>& variables,
                                  const std::set<std::string>& properties) const {
    using K = ast::ExprKind;
    if (isAggregateCall(e)) return;
    switch (e.kind) {
        case K::Variable:
            if (!variables.count(e.name)) {
                throw BindError(span(e), "`" + e.name + "` is used beside an aggregate but is not "
                                "a grouping key: project it as an item of its own",
                                "AmbiguousAggregationExpression");
            }
            return;
        case K::Property:
            if (properties.count(textOf(e))) return;
            if (e.args[0].kind == K::Variable && !variables.count(e.args[0].name)) {
                throw BindError(span(e), "`" + textOf(e) + "` is used beside an aggregate but is "
                                "not a grouping key: project it as an item of its own",
                                "AmbiguousAggregationExpression");
            }
            checkAggregationKeys(e.args[0], variables, properties);
            return;
        case K::ListComprehension:
        case K::Quantifier:
        case K::PatternComprehension:
        case K::PatternPredicate:
        case K::Case:
            return;  // local variables and patterns: left to evaluation
        default:
            for (const auto& a : e.args) checkAggregationKeys(a, variables, properties);
    }
}

BoundProjection Binder::bindProjection(const ast::Clause& c, Scope& scope) {
    BoundProjection p;
    Scope next;
    if (c.star) {
        if (scope.empty() && c.kind == ast::ClauseKind::Return) {
            throw BindError(span(c), "RETURN * needs at least one variable in scope",
                            "NoVariablesInScope");
        }
        for (const auto& [name, type] : scope) {
            p.columns.push_back(name);
            p.exprs.push_back(nullptr);
            next[name] = type;
        }
    }
    for (const auto& item : c.items) {
        if (item.expr.kind == ast::ExprKind::PatternPredicate) {
            throw BindError(span(item.expr), "a pattern cannot be projected; use a pattern "
                                             "comprehension: [p = (a)-->() | p]",
                            "UnexpectedSyntax");
        }
        bindExpression(item.expr, scope, true);
        std::string column = item.alias.empty() ? textOf(item.expr) : item.alias;
        if (item.alias.empty() && item.expr.kind == ast::ExprKind::Variable) column = item.expr.name;
        if (c.kind == ast::ClauseKind::With && item.alias.empty() &&
            item.expr.kind != ast::ExprKind::Variable) {
            throw BindError(span(item), "an expression in WITH needs an alias (`AS name`)",
                            "NoExpressionAlias");
        }
        if (std::find(p.columns.begin(), p.columns.end(), column) != p.columns.end()) {
            throw BindError(span(item), "column `" + column + "` is defined twice",
                            "ColumnNameConflict");
        }
        p.columns.push_back(column);
        p.exprs.push_back(&item.expr);
        if (containsAggregate(item.expr)) p.aggregating = true;
        VarType type = staticType(item.expr, scope);
        next[column] = type;
        collectAggregates(item.expr, p.aggregates);
    }
    // Aggregating: the keys an aggregating expression may use beside its aggregates.
    std::set<std::string> keyVariables;
    std::set<std::string> keyProperties;
    if (p.aggregating) {
        for (const auto& item : c.items) {
            if (containsAggregate(item.expr)) continue;
            if (item.expr.kind == ast::ExprKind::Variable) keyVariables.insert(item.expr.name);
            if (item.expr.kind == ast::ExprKind::Property) keyProperties.insert(textOf(item.expr));
        }
        if (c.star) {
            for (const auto& [name, type] : scope) keyVariables.insert(name);
        }
        for (const auto& item : c.items) {
            if (containsAggregate(item.expr)) checkAggregationKeys(item.expr, keyVariables, keyProperties);
        }
    }
    // ORDER BY sees the new columns and, unless aggregating or DISTINCT, the old ones.
    Scope sortScope = next;
    if (!p.aggregating && !c.distinct) {
        for (const auto& [k, v] : scope) sortScope.emplace(k, v);
    }
    for (const auto& item : c.items) projectedTexts_.push_back(textOf(item.expr));
    struct Reset {
        Binder& b;
        ~Reset() {
            b.projectedTexts_.clear();
        }
    } reset{*this};
    for (const auto& s : c.orderBy) {
        bindExpression(s.expr, sortScope, true);
        if (containsAggregate(s.expr) && !p.aggregating) {
            throw BindError(span(s.expr), "ORDER BY can aggregate only when the projection does",
                            "InvalidAggregation");
        }
        if (p.aggregating && containsAggregate(s.expr)) {
            std::set<std::string> visible = keyVariables;  // and the projected columns
            for (const auto& column : p.columns) visible.insert(column);
            checkAggregationKeys(s.expr, visible, keyProperties);
        }
        collectAggregates(s.expr, p.aggregates);
    }
    for (const ast::Expr* limit : {&c.skip, &c.limit}) {
        if (limit->kind == ast::ExprKind::Absent) continue;
        bindExpression(*limit, Scope{}, false);
        if (limit->kind == ast::ExprKind::Unary && limit->name == "-" &&
            limit->args[0].kind == ast::ExprKind::Literal && limit->args[0].value.isNumber()) {
            throw BindError(span(*limit), "SKIP and LIMIT need an integer of 0 or more",
                            "NegativeIntegerArgument");
        }
        if (limit->kind != ast::ExprKind::Literal && limit->kind != ast::ExprKind::Parameter &&
            limit->kind != ast::ExprKind::Unary && limit->kind != ast::ExprKind::Binary &&
            limit->kind != ast::ExprKind::Function) {
            throw BindError(span(*limit), "SKIP and LIMIT need a constant expression",
                            "NonConstantExpression");
        }
        if (limit->kind == ast::ExprKind::Literal) {
            if (!limit->value.isInt()) {
                throw BindError(span(*limit), "SKIP and LIMIT need an integer",
                                "InvalidArgumentType");
            }
            if (limit->value.asInt() < 0) {
                throw BindError(span(*limit), "SKIP and LIMIT need an integer of 0 or more",
                                "NegativeIntegerArgument");
            }
        }
    }
    if (c.kind == ast::ClauseKind::With && c.where.kind != ast::ExprKind::Absent) {
        bindExpression(c.where, sortScope, false);
    }
    scope = next;
    return p;
}

}  // namespace newsgraph::query
