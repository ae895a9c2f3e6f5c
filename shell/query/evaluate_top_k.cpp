// A MATCH followed by a WITH or RETURN with ORDER BY ... LIMIT (and no aggregate or
// DISTINCT): the matcher's rows go through a bounded heap of the SKIP + LIMIT best, so a
// top 10 over a million rows keeps ten rows, not a million. The projection then runs on
// the kept rows alone, in the order they were found, and sorts them as it would have
// sorted all (ties keep their input order): the result is the same, row for row.
#include <algorithm>

#include "shell/query/binder.h"
#include "shell/query/evaluator.h"

namespace newsgraph::query {

namespace {

// More rows than this to keep, and the plain projection does the work.
constexpr std::size_t kMaxKept = 100'000;

}  // namespace

bool Evaluator::applyMatchTopK(const ast::Clause& match, const ast::Clause& projectionClause, Table& table) {
    if (projectionClause.distinct || projectionClause.orderBy.empty() ||
        projectionClause.limit.kind == ast::ExprKind::Absent) {
        return false;
    }
    const BoundProjection& projection = bound_.projections.at(&projectionClause);
    if (projection.aggregating) return false;
    // Each sort key must be a projected item, by its text or by its alias; it is then
    // evaluated in the matched row's scope, as the projection evaluates the item.
    std::vector<const ast::Expr*> keys;
    for (const auto& item : projectionClause.orderBy) {
        const ast::Expr* key = nullptr;
        for (std::size_t c = 0; c < projection.columns.size() && !key; ++c) {
            const ast::Expr* expr = projection.exprs[c];
            const bool byAlias = item.expr.kind == ast::ExprKind::Variable && item.expr.name == projection.columns[c];
            const bool byText = expr && item.expr.kind != ast::ExprKind::Variable && textOf(item.expr) == textOf(*expr);
            if (byAlias || byText) key = expr ? expr : &item.expr;
        }
        if (!key) return false;
        keys.push_back(key);
    }
    const std::size_t skip = projectionClause.skip.kind == ast::ExprKind::Absent
                                 ? 0
                                 : static_cast<std::size_t>(evalCount(projectionClause.skip, "SKIP"));
    const std::size_t limit = static_cast<std::size_t>(evalCount(projectionClause.limit, "LIMIT"));
    if (limit > kMaxKept || skip > kMaxKept - limit) return false;
    const std::size_t keep = skip + limit;

    struct Candidate {
        std::vector<RuntimeValue> keys;
        std::size_t seq = 0;
        std::vector<RuntimeValue> row;
    };
    // Whether a comes before b in the ORDER BY (ties: the one found first).
    auto precedes = [&](const Candidate& a, const Candidate& b) {
        for (std::size_t k = 0; k < keys.size(); ++k) {
            const int c = orderCompare(a.keys[k], b.keys[k], graph_);
            if (c != 0) return projectionClause.orderBy[k].descending ? c > 0 : c < 0;
        }
        return a.seq < b.seq;
    };
    std::vector<Candidate> heap;  // a max-heap by `precedes`: the last of the kept on top
    heap.reserve(keep);
    Candidate next;
    std::size_t seq = 0;
    Table kept;
    matchRows(match, table, kept.columns, [&](const std::vector<RuntimeValue>& row) {
        if (keep == 0) return;
        const Scope scope{&kept.columns, &row, nullptr, nullptr};
        next.keys.clear();
        for (const ast::Expr* key : keys) next.keys.push_back(eval(*key, scope));
        next.seq = seq++;
        if (heap.size() < keep) {
            next.row = row;
            heap.push_back(std::move(next));
            std::push_heap(heap.begin(), heap.end(), precedes);
            next = Candidate{};
            return;
        }
        if (!precedes(next, heap.front())) return;
        std::pop_heap(heap.begin(), heap.end(), precedes);
        next.row = row;
        std::swap(heap.back(), next);
        std::push_heap(heap.begin(), heap.end(), precedes);
    });
    std::sort(heap.begin(), heap.end(), [](const Candidate& a, const Candidate& b) { return a.seq < b.seq; });
    for (auto& c : heap) kept.rows.push_back(std::move(c.row));
    table = std::move(kept);
    applyProjection(projectionClause, table);
    return true;
}

}  // namespace newsgraph::query
