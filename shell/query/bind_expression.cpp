// Binding expressions: variables in scope, functions and their arity, aggregates where
// they may be, and the type errors visible before running.
#include <algorithm>

#include "shell/query/binder.h"
#include "shell/query/error.h"
#include "shell/query/functions.h"

namespace newsgraph::query {

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
        if (catalog_ && (t == VarType::Node || t == VarType::Rel)) {
            SourceSpan at = span(e);
            if (at.end > at.begin + e.name.size()) at.begin = at.end - e.name.size();
            checkName(e.name, catalog_->keys, "property", at);
        }
        if (t != VarType::Value && t != VarType::Null && t != VarType::Map &&
            t != VarType::Node && t != VarType::Rel) {
            fail(e, "property `" + e.name + "` can only be read from a node, a relationship or a map",
                 "TypeError");
        }
    }
    if (e.kind == K::Function && e.args.size() == 1 && e.args[0].kind == K::PatternPredicate &&
        findFunction(e.name) && findFunction(e.name)->name == "size") {
        throw BindError(span(e.args[0]), "size() of a pattern is not allowed; use a pattern "
                                         "comprehension: size([p = (a)-->() | p])",
                        "UnexpectedSyntax");
    }
    if (e.kind == K::Function && e.args.size() == 1) {
        const FunctionInfo* f = findFunction(e.name);
        VarType t = staticType(e.args[0], scope);
        if (f && t != VarType::Value && t != VarType::Null) {
            bool ok = true;
            if (f->name == "labels") ok = t == VarType::Node;
            if (f->name == "type") ok = t == VarType::Rel;
            if (f->name == "properties") ok = t == VarType::Node || t == VarType::Rel || t == VarType::Map;
            if (f->name == "size") ok = t != VarType::Path && t != VarType::Node && t != VarType::Rel;
            if (f->name == "length") ok = t == VarType::Path || t == VarType::String || t == VarType::List;
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
                for (const auto& r : e.pattern->rels) {
                    if (!r.variable.empty() && !scope.count(r.variable)) {
                        throw BindError(span(r), "a pattern used as a predicate cannot introduce `" +
                                                     r.variable + "`",
                                        "UndefinedVariable");
                    }
                }
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

}  // namespace newsgraph::query
