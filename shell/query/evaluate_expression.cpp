// Expressions: openCypher's values, operators and null rules (see evaluator.h).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <regex>

#include "shell/query/error.h"
#include "shell/query/evaluator.h"
#include "shell/query/functions.h"

namespace newsgraph::query {

namespace {
using K = ast::ExprKind;
}  // namespace

std::string Evaluator::textOf(const boost::spirit::x3::position_tagged& node) const {
    SourceSpan s = span(node);
    const std::string& text = *bound_.text;
    if (s.end <= s.begin || s.end > text.size()) return "";
    return text.substr(s.begin, s.end - s.begin);
}

void Evaluator::checkCancelled() {
    if (cancel_ && (++steps_ & 0x3FF) == 0 && cancel_->load()) throw EvalError::cancelled();
}

std::optional<bool> Evaluator::truth(const RuntimeValue& v, const ast::Expr& e) {
    if (v.isNull()) return std::nullopt;
    if (!v.isBool()) {
        throw EvalError(span(e), std::string("expected a Boolean, not ") + kindName(v.kind()),
                        "TypeError", "InvalidArgumentType");
    }
    return v.asBool();
}

RuntimeValue Evaluator::eval(const ast::Expr& e, const Scope& scope) {
    // Precomputed values: aggregates of the group, and ORDER BY / WHERE sub-expressions
    // written like a projected item.
    for (const Scope* s = &scope; s; s = s->parent) {
        if (s->aggregates) {
            auto it = s->aggregates->find(&e);
            if (it != s->aggregates->end()) return it->second;
        }
    }
    switch (e.kind) {
        case K::Absent:
        case K::IntegerOverflow: return {};
        case K::Literal: return fromProperty(e.value);
        case K::Parameter: {
            auto it = parameters_.find(e.name);
            if (it == parameters_.end()) {
                throw EvalError(span(e), "parameter $" + e.name + " was not given",
                                "ParameterNotFound", "ParameterMissing");
            }
            return it->second;
        }
        case K::Variable: {
            for (const Scope* s = &scope; s; s = s->parent) {
                if (!s->names) continue;
                for (std::size_t i = s->names->size(); i-- > 0;) {
                    if ((*s->names)[i] == e.name) return (*s->values)[i];
                }
            }
            throw BindError::undefinedVariable(e.name, span(e), "");
        }
        case K::Property: {
            RuntimeValue base = eval(e.args[0], scope);
            if (base.isNull()) return {};
            if (base.isNode()) return fromProperty(graph_.node(base.asNode()).property(e.name));
            if (base.isRel()) return fromProperty(graph_.edge(base.asRel()).property(e.name));
            if (base.isMap()) {
                auto it = base.asMap().find(e.name);
                return it == base.asMap().end() ? RuntimeValue() : it->second;
            }
            throw EvalError(span(e), std::string("cannot read property `") + e.name + "` of a " +
                                         kindName(base.kind()),
                            "TypeError", "InvalidArgumentType");
        }
        case K::List: {
            RuntimeValue::List out;
            for (const auto& a : e.args) out.push_back(eval(a, scope));
            return out;
        }
        case K::Map: {
            RuntimeValue::Map out;
            for (std::size_t i = 0; i < e.args.size(); ++i) {
                out[e.keys[i]] = eval(e.args[i], scope);
            }
            return out;
        }
        case K::CountStar:
        case K::Function: {
            for (const Scope* s = &scope; s; s = s->parent) {
                if (s->aggregates) {
                    auto it = s->aggregates->find(&e);
                    if (it != s->aggregates->end()) return it->second;
                }
            }
            const FunctionInfo* f = findFunction(e.name);
            if (!f || f->aggregate) {
                throw BindError(span(e), "aggregate `" + e.name + "` cannot be used here",
                                "InvalidAggregation");
            }
            std::vector<RuntimeValue> args;
            for (const auto& a : e.args) args.push_back(eval(a, scope));
            return callScalar(*f, args, graph_, span(e));
        }
        case K::Unary: {
            RuntimeValue v = eval(e.args[0], scope);
            if (e.name == "NOT") {
                auto t = truth(v, e.args[0]);
                if (!t) return {};
                return !*t;
            }
            if (v.isNull()) return {};
            if (!v.isNumber()) {
                throw EvalError(span(e), std::string("unary ") + e.name + " needs a number, not " +
                                             kindName(v.kind()),
                                "TypeError", "InvalidArgumentType");
            }
            if (e.name == "+") return v;
            if (v.isDouble()) return -v.asDouble();
            if (v.asInt() == std::numeric_limits<std::int64_t>::min()) {
                throw EvalError(span(e), "integer overflow", "ArithmeticError", "IntegerOverflow");
            }
            return -v.asInt();
        }
        case K::Binary: return evalBinary(e, scope);
        case K::Comparison: {
            std::optional<bool> result = true;
            RuntimeValue left = eval(e.args[0], scope);
            for (std::size_t i = 0; i < e.keys.size(); ++i) {
                RuntimeValue right = eval(e.args[i + 1], scope);
                const std::string& op = e.keys[i];
                std::optional<bool> r;
                bool nan = (left.isDouble() && std::isnan(left.asDouble()) && right.isNumber()) ||
                           (right.isDouble() && std::isnan(right.asDouble()) && left.isNumber());
                if (nan) {
                    r = op == "<>";
                } else if (op == "=" || op == "<>") {
                    auto eq = cypherEquals(left, right, graph_);
                    if (eq) r = op == "=" ? *eq : !*eq;
                } else {
                    auto c = cypherCompare(left, right, graph_);
                    if (c) {
                        r = op == "<"    ? *c < 0
                            : op == "<=" ? *c <= 0
                            : op == ">"  ? *c > 0
                                         : *c >= 0;
                    }
                }
                if (r && !*r) return false;
                if (!r) result = std::nullopt;
                left = std::move(right);
            }
            if (!result) return {};
            return true;
        }
        case K::IsNull: return eval(e.args[0], scope).isNull();
        case K::IsNotNull: return !eval(e.args[0], scope).isNull();
        case K::Subscript:
        case K::Slice: return evalSubscript(e, scope);
        case K::Case: {
            std::size_t i = 0;
            RuntimeValue subject;
            if (e.hasSubject) subject = eval(e.args[i++], scope);
            std::size_t end = e.args.size() - (e.hasElse ? 1 : 0);
            for (; i + 2 <= end; i += 2) {
                RuntimeValue when = eval(e.args[i], scope);
                bool hit;
                if (e.hasSubject) {
                    auto eq = cypherEquals(subject, when, graph_);
                    hit = eq && *eq;
                } else {
                    hit = when.isBool() && when.asBool();
                }
                if (hit) return eval(e.args[i + 1], scope);
            }
            if (e.hasElse) return eval(e.args.back(), scope);
            return {};
        }
        case K::ListComprehension: {
            RuntimeValue list = eval(e.args[0], scope);
            if (list.isNull()) return {};
            if (!list.isList()) {
                throw EvalError(span(e.args[0]), std::string("IN expects a List, not ") +
                                                     kindName(list.kind()),
                                "TypeError", "InvalidArgumentType");
            }
            RuntimeValue::List out;
            std::vector<std::string> names{e.name};
            std::vector<RuntimeValue> values(1);
            Scope inner{&names, &values, &scope, nullptr};
            for (const auto& item : list.asList()) {
                values[0] = item;
                if (e.args[1].kind != K::Absent) {
                    auto keep = truth(eval(e.args[1], inner), e.args[1]);
                    if (!keep || !*keep) continue;
                }
                out.push_back(e.args[2].kind != K::Absent ? eval(e.args[2], inner) : item);
            }
            return out;
        }
        case K::Quantifier: {
            RuntimeValue list = eval(e.args[0], scope);
            if (list.isNull()) return {};
            if (!list.isList()) {
                throw EvalError(span(e.args[0]), std::string("IN expects a List, not ") +
                                                     kindName(list.kind()),
                                "TypeError", "InvalidArgumentType");
            }
            std::vector<std::string> names{e.name};
            std::vector<RuntimeValue> values(1);
            Scope inner{&names, &values, &scope, nullptr};
            std::size_t trues = 0, nulls = 0;
            for (const auto& item : list.asList()) {
                values[0] = item;
                std::optional<bool> t = true;
                if (e.args[1].kind != K::Absent) t = truth(eval(e.args[1], inner), e.args[1]);
                if (!t) ++nulls;
                else if (*t) ++trues;
            }
            std::size_t falses = list.asList().size() - trues - nulls;
            const std::string& q = e.keys[0];
            auto lower = [](std::string s) {
                for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                return s;
            };
            std::string which = lower(q);
            if (which == "all") {
                if (falses) return false;
                if (nulls) return {};
                return true;
            }
            if (which == "any") {
                if (trues) return true;
                if (nulls) return {};
                return false;
            }
            if (which == "none") {
                if (trues) return false;
                if (nulls) return {};
                return true;
            }
            if (trues > 1) return false;
            if (nulls) return {};
            return trues == 1;
        }
        case K::PatternComprehension:
        case K::PatternPredicate: return evalPatternExpression(e, scope);
        case K::LabelCheck: {
            RuntimeValue v = eval(e.args[0], scope);
            if (v.isNull()) return {};
            if (!v.isNode()) {
                throw EvalError(span(e), "a label check needs a Node", "TypeError",
                                "InvalidArgumentType");
            }
            for (const auto& label : e.keys) {
                if (!graph_.node(v.asNode()).hasLabel(label)) return false;
            }
            return true;
        }
    }
    return {};
}

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
            throw EvalError(span(e), std::string("IN expects a List, not ") + kindName(b.kind()),
                            "TypeError", "InvalidArgumentType");
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
        try {
            return std::regex_match(s, std::regex(t, std::regex::ECMAScript));
        } catch (const std::regex_error&) {
            throw EvalError(span(e.args[1]), "invalid regular expression `" + t + "`",
                            "ArgumentError", "InvalidArgumentValue");
        }
    }
    return evalArithmetic(op, a, b, e);
}

