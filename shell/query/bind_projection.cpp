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
