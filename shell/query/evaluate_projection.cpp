// WITH and RETURN: projection, grouping and aggregates, DISTINCT, ORDER BY, SKIP, LIMIT
// and WITH ... WHERE.
#include <algorithm>
#include <functional>
#include <map>
#include <cstdint>
#include <numeric>
#include <set>

#include "shell/query/binder.h"
#include "shell/query/error.h"
#include "shell/query/evaluator.h"

namespace newsgraph::query {

void Evaluator::applyProjection(const ast::Clause& clause, Table& table, Grouped* grouped) {
    const BoundProjection& projection = bound_.projections.at(&clause);
    const std::size_t width = projection.columns.size();
    const std::size_t skip = clause.skip.kind == ast::ExprKind::Absent
                                 ? 0
                                 : static_cast<std::size_t>(evalCount(clause.skip, "SKIP"));
    const std::size_t limit = clause.limit.kind == ast::ExprKind::Absent
                                  ? SIZE_MAX
                                  : static_cast<std::size_t>(evalCount(clause.limit, "LIMIT"));

    // Each output row keeps the input rows it came from, for ORDER BY and aggregates.
    struct Projected {
        std::vector<RuntimeValue> values;
        std::vector<std::size_t> sources;
        Aggregates aggregates;
    };
    std::vector<Projected> rows;
    auto evalItem = [&](std::size_t c, const Scope& scope) -> RuntimeValue {
        if (!projection.exprs[c]) {
            ast::Expr variable;
            variable.kind = ast::ExprKind::Variable;
            variable.name = projection.columns[c];
            return eval(variable, scope);
        }
        return eval(*projection.exprs[c], scope);
    };

    if (!projection.aggregating) {
        // Without DISTINCT or ORDER BY, rows past SKIP + LIMIT are never seen: not projected.
        std::size_t needed = table.rows.size();
        if (!clause.distinct && clause.orderBy.empty() && limit < needed &&
            skip < needed - limit) {
            needed = skip + limit;
        }
        for (std::size_t r = 0; r < needed; ++r) {
            checkCancelled();
            Scope scope{&table.columns, &table.rows[r], nullptr, nullptr};
            Projected p;
            for (std::size_t c = 0; c < width; ++c) p.values.push_back(evalItem(c, scope));
            p.sources.push_back(r);
            rows.push_back(std::move(p));
        }
    } else {
        // Group by the items without aggregates, in order of first appearance.
        std::vector<std::size_t> keyColumns;
        for (std::size_t c = 0; c < width; ++c) {
            if (!projection.exprs[c] || !containsAggregate(*projection.exprs[c])) keyColumns.push_back(c);
        }
        // Groups are found through an ordered index (equivalence = orderCompare == 0).
        std::map<std::vector<RuntimeValue>, std::size_t, RowLess> groupOf{RowLess{&graph_}};
        std::vector<Projected> groups;
        if (grouped) {  // grouped while matching: row g is group g's first row
            for (std::size_t g = 0; g < table.rows.size(); ++g) {
                groups.emplace_back();
                groups.back().sources.push_back(g);
                groups.back().aggregates = std::move(grouped->aggregates[g]);
            }
        }
        for (std::size_t r = 0; !grouped && r < table.rows.size(); ++r) {
            checkCancelled();
            Scope scope{&table.columns, &table.rows[r], nullptr, nullptr};
            std::vector<RuntimeValue> key;
            for (std::size_t c : keyColumns) key.push_back(evalItem(c, scope));
            auto [it, added] = groupOf.emplace(std::move(key), groups.size());
            if (added) groups.emplace_back();
            groups[it->second].sources.push_back(r);
        }
        if (groups.empty() && keyColumns.empty()) groups.emplace_back();
        for (auto& group : groups) {
            checkCancelled();
            std::vector<Scope> scopes;
            for (std::size_t r : group.sources) scopes.push_back({&table.columns, &table.rows[r], nullptr, nullptr});
            std::vector<const Scope*> pointers;
            for (auto& s : scopes) pointers.push_back(&s);
            if (!grouped || group.sources.empty()) {
                for (const ast::Expr* call : projection.aggregates) {
                    group.aggregates[call] = aggregate(*call, pointers);
                }
            }
            static const std::vector<RuntimeValue> kNoValues;
            static const std::vector<std::string> kNoNames;
            Scope scope = group.sources.empty()
                              ? Scope{&kNoNames, &kNoValues, nullptr, &group.aggregates}
                              : Scope{&table.columns, &table.rows[group.sources[0]], nullptr,
                                      &group.aggregates};
            for (std::size_t c = 0; c < width; ++c) group.values.push_back(evalItem(c, scope));
        }
        rows = std::move(groups);
    }

    if (clause.distinct) {
        std::set<std::vector<RuntimeValue>, RowLess> seen{RowLess{&graph_}};
        std::vector<Projected> unique;
        for (auto& p : rows) {
            checkCancelled();
            if (seen.insert(p.values).second) unique.push_back(std::move(p));
        }
        rows = std::move(unique);
    }

    // ORDER BY and WITH ... WHERE see the new columns first, then (unless aggregating or
    // DISTINCT) the old ones; a sub-expression written like a projected item reads it.
    std::vector<std::string> itemTexts;
    for (std::size_t c = 0; c < width; ++c) {
        itemTexts.push_back(projection.exprs[c] ? textOf(*projection.exprs[c]) : "");
    }
    std::vector<std::pair<const ast::Expr*, std::size_t>> itemRefs;
    std::function<void(const ast::Expr&)> findRefs = [&](const ast::Expr& e) {
        if (e.kind != ast::ExprKind::Variable) {
            auto it = std::find(itemTexts.begin(), itemTexts.end(), textOf(e));
            if (it != itemTexts.end() && !it->empty()) {
                itemRefs.emplace_back(&e, it - itemTexts.begin());
                return;
            }
        }
        for (const auto& a : e.args) findRefs(a);
    };
    for (const auto& item : clause.orderBy) findRefs(item.expr);
    // A sort key that is a projected item whole ("RETURN f.value ORDER BY f.value") reads
    // the row's value; only other keys and WHERE need the references in each row's scope.
    std::vector<long> keyColumn;
    bool scopedKeys = false;
    for (const auto& item : clause.orderBy) {
        long column = -1;
        for (const auto& [expr, c] : itemRefs) {
            if (expr == &item.expr) column = static_cast<long>(c);
        }
        keyColumn.push_back(column);
        scopedKeys = scopedKeys || column < 0;
    }
    if (clause.where.kind != ast::ExprKind::Absent) findRefs(clause.where);
    auto addRefs = [&](Projected& row) {
        for (const auto& [expr, c] : itemRefs) row.aggregates[expr] = row.values[c];
    };
    const bool refsBeforeSort = scopedKeys && !itemRefs.empty();
    if (refsBeforeSort) {
        for (auto& row : rows) addRefs(row);
    }
    const bool seeOld = !projection.aggregating && !clause.distinct;
    auto withRowScope = [&](Projected& row, auto&& use) {
        Scope parent{nullptr, nullptr, nullptr, &row.aggregates};
        if (seeOld && !row.sources.empty()) {
            parent.names = &table.columns;
            parent.values = &table.rows[row.sources[0]];
        }
        Scope scope{&projection.columns, &row.values, &parent, nullptr};
        return use(scope);
    };

    if (!clause.orderBy.empty()) {
        // Keys that are projected items are read in place; others are evaluated once.
        std::vector<std::vector<RuntimeValue>> sortKeys(scopedKeys ? rows.size() : 0);
        for (std::size_t i = 0; scopedKeys && i < rows.size(); ++i) {
            checkCancelled();
            sortKeys[i].reserve(clause.orderBy.size());
            withRowScope(rows[i], [&](const Scope& scope) {
                for (std::size_t k = 0; k < clause.orderBy.size(); ++k) {
                    sortKeys[i].push_back(keyColumn[k] >= 0 ? rows[i].values[static_cast<std::size_t>(keyColumn[k])]
                                                            : eval(clause.orderBy[k].expr, scope));
                }
                return 0;
            });
        }
        std::vector<std::size_t> order(rows.size());
        std::iota(order.begin(), order.end(), 0);
        // Ties keep their input order (a stable sort), also when only the first rows are
        // sorted.
        auto key = [&](std::size_t row, std::size_t k) -> const RuntimeValue& {
            return scopedKeys ? sortKeys[row][k] : rows[row].values[static_cast<std::size_t>(keyColumn[k])];
        };
        auto before = [&](std::size_t a, std::size_t b) {
            for (std::size_t k = 0; k < clause.orderBy.size(); ++k) {
                int c = orderCompare(key(a, k), key(b, k), graph_);
                if (c != 0) return clause.orderBy[k].descending ? c > 0 : c < 0;
            }
            return a < b;
        };
        // ORDER BY ... LIMIT: only the first SKIP + LIMIT rows need their place (top-k,
        // n log k). WITH ... WHERE filters after them, so it still sees them in order.
        const std::size_t keep = limit == SIZE_MAX || skip > SIZE_MAX - limit ? rows.size()
                                                                              : std::min(rows.size(), skip + limit);
        if (keep < rows.size()) {
            std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(), before);
            order.resize(keep);
        } else {
            std::sort(order.begin(), order.end(), before);
        }
        std::vector<Projected> sorted;
        sorted.reserve(order.size());
        for (std::size_t i : order) sorted.push_back(std::move(rows[i]));
        rows = std::move(sorted);
    }

    if (!refsBeforeSort && !itemRefs.empty()) {
        for (auto& row : rows) addRefs(row);
    }
    Table out;
    out.columns = projection.columns;
    for (std::size_t i = skip; i < rows.size() && i - skip < limit; ++i) {
        checkCancelled();
        if (clause.kind == ast::ClauseKind::With && clause.where.kind != ast::ExprKind::Absent) {
            bool keep = withRowScope(rows[i], [&](const Scope& scope) {
                auto t = truth(eval(clause.where, scope), clause.where);
                return t && *t;
            });
            if (!keep) continue;
        }
        out.rows.push_back(std::move(rows[i].values));
    }
    table = std::move(out);
}

}  // namespace newsgraph::query
