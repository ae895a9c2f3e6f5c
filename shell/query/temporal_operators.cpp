// Arithmetic on temporal values and durations (see temporal_functions.h).
#include "shell/query/error.h"
#include "shell/query/temporal_functions.h"
#include "shell/query/temporal_map.h"
#include "temporal/temporal_arithmetic.h"

namespace newsgraph::query {

std::optional<RuntimeValue> temporalArithmetic(const std::string& op, const RuntimeValue& a,
                                               const RuntimeValue& b, SourceSpan at) {
    const bool involved = a.isTemporal() || a.isDuration() || b.isTemporal() || b.isDuration();
    if (!involved) return std::nullopt;
    try {
        if (a.isTemporal() && b.isDuration() && (op == "+" || op == "-")) {
            return temporal::shift(a.asTemporal(), b.asDuration(), op == "+" ? 1 : -1);
        }
        if (a.isDuration() && b.isTemporal() && op == "+") {
            return temporal::shift(b.asTemporal(), a.asDuration(), 1);
        }
        if (a.isDuration() && b.isDuration() && (op == "+" || op == "-")) {
            return op == "+" ? temporal::add(a.asDuration(), b.asDuration())
                             : temporal::subtract(a.asDuration(), b.asDuration());
        }
        auto factor = [](const RuntimeValue& n) {
            return n.isInt() ? static_cast<long double>(n.asInt())
                             : static_cast<long double>(n.asDouble());
        };
        if (a.isDuration() && b.isNumber() && (op == "*" || op == "/")) {
            return op == "*" ? temporal::multiply(a.asDuration(), factor(b))
                             : temporal::divide(a.asDuration(), factor(b));
        }
        if (a.isNumber() && b.isDuration() && op == "*") {
            return temporal::multiply(b.asDuration(), factor(a));
        }
    } catch (const temporal::TemporalError& e) {
        throwTemporalError(e, at);
    }
    throw EvalError(at, "operator " + op + " cannot combine " + std::string(typeName(a)) +
                            " and " + typeName(b),
                    "TypeError", "InvalidArgumentType");
}

}  // namespace newsgraph::query