RuntimeValue Evaluator::evalArithmetic(const std::string& op, const RuntimeValue& a,
                                       const RuntimeValue& b, const ast::Expr& e) {
    if (a.isNull() || b.isNull()) return {};
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
                throw EvalError(span(e), std::string("cannot add a ") + kindName(v.kind()) +
                                             " to a String",
                                "TypeError", "InvalidArgumentType");
            };
            return asText(a) + asText(b);
        }
    }
    if (!a.isNumber() || !b.isNumber()) {
        auto article = [](RuntimeValue::Kind k) {
            std::string name = kindName(k);
            return (name[0] == 'I' ? "an " : "a ") + name;
        };
        throw EvalError(span(e), "operator " + op + " cannot combine " + article(a.kind()) +
                                     " and " + article(b.kind()),
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
        throw EvalError(span(e), std::string("cannot index a ") + kindName(base.kind()),
                        "TypeError", "InvalidArgumentType");
    }
    RuntimeValue from = e.args[1].kind == K::Absent ? RuntimeValue(0) : eval(e.args[1], scope);
    RuntimeValue to = e.args[2].kind == K::Absent ? RuntimeValue() : eval(e.args[2], scope);
    if (base.isNull() || from.isNull() || (e.args[2].kind != K::Absent && to.isNull())) return {};
    if (!base.isList()) {
        throw EvalError(span(e), std::string("cannot slice a ") + kindName(base.kind()),
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

RuntimeValue Evaluator::aggregate(const ast::Expr& call, const std::vector<const Scope*>& rows) {
    if (call.kind == K::CountStar) return static_cast<std::int64_t>(rows.size());
    std::string name = findFunction(call.name)->name;
    std::vector<RuntimeValue> values;
    for (const Scope* row : rows) {
        RuntimeValue v = eval(call.args[0], *row);
        if (!v.isNull()) values.push_back(std::move(v));
    }
    if (call.distinct) {
        std::vector<RuntimeValue> unique;
        for (auto& v : values) {
            bool seen = std::any_of(unique.begin(), unique.end(), [&](const RuntimeValue& u) {
                return orderCompare(u, v, graph_) == 0;
            });
            if (!seen) unique.push_back(v);
        }
        values = std::move(unique);
    }
    if (name == "count") return static_cast<std::int64_t>(values.size());
    if (name == "collect") return RuntimeValue::List(values);
    if (name == "min" || name == "max") {
        if (values.empty()) return {};
        RuntimeValue best = values[0];
        for (const auto& v : values) {
            int c = orderCompare(v, best, graph_);
            // Numbers sort after strings in ORDER BY, but min/max prefer numbers' own order.
            if ((name == "min" && c < 0) || (name == "max" && c > 0)) best = v;
        }
        return best;
    }
    if (name == "percentileDisc" || name == "percentileCont") {
        RuntimeValue p = rows.empty() ? RuntimeValue() : eval(call.args[1], *rows[0]);
        if (!rows.empty() && (!p.isNumber() || p.asNumber() < 0 || p.asNumber() > 1)) {
            throw EvalError(span(call.args[1]), name + "() needs a percentile between 0.0 and 1.0",
                            "ArgumentError", "NumberOutOfRange");
        }
        if (values.empty()) return {};
        for (const auto& v : values) {
            if (!v.isNumber()) {
                throw EvalError(span(call), name + "() needs numbers, not " + kindName(v.kind()),
                                "TypeError", "InvalidArgumentType");
            }
        }
        std::stable_sort(values.begin(), values.end(), [](const RuntimeValue& a, const RuntimeValue& b) {
            return a.asNumber() < b.asNumber();
        });
        double q = p.asNumber();
        double n = static_cast<double>(values.size());
        if (name == "percentileDisc") {
            auto index = static_cast<std::size_t>(std::max(0.0, std::ceil(q * n) - 1));
            return values[std::min(index, values.size() - 1)];
        }
        double position = q * (n - 1);
        auto lower = static_cast<std::size_t>(std::floor(position));
        auto upper = static_cast<std::size_t>(std::ceil(position));
        double low = values[lower].asNumber(), high = values[upper].asNumber();
        return low + (high - low) * (position - static_cast<double>(lower));
    }
    if (name == "stDev" || name == "stDevP") {
        if (values.size() < 2) return 0.0;
        double mean = 0;
        for (const auto& v : values) mean += v.asNumber();
        mean /= static_cast<double>(values.size());
        double squares = 0;
        for (const auto& v : values) squares += (v.asNumber() - mean) * (v.asNumber() - mean);
        double divisor = static_cast<double>(values.size()) - (name == "stDev" ? 1 : 0);
        return std::sqrt(squares / divisor);
    }
    // sum and avg
    bool allInts = true;
    double total = 0;
    std::int64_t intTotal = 0;
    for (const auto& v : values) {
        if (!v.isNumber()) {
            throw EvalError(span(call), name + "() needs numbers, not " + kindName(v.kind()),
                            "TypeError", "InvalidArgumentType");
        }
        if (v.isInt()) {
            if (__builtin_add_overflow(intTotal, v.asInt(), &intTotal)) allInts = false;
        } else {
            allInts = false;
        }
        total += v.asNumber();
    }
    if (name == "sum") {
        if (allInts) return intTotal;
        return total;
    }
    if (values.empty()) return {};
    return total / static_cast<double>(values.size());
}

}  // namespace newsgraph::query
