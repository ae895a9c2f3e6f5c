// Clauses: each one turns the table of rows so far into the next (see evaluator.h).
#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <set>

#include "shell/query/binder.h"
#include "shell/query/error.h"
#include "shell/query/evaluator.h"

namespace newsgraph::query {

QueryResult Evaluator::run() {
    QueryResult result;
    result.graph = &graph_;
    const ast::Statement& statement = *bound_.statement;
    bool ordered = false;
    for (std::size_t i = 0; i < statement.queries.size(); ++i) {
        bool partOrdered = false;
        Table table = runSingle(statement.queries[i], partOrdered);
        if (i == 0) {
            result.columns = table.columns;
            ordered = partOrdered;
        } else {
            ordered = false;
        }
        for (auto& row : table.rows) result.rows.push_back(std::move(row));
    }
    bool distinct = !statement.unionAll.empty() && !statement.unionAll[0];
    if (distinct) {
        std::vector<std::vector<RuntimeValue>> unique;
        for (auto& row : result.rows) {
            bool seen = std::any_of(unique.begin(), unique.end(), [&](const auto& u) {
                for (std::size_t c = 0; c < u.size(); ++c) {
                    if (orderCompare(u[c], row[c], graph_) != 0) return false;
                }
                return true;
            });
            if (!seen) unique.push_back(std::move(row));
        }
        result.rows = std::move(unique);
    }
    result.ordered = ordered;
    return result;
}

Evaluator::Table Evaluator::runSingle(const ast::SingleQuery& query, bool& ordered) {
    Table table;
    table.rows.emplace_back();  // one empty row: the start of every query
    for (const auto& clause : query.clauses) {
        ordered = false;
        switch (clause.kind) {
            case ast::ClauseKind::Match: applyMatch(clause, table); break;
            case ast::ClauseKind::Unwind: applyUnwind(clause, table); break;
            case ast::ClauseKind::Create: applyCreate(clause, table); break;
            case ast::ClauseKind::With:
            case ast::ClauseKind::Return:
                applyProjection(clause, table);
                ordered = !clause.orderBy.empty();
                break;
            case ast::ClauseKind::Refused: break;  // the binder refuses these
        }
    }
    if (query.clauses.back().kind != ast::ClauseKind::Return) return Table{};
    return table;
}

namespace {

// Orders rows of values by orderCompare, column by column: rows that compare equal are
// the same group (or duplicates, for DISTINCT).
struct RowLess {
    const graph::PropertyGraph* graph;
    bool operator()(const std::vector<RuntimeValue>& a, const std::vector<RuntimeValue>& b) const {
        for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
            int c = orderCompare(a[i], b[i], *graph);
            if (c != 0) return c < 0;
        }
        return a.size() < b.size();
    }
};

// `id(variable) = integer literal` conjuncts of a WHERE clause.
void collectIdHints(const ast::Expr& e, std::map<std::string, graph::NodeId>& hints) {
    if (e.kind == ast::ExprKind::Binary && e.name == "AND") {
        for (const auto& a : e.args) collectIdHints(a, hints);
        return;
    }
    if (e.kind != ast::ExprKind::Comparison || e.keys.size() != 1 || e.keys[0] != "=") return;
    for (int side = 0; side < 2; ++side) {
        const ast::Expr& call = e.args[side];
        const ast::Expr& value = e.args[1 - side];
        if (call.kind == ast::ExprKind::Function && call.args.size() == 1 &&
            call.args[0].kind == ast::ExprKind::Variable && value.kind == ast::ExprKind::Literal &&
            value.value.isInt() && (call.name == "id" || call.name == "ID")) {
            hints[call.args[0].name] = value.value.asInt();
        }
    }
}

}  // namespace

