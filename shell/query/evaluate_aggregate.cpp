// Aggregate functions over the rows of one group (count, collect, sum, avg, min, max,
// percentiles, standard deviations), with DISTINCT.
#include <algorithm>
#include <cmath>

#include "shell/query/error.h"
#include "shell/query/evaluator.h"
#include "shell/query/functions.h"

namespace newsgraph::query {

namespace {
using K = ast::ExprKind;
}  // namespace

RuntimeValue Evaluator::aggregate(const ast::Expr& call, const std::vector<const Scope*>& rows) {
    if (call.kind == K::CountStar) return static_cast<std::int64_t>(rows.size());
    std::vector<RuntimeValue> values;
    for (const Scope* row : rows) {
        RuntimeValue v = eval(call.args[0], *row);
        if (!v.isNull()) values.push_back(std::move(v));
    }
    return aggregateValues(call, std::move(values), rows.empty() ? nullptr : rows[0]);
}

RuntimeValue Evaluator::aggregateValues(const ast::Expr& call, std::vector<RuntimeValue> values,
                                        const Scope* first) {
    if (call.kind == K::CountStar) return static_cast<std::int64_t>(values.size());
    std::string name = findFunction(call.name)->name;
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
        RuntimeValue p = !first ? RuntimeValue() : eval(call.args[1], *first);
        if (first && (!p.isNumber() || p.asNumber() < 0 || p.asNumber() > 1)) {
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
    NumberSum sum;
    for (const auto& v : values) addToSum(call, v, sum);
    return sumResult(name, sum);
}

void Evaluator::addToSum(const ast::Expr& call, const RuntimeValue& v, NumberSum& sum) {
    if (!v.isNumber()) {
        throw EvalError(span(call), findFunction(call.name)->name + "() needs numbers, not " + kindName(v.kind()),
                        "TypeError", "InvalidArgumentType");
    }
    if (!v.isInt() || __builtin_add_overflow(sum.intTotal, v.asInt(), &sum.intTotal)) sum.allInts = false;
    sum.total += v.asNumber();
    ++sum.count;
}

RuntimeValue Evaluator::sumResult(const std::string& name, const NumberSum& sum) {
    if (name == "sum") return sum.allInts ? RuntimeValue(sum.intTotal) : RuntimeValue(sum.total);
    if (sum.count == 0) return {};
    return sum.total / static_cast<double>(sum.count);
}

}  // namespace newsgraph::query
