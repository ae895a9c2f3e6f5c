// A MATCH followed by an aggregating WITH or RETURN: rows are grouped and aggregated as
// the pattern matcher finds them, so memory follows the number of groups (and the values
// that collect(), DISTINCT and percentiles must keep), not the number of rows.
#include <map>

#include "shell/query/binder.h"
#include "shell/query/evaluator.h"
#include "shell/query/functions.h"

namespace newsgraph::query {

namespace {

// One aggregate of one group so far.
struct Running {
    std::int64_t count = 0;            // count(*) and plain count(x)
    std::vector<RuntimeValue> values;  // the non-null arguments, for every other aggregate
};

bool countsOnly(const ast::Expr& call) {
    if (call.kind == ast::ExprKind::CountStar) return true;
    const FunctionInfo* function = findFunction(call.name);
    return !call.distinct && function && function->name == "count";
}

}  // namespace

void Evaluator::applyMatchGrouped(const ast::Clause& match, const ast::Clause& projectionClause,
                                  Table& table) {
    const BoundProjection& projection = bound_.projections.at(&projectionClause);
    const std::size_t width = projection.columns.size();
    std::vector<std::size_t> keyColumns;
    for (std::size_t c = 0; c < width; ++c) {
        if (!projection.exprs[c] || !containsAggregate(*projection.exprs[c])) keyColumns.push_back(c);
    }
    std::vector<bool> counting;
    for (const ast::Expr* call : projection.aggregates) counting.push_back(countsOnly(*call));

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
            if (counting[a]) {
                ++group[a].count;
            } else {
                group[a].values.push_back(std::move(v));
            }
        }
    });

    for (std::size_t g = 0; g < running.size(); ++g) {
        checkCancelled();
        const Scope first{&columns, &grouped.firstRows.rows[g], nullptr, nullptr};
        Aggregates values;
        for (std::size_t a = 0; a < projection.aggregates.size(); ++a) {
            const ast::Expr* call = projection.aggregates[a];
            values[call] = counting[a] ? RuntimeValue(running[g][a].count)
                                       : aggregateValues(*call, std::move(running[g][a].values),
                                                         &first);
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
