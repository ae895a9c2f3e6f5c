// Pattern matching: depth-first expansion from an indexed start node (see evaluator.h).
#include <algorithm>
#include <deque>

#include "shell/query/error.h"
#include "shell/query/evaluator.h"
#include "shell/query/scoped_bind.h"

namespace newsgraph::query {

int Evaluator::Binding::slot(const std::string& name) const {
    for (std::size_t i = names.size(); i-- > 0;) {
        if (names[i] == name) return static_cast<int>(i);
    }
    return -1;
}

int Evaluator::Binding::addSlot(const std::string& name) {
    int s = slot(name);
    if (s >= 0) return s;
    names.push_back(name);
    values.emplace_back();
    bound.push_back(0);
    return static_cast<int>(names.size() - 1);
}

namespace {

ast::Direction flip(ast::Direction d) {
    if (d == ast::Direction::Right) return ast::Direction::Left;
    if (d == ast::Direction::Left) return ast::Direction::Right;
    return d;
}

}  // namespace

bool Evaluator::propertiesMatch(const ast::Expr& properties, const graph::PropertyMap& actual,
                                Binding& binding) {
    if (properties.kind == ast::ExprKind::Absent) return true;
    Scope scope{&binding.names, &binding.values, nullptr, nullptr};
    RuntimeValue wanted = eval(properties, scope);
    if (!wanted.isMap()) return false;
    for (const auto& [key, value] : wanted.asMap()) {
        auto it = actual.find(key);
        if (it == actual.end()) return false;
        auto eq = cypherEquals(fromProperty(it->second), value, graph_);
        if (!eq || !*eq) return false;
    }
    return true;
}

bool Evaluator::nodeMatches(const ast::NodePattern& pattern, Vertex v, Binding& binding, std::size_t labelsKnown) {
    if (!pattern.variable.empty()) {
        int s = binding.slot(pattern.variable);
        if (s >= 0 && binding.bound[s]) {
            const RuntimeValue& current = binding.values[s];
            if (!current.isNode() || current.asNode() != v) return false;
        }
    }
    const auto& record = graph_.node(v);
    // A node this statement deletes is gone for the clauses after the DELETE.
    if (!deletedNodeIds_.empty() && deletedNodeIds_.count(record.id)) return false;
    for (std::size_t l = labelsKnown; l < pattern.labels.size(); ++l) {
        if (!record.hasLabel(pattern.labels[l])) return false;
    }
    return propertiesMatch(pattern.properties, record.properties, binding);
}

bool Evaluator::relMatches(const ast::RelPattern& pattern, Edge e, Binding& binding) {
    const auto& record = graph_.edge(e);
    if (!deletedEdgeIds_.empty() && deletedEdgeIds_.count(record.id)) return false;
    if (!pattern.types.empty() &&
        std::find(pattern.types.begin(), pattern.types.end(), record.type) == pattern.types.end()) {
        return false;
    }
    if (std::find(binding.usedEdges.begin(), binding.usedEdges.end(), record.id) !=
        binding.usedEdges.end()) {
        return false;
    }
    return propertiesMatch(pattern.properties, record.properties, binding);
}

std::vector<Vertex> Evaluator::startCandidates(const ast::NodePattern& pattern, Binding& binding,
                                               std::size_t* labelsKnown) {
    if (labelsKnown) *labelsKnown = 0;
    if (!pattern.variable.empty()) {
        int s = binding.slot(pattern.variable);
        if (s >= 0 && binding.bound[s]) {
            const RuntimeValue& v = binding.values[s];
            if (v.isNode()) return {v.asNode()};
            return {};
        }
    }
    // The id index, when the WHERE clause fixes the node's id.
    if (!pattern.variable.empty()) {
        auto hint = idHints_.find(pattern.variable);
        if (hint != idHints_.end()) {
            auto v = graph_.findNode(hint->second);
            if (!v) return {};
            return {*v};
        }
    }
    // The name/alias index, when the WHERE clause fixes the name (it checks it exactly).
    if (!pattern.variable.empty()) {
        auto hint = nameHints_.find(pattern.variable);
        if (hint != nameHints_.end()) {
            auto named = graph_.nodesNamed(hint->second);
            return {named.begin(), named.end()};
        }
    }
    // The name/alias index, when the pattern fixes a literal name.
    const ast::Expr& props = pattern.properties;
    if (props.kind == ast::ExprKind::Map) {
        for (std::size_t i = 0; i < props.keys.size(); ++i) {
            if (props.keys[i] == "name" && props.args[i].kind == ast::ExprKind::Literal &&
                props.args[i].value.isString()) {
                auto named = graph_.nodesNamed(props.args[i].value.asString());
                return {named.begin(), named.end()};
            }
        }
    }
    if (!pattern.labels.empty()) {
        auto withLabel = graph_.nodesWithLabel(pattern.labels[0]);
        if (labelsKnown) *labelsKnown = 1;  // every candidate has the first label
        return {withLabel.begin(), withLabel.end()};
    }
    std::vector<Vertex> all(graph_.nodeCount());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<Vertex>(i);
    return all;
}

void Evaluator::matchParts(const std::vector<ast::PatternPart>& parts, std::size_t index,
                           Binding& binding, const Emit& emit) {
    if (index == parts.size()) {
        emit(binding);
        return;
    }
    const ast::PatternPart& part = parts[index];
    if (!part.shortest.empty()) {
        matchShortest(parts, index, binding, emit);
        return;
    }
    // Start from the end that is already bound, if only the last one is.
    auto isBound = [&](const ast::NodePattern& n) {
        if (n.variable.empty()) return false;
        int s = binding.slot(n.variable);
        return s >= 0 && binding.bound[s];
    };
    bool reversed = part.nodes.size() > 1 && !isBound(part.nodes.front()) &&
                    isBound(part.nodes.back());
    const ast::NodePattern& first = reversed ? part.nodes.back() : part.nodes.front();
    const int firstSlot = first.variable.empty() ? -1 : binding.slot(first.variable);
    PathValue path;  // one buffer for every candidate: no allocation per row
    std::size_t labelsKnown = 0;
    for (Vertex v : startCandidates(first, binding, &labelsKnown)) {
        checkCancelled();
        if (!nodeMatches(first, v, binding, labelsKnown)) continue;
        ScopedBind bindNode(binding.values, binding.bound, firstSlot, NodeRef{v});
        path.nodes.assign(1, v);
        path.rels.clear();
        expand(part, index, reversed, 0, v, path, parts, index, binding, emit);
    }
}

void Evaluator::expand(const ast::PatternPart& part, std::size_t, bool reversed,
                       std::size_t step, Vertex current, PathValue& path,
                       const std::vector<ast::PatternPart>& parts, std::size_t partIndex,
                       Binding& binding, const Emit& emit) {
    const std::size_t steps = part.rels.size();
    if (step == steps) {
        int pathSlot = part.pathVariable.empty() ? -1 : binding.slot(part.pathVariable);
        if (pathSlot < 0) {  // no path variable: the path is never read
            matchParts(parts, partIndex + 1, binding, emit);
            return;
        }
        PathValue ordered = path;
        if (reversed) {
            std::reverse(ordered.nodes.begin(), ordered.nodes.end());
            std::reverse(ordered.rels.begin(), ordered.rels.end());
        }
        ScopedBind bindPath(binding.values, binding.bound, pathSlot, std::move(ordered));
        matchParts(parts, partIndex + 1, binding, emit);
        return;
    }
    const std::size_t relIndex = reversed ? steps - 1 - step : step;
    const ast::RelPattern& rel = part.rels[relIndex];
    const ast::NodePattern& next = reversed ? part.nodes[relIndex] : part.nodes[relIndex + 1];
    const ast::Direction direction = reversed ? flip(rel.direction) : rel.direction;
    const int relSlot = rel.variable.empty() ? -1 : binding.slot(rel.variable);
    const int nextSlot = next.variable.empty() ? -1 : binding.slot(next.variable);
    const auto& g = graph_.adjacency();

    // Calls `visit(edge, other end)` for each relationship at `at` in the direction.
    auto forEachEdge = [&](Vertex at, auto&& visit) {
        if (direction != ast::Direction::Left) {
            for (auto [it, end] = boost::out_edges(at, g); it != end; ++it) visit(*it, boost::target(*it, g));
        }
        if (direction != ast::Direction::Right) {
            for (auto [it, end] = boost::in_edges(at, g); it != end; ++it) {
                Vertex other = boost::source(*it, g);
                if (direction == ast::Direction::Both && other == at) continue;  // loop seen once
                visit(*it, other);
            }
        }
    };

    if (!rel.variableLength) {
        forEachEdge(current, [&](Edge e, Vertex other) {
            checkCancelled();
            if (!relMatches(rel, e, binding)) return;
            if (relSlot >= 0 && binding.bound[relSlot]) {
                const RuntimeValue& r = binding.values[relSlot];
                if (!r.isRel() || graph_.edge(r.asRel()).id != graph_.edge(e).id) return;
            }
            if (!nodeMatches(next, other, binding)) return;
            ScopedBind bindRel(binding.values, binding.bound, relSlot, RelRef{e});
            ScopedBind bindNext(binding.values, binding.bound, nextSlot, NodeRef{other});
            binding.usedEdges.push_back(graph_.edge(e).id);
            path.rels.push_back(e);
            path.nodes.push_back(other);
            expand(part, 0, reversed, step + 1, other, path, parts, partIndex, binding, emit);
            path.nodes.pop_back();
            path.rels.pop_back();
            binding.usedEdges.pop_back();
        });
        return;
    }

    const std::int64_t minHops = rel.minHops < 0 ? 1 : rel.minHops;
    const std::int64_t maxHops = rel.maxHops < 0 ? kMaxUnboundedHops : rel.maxHops;
    RuntimeValue::List walked;
    std::function<void(Vertex, std::int64_t)> walk = [&](Vertex at, std::int64_t depth) {
        checkCancelled();
        if (depth >= minHops && nodeMatches(next, at, binding)) {
            RuntimeValue::List rels = walked;
            if (reversed) std::reverse(rels.begin(), rels.end());
            bool ok = true;
            if (relSlot >= 0 && binding.bound[relSlot]) {
                auto eq = cypherEquals(binding.values[relSlot], RuntimeValue(rels), graph_);
                ok = eq && *eq;
            }
            if (ok) {
                ScopedBind bindRel(binding.values, binding.bound, relSlot, std::move(rels));
                ScopedBind bindNext(binding.values, binding.bound, nextSlot, NodeRef{at});
                expand(part, 0, reversed, step + 1, at, path, parts, partIndex, binding, emit);
            }
        }
        if (depth >= maxHops) return;
        forEachEdge(at, [&](Edge e, Vertex other) {
            if (!relMatches(rel, e, binding)) return;
            binding.usedEdges.push_back(graph_.edge(e).id);
            walked.push_back(RelRef{e});
            path.rels.push_back(e);
            path.nodes.push_back(other);
            walk(other, depth + 1);
            path.nodes.pop_back();
            path.rels.pop_back();
            walked.pop_back();
            binding.usedEdges.pop_back();
        });
    };
    walk(current, 0);
}

Evaluator::Binding Evaluator::bindingFrom(const Scope& scope) {
    Binding binding;
    std::vector<const Scope*> chain;
    for (const Scope* s = &scope; s; s = s->parent) chain.push_back(s);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (!(*it)->names) continue;
        for (std::size_t i = 0; i < (*it)->names->size(); ++i) {
            int slot = binding.addSlot((*(*it)->names)[i]);
            binding.values[slot] = (*(*it)->values)[i];
            binding.bound[slot] = 1;
        }
    }
    return binding;
}