void Evaluator::applyMatch(const ast::Clause& clause, Table& table) {
    idHints_.clear();
    if (clause.where.kind != ast::ExprKind::Absent) collectIdHints(clause.where, idHints_);
    struct ClearHints {
        std::map<std::string, graph::NodeId>& hints;
        ~ClearHints() { hints.clear(); }
    } clearHints{idHints_};
    std::vector<std::string> newNames;
    Binding shape;
    shape.names = table.columns;
    for (const auto& part : clause.patterns) {
        for (const auto& n : part.nodes) {
            if (!n.variable.empty() && shape.slot(n.variable) < 0) shape.addSlot(n.variable);
        }
        for (const auto& r : part.rels) {
            if (!r.variable.empty() && shape.slot(r.variable) < 0) shape.addSlot(r.variable);
        }
        if (!part.pathVariable.empty() && shape.slot(part.pathVariable) < 0) {
            shape.addSlot(part.pathVariable);
        }
    }
    Table out;
    out.columns = shape.names;
    for (auto& row : table.rows) {
        Binding binding;
        binding.names = shape.names;
        binding.values = row;
        binding.values.resize(shape.names.size());
        binding.bound.assign(shape.names.size(), 0);
        std::fill(binding.bound.begin(), binding.bound.begin() + row.size(), 1);
        bool any = false;
        matchParts(clause.patterns, 0, binding, [&](Binding& b) {
            if (clause.where.kind != ast::ExprKind::Absent) {
                Scope scope{&b.names, &b.values, nullptr, nullptr};
                auto keep = truth(eval(clause.where, scope), clause.where);
                if (!keep || !*keep) return;
            }
            any = true;
            out.rows.push_back(b.values);
        });
        if (!any && clause.optional) {
            auto values = row;
            values.resize(shape.names.size());
            out.rows.push_back(std::move(values));
        }
    }
    table = std::move(out);
}

void Evaluator::applyUnwind(const ast::Clause& clause, Table& table) {
    Table out;
    out.columns = table.columns;
    out.columns.push_back(clause.variable);
    for (auto& row : table.rows) {
        checkCancelled();
        Scope scope{&table.columns, &row, nullptr, nullptr};
        RuntimeValue list = eval(clause.expr, scope);
        if (list.isNull()) continue;
        if (!list.isList()) {
            auto values = row;
            values.push_back(std::move(list));
            out.rows.push_back(std::move(values));
            continue;
        }
        for (const auto& item : list.asList()) {
            auto values = row;
            values.push_back(item);
            out.rows.push_back(std::move(values));
        }
    }
    table = std::move(out);
}

void Evaluator::applyCreate(const ast::Clause& clause, Table& table) {
    Binding shape;
    shape.names = table.columns;
    for (const auto& part : clause.patterns) {
        for (const auto& n : part.nodes) {
            if (!n.variable.empty()) shape.addSlot(n.variable);
        }
        for (const auto& r : part.rels) {
            if (!r.variable.empty()) shape.addSlot(r.variable);
        }
        if (!part.pathVariable.empty()) shape.addSlot(part.pathVariable);
    }
    auto propertiesOf = [&](const ast::Expr& e, const Scope& scope) {
        graph::PropertyMap props;
        if (e.kind == ast::ExprKind::Absent) return props;
        RuntimeValue v = eval(e, scope);
        if (!v.isMap()) return props;
        for (const auto& [key, value] : v.asMap()) {
            if (value.isNull()) continue;
            auto p = toProperty(value);
            if (!p) {
                throw EvalError(span(e), "property `" + key + "` cannot hold a " +
                                             kindName(value.kind()),
                                "TypeError", "InvalidPropertyType");
            }
            props[key] = std::move(*p);
        }
        return props;
    };
    Table out;
    out.columns = shape.names;
    for (auto& row : table.rows) {
        std::vector<RuntimeValue> values = row;
        values.resize(shape.names.size());
        std::vector<char> bound(shape.names.size(), 0);
        std::fill(bound.begin(), bound.begin() + row.size(), 1);
        Scope scope{&shape.names, &values, nullptr, nullptr};
        for (const auto& part : clause.patterns) {
            PathValue path;
            auto nodeFor = [&](const ast::NodePattern& n) -> Vertex {
                int s = n.variable.empty() ? -1 : shape.slot(n.variable);
                if (s >= 0 && bound[s]) {
                    if (!values[s].isNode()) {
                        throw EvalError(span(n), "`" + n.variable + "` is not a node",
                                        "TypeError", "InvalidArgumentType");
                    }
                    return values[s].asNode();
                }
                Vertex v = graph_.addNode(n.labels, propertiesOf(n.properties, scope));
                if (s >= 0) {
                    values[s] = NodeRef{v};
                    bound[s] = 1;
                }
                return v;
            };
            Vertex previous = nodeFor(part.nodes[0]);
            path.nodes.push_back(previous);
            for (std::size_t i = 0; i < part.rels.size(); ++i) {
                const auto& r = part.rels[i];
                Vertex next = nodeFor(part.nodes[i + 1]);
                bool forward = r.direction != ast::Direction::Left;
                Edge e = graph_.addEdge(forward ? previous : next, forward ? next : previous,
                                        r.types.at(0), propertiesOf(r.properties, scope));
                int s = r.variable.empty() ? -1 : shape.slot(r.variable);
                if (s >= 0) {
                    values[s] = RelRef{e};
                    bound[s] = 1;
                }
                path.rels.push_back(e);
                path.nodes.push_back(next);
                previous = next;
            }
            if (!part.pathVariable.empty()) {
                int s = shape.slot(part.pathVariable);
                values[s] = std::move(path);
                bound[s] = 1;
            }
        }
        out.rows.push_back(std::move(values));
    }
    table = std::move(out);
}

