// Operators: boolean logic, IN, string predicates, arithmetic, subscripts and slices.
#include <algorithm>
#include <cmath>
#include <limits>

#include "shell/query/error.h"
#include "shell/query/evaluator.h"
#include "shell/query/regex_match.h"
#include "shell/query/temporal_functions.h"

namespace newsgraph::query {

namespace {
using K = ast::ExprKind;
}  // namespace

RuntimeValue Evaluator::evalBinary(const ast::Expr& e, const Scope& scope) {
    const std::string& op = e.name;
    if (op == "AND" || op == "OR" || op == "XOR") {
        auto a = truth(eval(e.args[0], scope), e.args[0]);
        if (op == "AND" && a && !*a) return false;
        if (op == "OR" && a && *a) return true;
        auto b = truth(eval(e.args[1], scope), e.args[1]);
        if (op == "AND") {
            if (b && !*b) return false;
            if (!a || !b) return {};
            return true;
        }
        if (op == "OR") {
            if (b && *b) return true;
            if (!a || !b) return {};
            return false;
        }
        if (!a || !b) return {};
        return *a != *b;
    }
    RuntimeValue a = eval(e.args[0], scope);
    RuntimeValue b = eval(e.args[1], scope);
    if (op == "IN") {
        if (b.isNull()) return {};
        if (!b.isList()) {
            throw EvalError::typeMismatch("IN", "a List", kindName(b.kind()), span(e));
        }
        bool unknown = false;
        for (const auto& item : b.asList()) {
            auto eq = cypherEquals(a, item, graph_);
            if (eq && *eq) return true;
            if (!eq) unknown = true;
        }
        if (unknown) return {};
        return false;
    }
    if (op == "STARTS WITH" || op == "ENDS WITH" || op == "CONTAINS" || op == "=~") {
        if (!a.isString() || !b.isString()) return {};
        const std::string& s = a.asString();
        const std::string& t = b.asString();
        if (op == "STARTS WITH") return s.compare(0, t.size(), t) == 0 && s.size() >= t.size();
        if (op == "ENDS WITH") {
            return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
        }
        if (op == "CONTAINS") return s.find(t) != std::string::npos;
        std::string error;
        if (auto matched = regexFullMatch(s, t, error)) return *matched;
        throw EvalError(span(e.args[1]), "invalid regular expression `" + t + "`: " + error,
                        "ArgumentError", "InvalidArgumentValue");
    }
    return evalArithmetic(op, a, b, e);
}

RuntimeValue Evaluator::evalArithmetic(const std::string& op, const RuntimeValue& a,
                                       const RuntimeValue& b, const ast::Expr& e) {
    if (a.isNull() || b.isNull()) return {};
    if (!a.isList() && !b.isList()) {
        if (auto result = temporalArithmetic(op, a, b, span(e))) return *result;
    }
    if (op == "+") {
        if (a.isList() || b.isList()) {
            RuntimeValue::List out;
            if (a.isList()) out = a.asList();
            else out.push_back(a);
            if (b.isList()) out.insert(out.end(), b.asList().begin(), b.asList().end());
            else out.push_back(b);
            return out;
        }
        if (a.isString() || b.isString()) {
            auto asText = [&](const RuntimeValue& v) -> std::string {
                if (v.isString()) return v.asString();
                if (v.isInt()) return std::to_string(v.asInt());
                if (v.isDouble()) return formatFloat(v.asDouble());
                if (v.isBool()) return v.asBool() ? "true" : "false";
                throw EvalError(span(e), "cannot add " + kindWithArticle(v.kind()) +
                                             " to a String",
                                "TypeError", "InvalidArgumentType");
            };
            return asText(a) + asText(b);
        }
    }
    if (!a.isNumber() || !b.isNumber()) {
        throw EvalError(span(e), "operator " + op + " cannot combine " +
                                     kindWithArticle(a.kind()) + " and " +
                                     kindWithArticle(b.kind()),
                        "TypeError", "InvalidArgumentType");
    }
    if (op == "^") return std::pow(a.asNumber(), b.asNumber());
    if (a.isInt() && b.isInt()) {
        std::int64_t x = a.asInt(), y = b.asInt(), r = 0;
        bool overflow = false;
        if (op == "+") overflow = __builtin_add_overflow(x, y, &r);
        else if (op == "-") overflow = __builtin_sub_overflow(x, y, &r);
        else if (op == "*") overflow = __builtin_mul_overflow(x, y, &r);
        else {
            if (y == 0) {
                throw EvalError(span(e), "division by zero", "ArithmeticError", "DivisionByZero");
            }
            if (x == std::numeric_limits<std::int64_t>::min() && y == -1) overflow = true;
            else r = op == "/" ? x / y : x % y;
        }
        if (overflow) {
            throw EvalError(span(e), "integer overflow", "ArithmeticError", "IntegerOverflow");
        }
        return r;
    }
    double x = a.asNumber(), y = b.asNumber();
    if (op == "+") return x + y;
    if (op == "-") return x - y;
    if (op == "*") return x * y;
    if (op == "/") return x / y;
    return std::fmod(x, y);
}

RuntimeValue Evaluator::evalSubscript(const ast::Expr& e, const Scope& scope) {
    RuntimeValue base = eval(e.args[0], scope);
    if (e.kind == K::Subscript) {
        RuntimeValue index = eval(e.args[1], scope);
        if (base.isNull() || index.isNull()) return {};
        if (base.isList()) {
            if (!index.isInt()) {
                throw EvalError(span(e.args[1]), std::string("a List index must be an Integer, not ") +
                                                     kindName(index.kind()),
                                "TypeError", "InvalidArgumentType");
            }
            auto n = static_cast<std::int64_t>(base.asList().size());
            std::int64_t i = index.asInt() < 0 ? index.asInt() + n : index.asInt();
            if (i < 0 || i >= n) return {};
            return base.asList()[static_cast<std::size_t>(i)];
        }
        if (base.isMap() || base.isNode() || base.isRel()) {
            if (!index.isString()) {
                throw EvalError(span(e.args[1]), "a Map key must be a String", "TypeError",
                                "MapElementAccessByNonString");
            }
            if (base.isNode()) return fromProperty(graph_.node(base.asNode()).property(index.asString()));
            if (base.isRel()) return fromProperty(graph_.edge(base.asRel()).property(index.asString()));
            auto it = base.asMap().find(index.asString());
            return it == base.asMap().end() ? RuntimeValue() : it->second;
        }
        throw EvalError(span(e), "cannot index " + kindWithArticle(base.kind()),
                        "TypeError", "InvalidArgumentType");
    }
    RuntimeValue from = e.args[1].kind == K::Absent ? RuntimeValue(0) : eval(e.args[1], scope);
    RuntimeValue to = e.args[2].kind == K::Absent ? RuntimeValue() : eval(e.args[2], scope);
    if (base.isNull() || from.isNull() || (e.args[2].kind != K::Absent && to.isNull())) return {};
    if (!base.isList()) {
        throw EvalError(span(e), "cannot slice " + kindWithArticle(base.kind()),
                        "TypeError", "InvalidArgumentType");
    }
    auto n = static_cast<std::int64_t>(base.asList().size());
    auto clampIndex = [n](std::int64_t i) { return std::clamp(i < 0 ? i + n : i, std::int64_t{0}, n); };
    if (!from.isInt() || (!to.isNull() && !to.isInt())) {
        throw EvalError(span(e), "slice bounds must be Integers", "TypeError", "InvalidArgumentType");
    }
    std::int64_t b = clampIndex(from.asInt());
    std::int64_t end = to.isNull() ? n : clampIndex(to.asInt());
    if (end <= b) return RuntimeValue::List{};
    return RuntimeValue::List(base.asList().begin() + b, base.asList().begin() + end);
}

}  // namespace newsgraph::query