RuntimeValue Evaluator::evalPatternExpression(const ast::Expr& e, const Scope& scope) {
    Binding binding = bindingFrom(scope);
    const ast::PatternPart& part = *e.pattern;
    for (const auto& n : part.nodes) {
        if (!n.variable.empty()) binding.addSlot(n.variable);
    }
    for (const auto& r : part.rels) {
        if (!r.variable.empty()) binding.addSlot(r.variable);
    }
    if (!e.name.empty()) binding.addSlot(e.name);
    std::vector<ast::PatternPart> parts{part};
    if (!e.name.empty()) parts[0].pathVariable = e.name;
    if (e.kind == ast::ExprKind::PatternPredicate) {
        bool found = false;
        try {
            matchParts(parts, 0, binding, [&](Binding&) { throw true; });
        } catch (bool) {
            found = true;
        }
        return found;
    }
    RuntimeValue::List out;
    matchParts(parts, 0, binding, [&](Binding& b) {
        Scope inner{&b.names, &b.values, nullptr, nullptr};
        if (e.args[0].kind != ast::ExprKind::Absent) {
            auto keep = truth(eval(e.args[0], inner), e.args[0]);
            if (!keep || !*keep) return;
        }
        out.push_back(eval(e.args[1], inner));
    });
    return out;
}

}  // namespace newsgraph::query