std::int64_t Evaluator::evalCount(const ast::Expr& e, const char* what) {
    RuntimeValue v = eval(e, Scope{});
    if (!v.isInt()) {
        throw EvalError(span(e), std::string(what) + " needs an Integer, not " + kindName(v.kind()),
                        "SyntaxError", "InvalidArgumentType");
    }
    if (v.asInt() < 0) {
        throw EvalError(span(e), std::string(what) + " needs an Integer of 0 or more",
                        "SyntaxError", "NegativeIntegerArgument");
    }
    return v.asInt();
}

void Evaluator::applyProjection(const ast::Clause& clause, Table& table) {
    const BoundProjection& projection = bound_.projections.at(&clause);
    const std::size_t width = projection.columns.size();

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
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
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
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
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
            std::vector<Scope> scopes;
            for (std::size_t r : group.sources) scopes.push_back({&table.columns, &table.rows[r], nullptr, nullptr});
            std::vector<const Scope*> pointers;
            for (auto& s : scopes) pointers.push_back(&s);
            for (const ast::Expr* call : projection.aggregates) {
                group.aggregates[call] = aggregate(*call, pointers);
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
    if (clause.where.kind != ast::ExprKind::Absent) findRefs(clause.where);
    for (auto& row : rows) {
        for (const auto& [expr, c] : itemRefs) row.aggregates[expr] = row.values[c];
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
        std::vector<std::vector<RuntimeValue>> sortKeys(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            withRowScope(rows[i], [&](const Scope& scope) {
                for (const auto& item : clause.orderBy) sortKeys[i].push_back(eval(item.expr, scope));
                return 0;
            });
        }
        std::vector<std::size_t> order(rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            for (std::size_t k = 0; k < clause.orderBy.size(); ++k) {
                int c = orderCompare(sortKeys[a][k], sortKeys[b][k], graph_);
                if (c != 0) return clause.orderBy[k].descending ? c > 0 : c < 0;
            }
            return false;
        });
        std::vector<Projected> sorted;
        for (std::size_t i : order) sorted.push_back(std::move(rows[i]));
        rows = std::move(sorted);
    }

    std::size_t skip = clause.skip.kind == ast::ExprKind::Absent
                           ? 0
                           : static_cast<std::size_t>(evalCount(clause.skip, "SKIP"));
    std::size_t limit = clause.limit.kind == ast::ExprKind::Absent
                            ? rows.size()
                            : static_cast<std::size_t>(evalCount(clause.limit, "LIMIT"));
    Table out;
    out.columns = projection.columns;
    for (std::size_t i = skip; i < rows.size() && i - skip < limit; ++i) {
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
