// A MATCH followed by an aggregating WITH or RETURN: rows are grouped and aggregated as
// the pattern matcher finds them, so memory follows the number of groups (and the values
// that collect(), DISTINCT and percentiles must keep), not the number of rows.
#include <map>

#include "shell/query/binder.h"
#include "shell/query/evaluator.h"
#include "shell/query/functions.h"

namespace newsgraph::query {

namespace {

// How an aggregate runs: by a count, a best value so far, a running sum, or by keeping
// every argument (collect, DISTINCT, percentiles, deviations).
enum class RunKind { Count, Min, Max, Sum, Avg, Keep };

RunKind runKindOf(const ast::Expr& call) {
    if (call.kind == ast::ExprKind::CountStar) return RunKind::Count;
    const FunctionInfo* function = findFunction(call.name);
    if (call.distinct || !function) return RunKind::Keep;
    if (function->name == "count") return RunKind::Count;
    if (function->name == "min") return RunKind::Min;
    if (function->name == "max") return RunKind::Max;
    if (function->name == "sum") return RunKind::Sum;
    if (function->name == "avg") return RunKind::Avg;
    return RunKind::Keep;
}

// One aggregate of one group so far.
struct Running {
    std::int64_t count = 0;            // count(*) and count(x)
    std::vector<RuntimeValue> values;  // Min/Max: the best so far; Keep: every argument
    NumberSum sum;                     // Sum/Avg
};

}  // namespace

void Evaluator::applyMatchGrouped(const ast::Clause& match, const ast::Clause& projectionClause,
                                  Table& table) {
    const BoundProjection& projection = bound_.projections.at(&projectionClause);
    const std::size_t width = projection.columns.size();
    std::vector<std::size_t> keyColumns;
    for (std::size_t c = 0; c < width; ++c) {
        if (!projection.exprs[c] || !containsAggregate(*projection.exprs[c])) keyColumns.push_back(c);
    }
    std::vector<RunKind> kinds;
    for (const ast::Expr* call : projection.aggregates) kinds.push_back(runKindOf(*call));

    Grouped grouped;
    std::vector<std::vector<Running>> running;  // by group, then by aggregate
    std::map<std::vector<RuntimeValue>, std::size_t, RowLess> groupOf{RowLess{&graph_}};
    std::vector<std::string>& columns = grouped.firstRows.columns;
    matchRows(match, table, columns, [&](const std::vector<RuntimeValue>& row) {
        const Scope scope{&columns, &row, nullptr, nullptr};
        std::vector<RuntimeValue> key;
        for (std::size_t c : keyColumns) {
            if (projection.exprs[c]) {
                key.push_back(eval(*projection.exprs[c], scope));
            } else {
                ast::Expr variable;
                variable.kind = ast::ExprKind::Variable;
                variable.name = projection.columns[c];
                key.push_back(eval(variable, scope));
            }
        }
        auto [it, added] = groupOf.emplace(std::move(key), running.size());
        if (added) {
            grouped.firstRows.rows.push_back(row);
            running.emplace_back(projection.aggregates.size());
        }
        std::vector<Running>& group = running[it->second];
        for (std::size_t a = 0; a < projection.aggregates.size(); ++a) {
            const ast::Expr& call = *projection.aggregates[a];
            if (call.kind == ast::ExprKind::CountStar) {
                ++group[a].count;
                continue;
            }
            RuntimeValue v = eval(call.args[0], scope);
            if (v.isNull()) continue;
            Running& run = group[a];
            switch (kinds[a]) {
                case RunKind::Count: ++run.count; break;
                case RunKind::Min:
                case RunKind::Max: {
                    // The fold of aggregateValues, one value at a time.
                    const int c = run.values.empty() ? 0 : orderCompare(v, run.values[0], graph_);
                    if (run.values.empty()) {
                        run.values.push_back(std::move(v));
                    } else if ((kinds[a] == RunKind::Min && c < 0) || (kinds[a] == RunKind::Max && c > 0)) {
                        run.values[0] = std::move(v);
                    }
                    break;
                }
                case RunKind::Sum:
                case RunKind::Avg: addToSum(call, v, run.sum); break;
                case RunKind::Keep: run.values.push_back(std::move(v)); break;
            }
        }
    });

    for (std::size_t g = 0; g < running.size(); ++g) {
        checkCancelled();
        const Scope first{&columns, &grouped.firstRows.rows[g], nullptr, nullptr};
        Aggregates values;
        for (std::size_t a = 0; a < projection.aggregates.size(); ++a) {
            const ast::Expr* call = projection.aggregates[a];
            Running& run = running[g][a];
            switch (kinds[a]) {
                case RunKind::Count: values[call] = RuntimeValue(run.count); break;
                case RunKind::Sum: values[call] = sumResult("sum", run.sum); break;
                case RunKind::Avg: values[call] = sumResult("avg", run.sum); break;
                default: values[call] = aggregateValues(*call, std::move(run.values), &first);
            }
        }
        grouped.aggregates.push_back(std::move(values));
    }
    table = std::move(grouped.firstRows);
    grouped.firstRows = {};
    applyProjection(projectionClause, table, &grouped);
}

void Evaluator::applyStoredCount(const StoredCount& count, const ast::Clause& projectionClause,
                                 Table& table) {
    std::size_t n = 0;
    switch (count.kind) {
        case StoredCount::Kind::NodesWithLabel: n = graph_.nodesWithLabel(count.label).size(); break;
        case StoredCount::Kind::AllNodes: n = graph_.nodeCount(); break;
        case StoredCount::Kind::AllRelationships: n = graph_.edgeCount(); break;
    }
    const BoundProjection& projection = bound_.projections.at(&projectionClause);
    Grouped grouped;
    grouped.firstRows.rows.emplace_back();  // the one group, of no columns
    Aggregates values;
    for (const ast::Expr* call : projection.aggregates) values[call] = RuntimeValue(static_cast<std::int64_t>(n));
    grouped.aggregates.push_back(std::move(values));
    table = std::move(grouped.firstRows);
    grouped.firstRows = {};
    applyProjection(projectionClause, table, &grouped);
}

}  // namespace newsgraph::query
