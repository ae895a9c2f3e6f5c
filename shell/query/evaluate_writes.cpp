// The writing clauses other than CREATE: SET, REMOVE, DELETE, MERGE, and how a
// statement's writes are committed or undone (see evaluator.h).
#include <algorithm>
#include <functional>
#include <unordered_set>

#include "graph/graph_check.h"
#include "graph/news_schema.h"
#include "shell/query/error.h"
#include "shell/query/evaluator.h"

namespace newsgraph::query {


void Evaluator::checkNotDeleted(const RuntimeValue& v, const ast::Expr& at) const {
    if (v.isNode() && !deletedNodeIds_.empty()) {
        graph::NodeId id = graph_.node(v.asNode()).id;
        if (deletedNodeIds_.count(id)) {
            throw EvalError(span(at),
                            "node " + std::to_string(id) +
                                " was deleted by this statement: its labels and properties are gone",
                            "EntityNotFound", "DeletedEntityAccess");
        }
    }
    if (v.isRel() && !deletedEdgeIds_.empty()) {
        graph::EdgeId id = graph_.edge(v.asRel()).id;
        if (deletedEdgeIds_.count(id)) {
            throw EvalError(span(at),
                            "relationship " + std::to_string(id) +
                                " was deleted by this statement: its properties are gone",
                            "EntityNotFound", "DeletedEntityAccess");
        }
    }
}

void Evaluator::applySet(const std::vector<ast::SetItem>& items, bool remove, Table& table) {
    for (auto& row : table.rows) {
        checkCancelled();
        Scope scope{&table.columns, &row, nullptr, nullptr};
        for (const auto& item : items) applySetItem(item, remove, scope);
    }
}

void Evaluator::setEntityProperty(const RuntimeValue& entity, const std::string& key,
                                  const RuntimeValue& value, const ast::Expr& at) {
    std::optional<graph::Value> stored;
    if (!value.isNull()) {
        stored = toProperty(value);
        if (!stored) {
            throw EvalError(span(at), "property `" + key + "` cannot hold " +
                                          kindWithArticle(value.kind()),
                            "TypeError", "InvalidPropertyType");
        }
    }
    const graph::PropertyMap& before = entity.isNode() ? graph_.node(entity.asNode()).properties
                                                       : graph_.edge(entity.asRel()).properties;
    auto it = before.find(key);
    std::optional<graph::Value> old;
    if (it != before.end()) old = it->second;
    if (!old && !stored) return;  // removing what is not there changes nothing
    Undo undo{entity.isNode() ? Undo::Kind::NodeProperty : Undo::Kind::EdgeProperty, 0, {}, {},
              std::nullopt};
    if (entity.isNode()) undo.vertex = entity.asNode();
    else undo.edge = entity.asRel();
    undo.key = key;
    undo.old = std::move(old);
    undo_.push_back(std::move(undo));
    if (entity.isNode()) {
        if (stored) graph_.setProperty(entity.asNode(), key, std::move(*stored));
        else graph_.removeProperty(entity.asNode(), key);
    } else {
        if (stored) graph_.setEdgeProperty(entity.asRel(), key, std::move(*stored));
        else graph_.removeEdgeProperty(entity.asRel(), key);
    }
}

void Evaluator::applySetItem(const ast::SetItem& item, bool remove, const Scope& scope) {
    const ast::Expr& target = item.target;
    auto entityOf = [&](const ast::Expr& e, bool nodeOnly) -> RuntimeValue {
        RuntimeValue v = eval(e, scope);
        if (v.isNull()) return v;
        if (v.isNode() || (!nodeOnly && v.isRel())) return v;
        throw EvalError(span(e),
                        std::string(remove ? "REMOVE" : "SET") + " needs " +
                            (nodeOnly ? "a node" : "a node or a relationship") + ", not " +
                            kindWithArticle(v.kind()),
                        "TypeError", "InvalidArgumentType");
    };
    if (target.kind == ast::ExprKind::LabelCheck) {
        RuntimeValue node = entityOf(target.args[0], true);
        if (node.isNull()) return;
        for (const auto& label : target.keys) {
            if (remove) {
                if (!graph_.removeLabel(node.asNode(), label)) continue;
                undo_.push_back({Undo::Kind::LabelRemoved, node.asNode(), {}, label, std::nullopt});
                ++counts_.labelsRemoved;
            } else {
                if (graph_.node(node.asNode()).hasLabel(label)) continue;
                graph_.addLabel(node.asNode(), label);
                undo_.push_back({Undo::Kind::LabelAdded, node.asNode(), {}, label, std::nullopt});
                ++counts_.labelsAdded;
            }
        }
        return;
    }
    if (target.kind == ast::ExprKind::Property) {
        RuntimeValue entity = entityOf(target.args[0], false);
        if (remove) {
            if (entity.isNull()) return;
            const auto& properties = entity.isNode() ? graph_.node(entity.asNode()).properties
                                                     : graph_.edge(entity.asRel()).properties;
            if (properties.count(target.name) == 0) return;
            setEntityProperty(entity, target.name, RuntimeValue(), target);
            ++counts_.propertiesRemoved;
            return;
        }
        // The value is evaluated even on null, as openCypher does (its errors count).
        RuntimeValue value = eval(item.value, scope);
        if (entity.isNull()) return;
        setEntityProperty(entity, target.name, value, item.value);
        ++counts_.propertiesSet;
        return;
    }
    // n = map, n += map: the map may be a node's or relationship's properties too.
    RuntimeValue entity = entityOf(target, false);
    RuntimeValue value = eval(item.value, scope);
    if (entity.isNull()) return;
    RuntimeValue::Map map;
    if (value.isMap()) {
        map = value.asMap();
    } else if (value.isNode() || value.isRel()) {
        const auto& properties = value.isNode() ? graph_.node(value.asNode()).properties
                                                : graph_.edge(value.asRel()).properties;
        for (const auto& [key, v] : properties) map[key] = fromProperty(v);
    } else if (!value.isNull()) {
        throw EvalError(span(item.value),
                        "`SET " + target.name + " " + item.op + "` needs a map, not " +
                            kindWithArticle(value.kind()),
                        "TypeError", "InvalidArgumentType");
    }
    if (item.op == "=") {
        const auto& properties = entity.isNode() ? graph_.node(entity.asNode()).properties
                                                 : graph_.edge(entity.asRel()).properties;
        std::vector<std::string> gone;
        for (const auto& [key, v] : properties) {
            if (map.count(key) == 0) gone.push_back(key);
        }
        for (const auto& key : gone) {
            setEntityProperty(entity, key, RuntimeValue(), item.value);
            ++counts_.propertiesSet;
        }
    }
    for (const auto& [key, v] : map) {
        setEntityProperty(entity, key, v, item.value);
        ++counts_.propertiesSet;
    }
}

void Evaluator::queueDelete(const RuntimeValue& value, bool detach, const ast::Expr& at) {
    if (value.isNull()) return;
    auto node = [&](Vertex v) {
        deleteNodes_.push_back({v, detach, span(at)});
        deletedNodeIds_.insert(graph_.node(v).id);
        if (!detach) return;
        for (Edge e : graph_.incidentEdges(v)) deletedEdgeIds_.insert(graph_.edge(e).id);
    };
    auto rel = [&](Edge e) {
        deleteEdges_.push_back(e);
        deletedEdgeIds_.insert(graph_.edge(e).id);
    };
    if (value.isNode()) {
        node(value.asNode());
    } else if (value.isRel()) {
        rel(value.asRel());
    } else if (value.isPath()) {
        for (Edge e : value.asPath().rels) rel(e);
        for (Vertex v : value.asPath().nodes) node(v);
    } else if (value.isList()) {
        for (const auto& item : value.asList()) queueDelete(item, detach, at);
    } else {
        throw EvalError(span(at),
                        "DELETE needs a node, a relationship or a path, not " +
                            kindWithArticle(value.kind()),
                        "TypeError", "InvalidArgumentType");
    }
}

void Evaluator::applyDelete(const ast::Clause& clause, Table& table) {
    for (auto& row : table.rows) {
        checkCancelled();
        Scope scope{&table.columns, &row, nullptr, nullptr};
        for (const auto& e : clause.deleted) queueDelete(eval(e, scope), clause.detach, e);
    }
}

void Evaluator::applyMerge(const ast::Clause& clause, Table& table) {
    // Row by row, so that a row sees what the rows before it created.
    Table out;
    bool haveColumns = false;
    for (auto& row : table.rows) {
        checkCancelled();
        // MERGE cannot match or create a null property (openCypher: MergeReadOwnWrites).
        Scope rowScope{&table.columns, &row, nullptr, nullptr};
        auto checkNulls = [&](const ast::Expr& properties) {
            if (properties.kind != ast::ExprKind::Map) return;
            for (std::size_t i = 0; i < properties.args.size(); ++i) {
                if (!eval(properties.args[i], rowScope).isNull()) continue;
                throw EvalError(span(properties.args[i]),
                                "MERGE cannot use a null property value (`" + properties.keys[i] +
                                    "`)",
                                "SemanticError", "MergeReadOwnWrites");
            }
        };
        for (const auto& n : clause.patterns[0].nodes) checkNulls(n.properties);
        for (const auto& r : clause.patterns[0].rels) checkNulls(r.properties);
        Table one;
        one.columns = table.columns;
        one.rows.push_back(row);
        std::vector<std::string> columns;
        std::vector<std::vector<RuntimeValue>> matched;
        matchRows(clause, one, columns,
                  [&](const std::vector<RuntimeValue>& values) { matched.push_back(values); });
        const std::vector<ast::SetItem>* actions = &clause.onMatch;
        if (matched.empty()) {
            applyCreate(clause, one);
            matched = std::move(one.rows);
            actions = &clause.onCreate;
        }
        if (!haveColumns) {
            out.columns = columns;
            haveColumns = true;
        }
        for (auto& values : matched) {
            Scope scope{&out.columns, &values, nullptr, nullptr};
            for (const auto& item : *actions) applySetItem(item, false, scope);
            out.rows.push_back(std::move(values));
        }
    }
    if (!haveColumns) {
        // No rows: the columns are still the pattern's.
        std::vector<std::string> columns;
        Table none;
        none.columns = table.columns;
        matchRows(clause, none, columns, [](const std::vector<RuntimeValue>&) {});
        out.columns = columns;
    }
    table = std::move(out);
}

void Evaluator::commitDeletes(QueryResult& result) {
    if (deleteNodes_.empty() && deleteEdges_.empty()) return;
    std::unordered_set<graph::EdgeId> edgeIds;
    std::vector<Edge> edges;
    auto addEdge = [&](Edge e) {
        if (edgeIds.insert(graph_.edge(e).id).second) edges.push_back(e);
    };
    for (Edge e : deleteEdges_) addEdge(e);
    std::vector<char> detach(graph_.nodeCount(), 0), queued(graph_.nodeCount(), 0);
    for (const auto& pending : deleteNodes_) {
        queued[pending.vertex] = 1;
        if (pending.detach) detach[pending.vertex] = 1;
    }
    for (const auto& pending : deleteNodes_) {
        if (detach[pending.vertex]) continue;
        std::size_t left = 0;
        for (Edge e : graph_.incidentEdges(pending.vertex)) left += edgeIds.count(graph_.edge(e).id) == 0;
        if (left > 0) {
            throw EvalError(pending.at,
                            "cannot delete node " +
                                std::to_string(graph_.node(pending.vertex).id) + ": it still has " +
                                std::to_string(left) +
                                (left == 1 ? " relationship" : " relationships") +
                                "; delete them first, or use DETACH DELETE",
                            "ConstraintVerificationFailed", "DeleteConnectedNode");
        }
    }
    std::vector<Vertex> nodes;
    for (Vertex v = 0; v < queued.size(); ++v) {
        if (!queued[v]) continue;
        nodes.push_back(v);
        for (Edge e : graph_.incidentEdges(v)) addEdge(e);
    }
    // Before anything is removed: deleted entities in the rows become null, and the
    // others' relationship ids are noted, since removing nodes invalidates every Edge.
    std::vector<graph::EdgeId> relIds;
    std::function<bool(RuntimeValue&)> note = [&](RuntimeValue& v) -> bool {
        if (v.isNode()) return !queued[v.asNode()];
        if (v.isRel()) {
            graph::EdgeId id = graph_.edge(v.asRel()).id;
            if (edgeIds.count(id)) return false;
            relIds.push_back(id);
            return true;
        }
        if (v.isPath()) {
            for (Vertex n : v.asPath().nodes) {
                if (queued[n]) return false;
            }
            for (Edge e : v.asPath().rels) {
                if (edgeIds.count(graph_.edge(e).id)) return false;
            }
            for (Edge e : v.asPath().rels) relIds.push_back(graph_.edge(e).id);
            return true;
        }
        if (v.isList()) {
            for (auto& item : v.asList()) {
                if (!note(item)) item = RuntimeValue();
            }
        }
        return true;
    };
    for (auto& row : result.rows) {
        for (auto& v : row) {
            if (!note(v)) v = RuntimeValue();
        }
    }
    // A deleted article takes its mentions with it, as DETACH takes relationships: a
    // mention of an article the graph no longer holds could not be saved (graph_check.h).
    const std::string articleLabel(graph::labelOf(graph::NodeKind::Article));
    std::vector<std::string> articleKeys;
    for (Vertex v : nodes) {
        const graph::Value& key = graph_.node(v).property("key");
        if (graph_.node(v).hasLabel(articleLabel) && key.isString()) {
            articleKeys.push_back(key.asString());
        }
    }
    graph_.removeEdges(edges);
    counts_.relationshipsDeleted = edges.size();
    counts_.nodesDeleted = nodes.size();
    if (nodes.empty()) return;
    auto renumbering = graph_.removeNodes(nodes);
    for (const auto& key : articleKeys) {
        const bool another = std::any_of(
            graph_.nodesWithLabel(articleLabel).begin(), graph_.nodesWithLabel(articleLabel).end(),
            [&](Vertex v) {
                const graph::Value& k = graph_.node(v).property("key");
                return k.isString() && k.asString() == key;
            });
        if (!another) graph_.removeMentionsOf(key);
    }
    std::size_t next = 0;
    std::function<void(RuntimeValue&)> remap = [&](RuntimeValue& v) {
        if (v.isNode()) {
            v = NodeRef{renumbering.vertex[v.asNode()]};
        } else if (v.isRel()) {
            v = RelRef{renumbering.edgeById.at(relIds[next++])};
        } else if (v.isPath()) {
            PathValue path = v.asPath();
            for (auto& n : path.nodes) n = renumbering.vertex[n];
            for (auto& e : path.rels) e = renumbering.edgeById.at(relIds[next++]);
            v = std::move(path);
        } else if (v.isList()) {
            for (auto& item : v.asList()) remap(item);
        }
    };
    for (auto& row : result.rows) {
        for (auto& v : row) remap(v);
    }
}

void Evaluator::checkMentionsKept() const {
    // Only a change to an article's label, key or text can leave a mention dangling.
    const std::string articleLabel(graph::labelOf(graph::NodeKind::Article));
    const bool touched = std::any_of(undo_.begin(), undo_.end(), [&](const Undo& u) {
        return ((u.kind == Undo::Kind::LabelAdded || u.kind == Undo::Kind::LabelRemoved) &&
                u.key == articleLabel) ||
               (u.kind == Undo::Kind::NodeProperty && (u.key == "key" || u.key == "text"));
    });
    if (!touched) return;
    const auto problems = graph::mentionProblems(graph_, 1);
    if (problems.empty()) return;
    throw EvalError({}, "this statement would leave a mention without its article (" +
                            problems.front().message +
                            "), so it changed nothing: mentions name their article by its key",
                    "ConstraintVerificationFailed", "DanglingMention");
}

void Evaluator::rollback() {
    std::vector<Vertex> created;
    for (auto it = undo_.rbegin(); it != undo_.rend(); ++it) {
        switch (it->kind) {
            case Undo::Kind::NodeCreated: created.push_back(it->vertex); break;
            case Undo::Kind::EdgeCreated: graph_.removeEdge(it->edge); break;
            case Undo::Kind::NodeProperty:
                if (it->old) graph_.setProperty(it->vertex, it->key, *it->old);
                else graph_.removeProperty(it->vertex, it->key);
                break;
            case Undo::Kind::EdgeProperty:
                if (it->old) graph_.setEdgeProperty(it->edge, it->key, *it->old);
                else graph_.removeEdgeProperty(it->edge, it->key);
                break;
            case Undo::Kind::LabelAdded: graph_.removeLabel(it->vertex, it->key); break;
            case Undo::Kind::LabelRemoved: graph_.addLabel(it->vertex, it->key); break;
        }
    }
    undo_.clear();
    // Nodes last: their relationships were all made by this statement and are gone now,
    // and removing nodes renumbers vertices, which the entries above still used.
    if (!created.empty()) graph_.removeNodes(created);
}

}  // namespace newsgraph::query
