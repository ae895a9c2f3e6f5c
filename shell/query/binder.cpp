#include "shell/query/binder.h"

#include <algorithm>
#include <set>

#include "shell/query/error.h"
#include "shell/query/functions.h"

namespace newsgraph::query {

namespace {

bool isAggregateCall(const ast::Expr& e) {
    if (e.kind == ast::ExprKind::CountStar) return true;
    if (e.kind != ast::ExprKind::Function) return false;
    const FunctionInfo* f = findFunction(e.name);
    return f && f->aggregate;
}

std::vector<std::string> namesOf(const std::map<std::string, int>& m) {
    std::vector<std::string> out;
    for (const auto& [k, v] : m) out.push_back(k);
    return out;
}

}  // namespace

bool containsAggregate(const ast::Expr& e) {
    if (isAggregateCall(e)) return true;
    if (e.kind == ast::ExprKind::ListComprehension || e.kind == ast::ExprKind::PatternComprehension) {
        // Aggregates inside comprehensions would have no group: treated as not aggregating.
    }
    return std::any_of(e.args.begin(), e.args.end(), [](const ast::Expr& a) {
        return containsAggregate(a);
    });
}

std::string Binder::textOf(const boost::spirit::x3::position_tagged& node) const {
    SourceSpan s = span(node);
    if (s.end <= s.begin || s.end > text_.size()) return "";
    return text_.substr(s.begin, s.end - s.begin);
}

BoundStatement Binder::bind() {
    BoundStatement bound;
    bound.statement = &parsed_.statement;
    bound.positions = &parsed_.positions;
    bound.text = &text_;
    const auto& queries = parsed_.statement.queries;
    std::vector<std::string> firstColumns;
    for (std::size_t i = 0; i < queries.size(); ++i) {
        bound.columns.clear();
        bindSingle(queries[i], bound);
        if (i == 0) {
            firstColumns = bound.columns;
        } else if (bound.columns != firstColumns) {
            throw BindError(span(queries[i]),
                            "all parts of a UNION must return the same columns",
                            "DifferentColumnsInUnion");
        }
    }
    const auto& all = parsed_.statement.unionAll;
    if (!all.empty() && std::any_of(all.begin(), all.end(), [&](bool b) { return b != all[0]; })) {
        throw BindError(span(queries[1]), "UNION and UNION ALL cannot be mixed",
                        "InvalidClauseComposition");
    }
    return bound;
}

void Binder::declare(Scope& scope, const std::string& name, VarType type, const ast::Expr*,
                     SourceSpan at) {
    auto it = scope.find(name);
    if (it != scope.end() && it->second != type && it->second != VarType::Value &&
        it->second != VarType::Null) {
        throw BindError(at, "variable `" + name + "` is already bound to another kind of value",
                        "VariableTypeConflict");
    }
    scope[name] = type;
}

void Binder::bindSingle(const ast::SingleQuery& query, BoundStatement& bound) {
    Scope scope;
    const auto& clauses = query.clauses;
    for (std::size_t i = 0; i < clauses.size(); ++i) {
        const ast::Clause& c = clauses[i];
        bool last = i + 1 == clauses.size();
        switch (c.kind) {
            case ast::ClauseKind::Refused:
                throw BindError::refusedClause(c.keyword, {span(c).begin, span(c).begin + c.keyword.size()});
            case ast::ClauseKind::Match: {
                if (!c.optional && i > 0 && clauses[i - 1].kind == ast::ClauseKind::Match &&
                    clauses[i - 1].optional) {
                    // MATCH after OPTIONAL MATCH is allowed; nothing to check.
                }
                bindPatterns(c.patterns, scope, false);
                if (c.where.kind != ast::ExprKind::Absent) bindExpression(c.where, scope, false);
                break;
            }
            case ast::ClauseKind::Create:
                bindPatterns(c.patterns, scope, true);
                break;
            case ast::ClauseKind::Unwind:
                bindExpression(c.expr, scope, false);
                if (scope.count(c.variable)) {
                    throw BindError::variableAlreadyBound(c.variable, span(c));
                }
                scope[c.variable] = VarType::Value;
                break;
            case ast::ClauseKind::With:
            case ast::ClauseKind::Return: {
                if (c.kind == ast::ClauseKind::Return && !last) {
                    throw BindError(span(clauses[i + 1]), "RETURN must be the last clause",
                                    "InvalidClauseComposition");
                }
                bound.projections[&c] = bindProjection(c, scope);
                if (c.kind == ast::ClauseKind::Return) bound.columns = bound.projections[&c].columns;
                break;
            }
        }
        if (last && c.kind != ast::ClauseKind::Return && c.kind != ast::ClauseKind::Create) {
            throw BindError(span(c), "a query must end with RETURN (or CREATE)",
                            "InvalidClauseComposition");
        }
    }
}

void Binder::bindPatterns(const std::vector<ast::PatternPart>& parts, Scope& scope, bool create) {
    Scope before = scope;
    std::set<std::string> relsHere;
    for (const auto& part : parts) {
        for (const auto& n : part.nodes) {
            if (n.properties.kind != ast::ExprKind::Absent) bindExpression(n.properties, scope, false);
            if (n.variable.empty()) continue;
            if (create && before.count(n.variable) &&
                (!n.labels.empty() || n.properties.kind != ast::ExprKind::Absent ||
                 part.nodes.size() == 1)) {
                throw BindError::variableAlreadyBound(n.variable, span(n));
            }
            declare(scope, n.variable, VarType::Node, nullptr, span(n));
        }
        for (const auto& r : part.rels) {
            if (r.properties.kind != ast::ExprKind::Absent) bindExpression(r.properties, scope, false);
            if (create) {
                if (r.types.size() != 1) {
                    throw BindError(span(r), "CREATE needs exactly one relationship type",
                                    "NoSingleRelationshipType");
                }
                if (r.direction == ast::Direction::Both) {
                    throw BindError(span(r), "CREATE needs a relationship direction",
                                    "RequiresDirectedRelationship");
                }
                if (r.variableLength) {
                    throw BindError(span(r), "CREATE cannot make variable-length relationships",
                                    "CreatingVarLength");
                }
            }
            if (r.variable.empty()) continue;
            if (create && before.count(r.variable)) {
                throw BindError::variableAlreadyBound(r.variable, span(r));
            }
            if (!r.variableLength && relsHere.count(r.variable) && !create) {
                throw BindError(span(r), "relationship `" + r.variable +
                                             "` cannot appear twice in one pattern",
                                "RelationshipUniquenessViolation");
            }
            relsHere.insert(r.variable);
            auto it = scope.find(r.variable);
            if (r.variableLength) {
                if (it != scope.end() && it->second != VarType::Value && it->second != VarType::List) {
                    throw BindError(span(r), "variable `" + r.variable + "` is already bound",
                                    "VariableTypeConflict");
                }
                scope[r.variable] = VarType::List;
            } else {
                declare(scope, r.variable, VarType::Rel, nullptr, span(r));
            }
        }
        if (!part.pathVariable.empty()) {
            if (scope.count(part.pathVariable)) {
                throw BindError::variableAlreadyBound(part.pathVariable, span(part));
            }
            scope[part.pathVariable] = VarType::Path;
        }
    }
}

Binder::VarType Binder::staticType(const ast::Expr& e, const Scope& scope) const {
    using K = ast::ExprKind;
    switch (e.kind) {
        case K::Literal:
            switch (e.value.kind()) {
                case graph::Value::Kind::Null: return VarType::Null;
                case graph::Value::Kind::Bool: return VarType::Bool;
                case graph::Value::Kind::Int: return VarType::Int;
                case graph::Value::Kind::Double: return VarType::Float;
                case graph::Value::Kind::String: return VarType::String;
                default: return VarType::Value;
            }
        case K::List:
        case K::ListComprehension:
        case K::PatternComprehension: return VarType::List;
        case K::Map: return VarType::Map;
        case K::Comparison:
        case K::IsNull:
        case K::IsNotNull:
        case K::PatternPredicate:
        case K::LabelCheck: return VarType::Bool;
        case K::Variable: {
            auto it = scope.find(e.name);
            return it == scope.end() ? VarType::Value : it->second;
        }
        default: return VarType::Value;
    }
}

// Type errors the openCypher TCK expects at compile time, when operand types are known.
void Binder::checkTypes(const ast::Expr& e, const Scope& scope) const {
    using K = ast::ExprKind;
    auto notBoolean = [&](const ast::Expr& operand) {
        VarType t = staticType(operand, scope);
        return t != VarType::Value && t != VarType::Null && t != VarType::Bool;
    };
    auto fail = [&](const ast::Expr& at, const std::string& message, const char* type) {
        throw BindError(span(at), message, "InvalidArgumentType", type);
    };
    if ((e.kind == K::Unary && e.name == "NOT") ||
        (e.kind == K::Binary && (e.name == "AND" || e.name == "OR" || e.name == "XOR"))) {
        for (const auto& operand : e.args) {
            if (notBoolean(operand)) fail(operand, e.name + " needs Boolean operands", "SyntaxError");
        }
    }
    if (e.kind == K::Binary && e.name == "IN") {
        VarType t = staticType(e.args[1], scope);
        if (t != VarType::Value && t != VarType::Null && t != VarType::List) {
            fail(e.args[1], "IN needs a List on its right", "SyntaxError");
        }
    }
    if (e.kind == K::Property) {
        VarType t = staticType(e.args[0], scope);
        if (t != VarType::Value && t != VarType::Null && t != VarType::Map &&
            t != VarType::Node && t != VarType::Rel) {
            fail(e, "property `" + e.name + "` can only be read from a node, a relationship or a map",
                 "TypeError");
        }
    }
    if (e.kind == K::Function && e.args.size() == 1) {
        const FunctionInfo* f = findFunction(e.name);
        VarType t = staticType(e.args[0], scope);
        if (f && t != VarType::Value && t != VarType::Null) {
            bool ok = true;
            if (f->name == "labels") ok = t == VarType::Node;
            if (f->name == "type") ok = t == VarType::Rel;
            if (f->name == "properties") ok = t == VarType::Node || t == VarType::Rel || t == VarType::Map;
            if (!ok) fail(e.args[0], "function `" + f->name + "` cannot take this argument", "SyntaxError");
        }
    }
}

void Binder::bindExpression(const ast::Expr& e, const Scope& scope, bool allowAggregates,
                            bool insideAggregate) {
    using K = ast::ExprKind;
    if (!projectedTexts_.empty() && e.kind != K::Variable &&
        std::find(projectedTexts_.begin(), projectedTexts_.end(), textOf(e)) !=
            projectedTexts_.end()) {
        return;
    }
    checkTypes(e, scope);
    switch (e.kind) {
        case K::IntegerOverflow:
            throw BindError(span(e), "integer literal " + e.value.asString() + " is too large",
                            "IntegerOverflow");
        case K::Variable:
            if (!scope.count(e.name)) {
                std::vector<std::string> names;
                for (const auto& [k, v] : scope) names.push_back(k);
                throw BindError::undefinedVariable(e.name, span(e), nearestName(e.name, names));
            }
            return;
        case K::CountStar:
            if (!allowAggregates) {
                throw BindError(span(e), "count(*) can only be used in WITH, RETURN or ORDER BY",
                                "InvalidAggregation");
            }
            return;
        case K::Function: {
            const FunctionInfo* f = findFunction(e.name);
            if (!f) {
                SourceSpan name{span(e).begin, span(e).begin + e.name.size()};
                throw BindError::unknownFunction(e.name, name, nearestName(e.name, functionNames()));
            }
            if (e.args.size() < f->minArgs || e.args.size() > f->maxArgs) {
                throw BindError::wrongArgumentCount(f->name, e.args.size(), f->minArgs,
                                                    f->maxArgs, span(e));
            }
            if (f->aggregate) {
                if (!allowAggregates) {
                    throw BindError(span(e), "aggregate `" + f->name +
                                                 "` can only be used in WITH, RETURN or ORDER BY",
                                    "InvalidAggregation");
                }
                if (insideAggregate) {
                    throw BindError(span(e), "aggregates cannot be nested", "NestedAggregation");
                }
                for (const auto& a : e.args) {
                    bindExpression(a, scope, true, true);
                }
                return;
            }
            break;
        }
        case K::Quantifier:
        case K::ListComprehension: {
            bindExpression(e.args[0], scope, allowAggregates, insideAggregate);
            Scope inner = scope;
            inner[e.name] = VarType::Value;
            for (std::size_t i = 1; i < e.args.size(); ++i) {
                if (e.args[i].kind != K::Absent) bindExpression(e.args[i], inner, false);
            }
            return;
        }
        case K::PatternComprehension:
        case K::PatternPredicate: {
            Scope inner = scope;
            std::vector<ast::PatternPart> parts{*e.pattern};
            for (const auto& n : e.pattern->nodes) {
                if (n.properties.kind != K::Absent) bindExpression(n.properties, scope, false);
                if (!n.variable.empty()) inner[n.variable] = VarType::Node;
            }
            for (const auto& r : e.pattern->rels) {
                if (!r.variable.empty()) {
                    inner[r.variable] = r.variableLength ? VarType::Value : VarType::Rel;
                }
            }
            if (e.kind == K::PatternPredicate) {
                for (const auto& n : e.pattern->nodes) {
                    if (!n.variable.empty() && !scope.count(n.variable)) {
                        throw BindError(span(n), "a pattern used as a predicate cannot introduce `" +
                                                     n.variable + "`",
                                        "UndefinedVariable");
                    }
                }
            }
            if (!e.name.empty()) inner[e.name] = VarType::Path;
            for (const auto& a : e.args) {
                if (a.kind != K::Absent) bindExpression(a, inner, false);
            }
            return;
        }
        default: break;
    }
    for (const auto& a : e.args) {
        if (a.kind != K::Absent) bindExpression(a, scope, allowAggregates, insideAggregate);
    }
}

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
    (void)namesOf;
    return p;
}

}  // namespace newsgraph::query
