// Clauses: each one turns the table of rows so far into the next (see evaluator.h).
#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <set>

#include "shell/query/binder.h"
#include "shell/query/error.h"
#include "shell/query/evaluator.h"
#include "shell/query/memory_meter.h"

namespace newsgraph::query {

namespace {

// A WITH or RETURN with aggregates: the MATCH before it need not keep its rows.
bool isGroupingProjection(const ast::Clause& clause, const BoundStatement& bound) {
    if (clause.kind != ast::ClauseKind::With && clause.kind != ast::ClauseKind::Return) {
        return false;
    }
    auto it = bound.projections.find(&clause);
    return it != bound.projections.end() && it->second.aggregating;
}

}  // namespace

Evaluator::Evaluator(graph::PropertyGraph& graph, const Parameters& parameters,
                     const BoundStatement& bound, const std::atomic<bool>* cancel,
                     std::size_t memoryLimit)
    : graph_(graph),
      parameters_(parameters),
      bound_(bound),
      cancel_(cancel),
      memoryLimit_(memoryLimit),
      memoryStart_(heapBytesInUse()) {}

QueryResult Evaluator::run() {
    QueryResult result;
    result.graph = &graph_;
    const ast::Statement& statement = *bound_.statement;
    for (const auto& query : statement.queries) {
        for (const auto& clause : query.clauses) {
            if (isWritingClause(clause.kind)) result.writes = true;
            if (isWritingClause(clause.kind) && clause.kind != ast::ClauseKind::Create) {
                result.onlyCreates = false;
            }
        }
    }
    try {
        // One allocation too big for the budget on its own is refused before it is made;
        // the ceiling ends before rollback(), which must always complete.
        AllocationCeiling ceiling(memoryLimit_ == 0 ? 0 : memoryStart_ + memoryLimit_);
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
            std::set<std::vector<RuntimeValue>, RowLess> seen{RowLess{&graph_}};
            std::vector<std::vector<RuntimeValue>> unique;
            for (auto& row : result.rows) {
                checkCancelled();
                if (seen.insert(row).second) unique.push_back(std::move(row));
            }
            result.rows = std::move(unique);
        }
        result.ordered = ordered;
        checkMentionsKept();
        commitDeletes(result);
    } catch (...) {
        rollback();
        throw;
    }
    result.nodesCreated = counts_.nodesCreated;
    result.relationshipsCreated = counts_.relationshipsCreated;
    result.nodesDeleted = counts_.nodesDeleted;
    result.relationshipsDeleted = counts_.relationshipsDeleted;
    result.propertiesSet = counts_.propertiesSet;
    result.propertiesRemoved = counts_.propertiesRemoved;
    result.labelsAdded = counts_.labelsAdded;
    result.labelsRemoved = counts_.labelsRemoved;
    return result;
}

Evaluator::Table Evaluator::runSingle(const ast::SingleQuery& query, bool& ordered) {
    Table table;
    table.rows.emplace_back();  // one empty row: the start of every query
    for (std::size_t k = 0; k < query.clauses.size(); ++k) {
        const ast::Clause& clause = query.clauses[k];
        ordered = false;
        switch (clause.kind) {
            case ast::ClauseKind::Match:
                if (k + 1 < query.clauses.size() &&
                    isGroupingProjection(query.clauses[k + 1], bound_)) {
                    const ast::Clause& projection = query.clauses[++k];
                    if (auto count = k == 1 ? storedCount(clause, projection, bound_) : std::nullopt) {
                        applyStoredCount(*count, projection, table);
                    } else {
                        applyMatchGrouped(clause, projection, table);
                    }
                    ordered = !projection.orderBy.empty();
                    break;
                }
                if (k + 1 < query.clauses.size() &&
                    (query.clauses[k + 1].kind == ast::ClauseKind::Return ||
                     query.clauses[k + 1].kind == ast::ClauseKind::With) &&
                    applyMatchTopK(clause, query.clauses[k + 1], table)) {
                    ++k;
                    ordered = true;
                    break;
                }
                applyMatch(clause, table);
                break;
            case ast::ClauseKind::Unwind: applyUnwind(clause, table); break;
            case ast::ClauseKind::Create: applyCreate(clause, table); break;
            case ast::ClauseKind::Set: applySet(clause.setItems, false, table); break;
            case ast::ClauseKind::Remove: applySet(clause.setItems, true, table); break;
            case ast::ClauseKind::Delete: applyDelete(clause, table); break;
            case ast::ClauseKind::Merge: applyMerge(clause, table); break;
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

// `id(variable) = integer literal` conjuncts of a WHERE clause.
// "WHERE n.name = 'X'" (at the top of an AND chain): the name index gives n's candidates,
// which WHERE then checks exactly.
void collectNameHints(const ast::Expr& e, std::map<std::string, std::string>& hints) {
    if (e.kind == ast::ExprKind::Binary && e.name == "AND") {
        for (const auto& a : e.args) collectNameHints(a, hints);
        return;
    }
    if (e.kind != ast::ExprKind::Comparison || e.keys.size() != 1 || e.keys[0] != "=") return;
    for (int side = 0; side < 2; ++side) {
        const ast::Expr& property = e.args[side];
        const ast::Expr& value = e.args[1 - side];
        if (property.kind == ast::ExprKind::Property && property.name == "name" && property.args.size() == 1 &&
            property.args[0].kind == ast::ExprKind::Variable && value.kind == ast::ExprKind::Literal &&
            value.value.isString()) {
            hints[property.args[0].name] = value.value.asString();
        }
    }
}

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
    Table out;
    matchRows(clause, table, out.columns,
              [&](const std::vector<RuntimeValue>& row) { out.rows.push_back(row); });
    table = std::move(out);
}

void Evaluator::matchRows(const ast::Clause& clause, const Table& table,
                          std::vector<std::string>& columns,
                          const std::function<void(const std::vector<RuntimeValue>&)>& sink) {
    idHints_.clear();
    nameHints_.clear();
    if (clause.where.kind != ast::ExprKind::Absent) {
        collectIdHints(clause.where, idHints_);
        collectNameHints(clause.where, nameHints_);
    }
    struct ClearHints {
        std::map<std::string, graph::NodeId>& ids;
        std::map<std::string, std::string>& names;
        ~ClearHints() {
            ids.clear();
            names.clear();
        }
    } clearHints{idHints_, nameHints_};
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
    columns = shape.names;
    for (const auto& row : table.rows) {
        Binding binding;
        binding.names = shape.names;
        binding.values = row;
        binding.values.resize(shape.names.size());
        binding.bound.assign(shape.names.size(), 0);
        std::fill(binding.bound.begin(), binding.bound.begin() + row.size(), 1);
        bool any = false;
        matchParts(clause.patterns, 0, binding, [&](Binding& b) {
            checkCancelled();
            if (clause.where.kind != ast::ExprKind::Absent) {
                Scope scope{&b.names, &b.values, nullptr, nullptr};
                auto keep = truth(eval(clause.where, scope), clause.where);
                if (!keep || !*keep) return;
            }
            any = true;
            sink(b.values);
        });
        if (!any && clause.optional) {
            auto values = row;
            values.resize(shape.names.size());
            sink(values);
        }
    }
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
            checkCancelled();
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
                undo_.push_back({Undo::Kind::NodeCreated, v, {}, {}, std::nullopt});
                ++counts_.nodesCreated;
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
                undo_.push_back({Undo::Kind::EdgeCreated, 0, e, {}, std::nullopt});
                ++counts_.relationshipsCreated;
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

}  // namespace newsgraph::query
