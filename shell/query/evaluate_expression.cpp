// Expressions: openCypher's values, operators and null rules (see evaluator.h).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <regex>

#include "shell/query/error.h"
#include "shell/query/evaluator.h"
#include "shell/query/memory_meter.h"
#include "shell/query/functions.h"
#include "shell/query/temporal_functions.h"

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
    if ((++steps_ & 0x3FF) != 0) return;
    if (cancel_ && cancel_->load()) throw EvalError::cancelled();
    if (memoryLimit_ != 0 && heapBytesInUse() > memoryStart_ + memoryLimit_) {
        throw EvalError::memoryLimit(memoryLimit_);
    }
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
            checkNotDeleted(base, e);
            if (base.isNode()) return fromProperty(graph_.node(base.asNode()).property(e.name));
            if (base.isRel()) return fromProperty(graph_.edge(base.asRel()).property(e.name));
            if (base.isTemporal() || base.isDuration()) return temporalField(base, e.name, span(e));
            if (base.isMap()) {
                auto it = base.asMap().find(e.name);
                return it == base.asMap().end() ? RuntimeValue() : it->second;
            }
            throw EvalError(span(e), std::string("cannot read property `") + e.name + "` of " +
                                         kindWithArticle(base.kind()),
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
            // What a deleted entity still has is its id and type; its labels and
            // properties are gone (openCypher's DeletedEntityAccess).
            if (!args.empty() && (f->name == std::string("labels") ||
                                  f->name == std::string("properties") ||
                                  f->name == std::string("keys"))) {
                checkNotDeleted(args[0], e);
            }
            if (f->temporal) return callTemporal(*f, args, clock_, span(e));
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
                throw EvalError::typeMismatch("IN", "a List", kindName(list.kind()),
                                              span(e.args[0]));
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
                throw EvalError::typeMismatch("IN", "a List", kindName(list.kind()),
                                              span(e.args[0]));
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
            if (v.isRel()) {
                const std::string& type = graph_.edge(v.asRel()).type;
                return std::all_of(e.keys.begin(), e.keys.end(),
                                   [&](const std::string& k) { return k == type; });
            }
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

}  // namespace newsgraph::query
