// shortestPath and allShortestPaths: breadth-first search (see evaluator.h).
#include <deque>
#include <functional>
#include <limits>

#include "shell/query/error.h"
#include "shell/query/evaluator.h"
#include "shell/query/scoped_bind.h"

namespace newsgraph::query {

// shortestPath / allShortestPaths: breadth-first search between every pair of matching
// end nodes, over the pattern's single relationship (types, direction, hop bounds).
void Evaluator::matchShortest(const std::vector<ast::PatternPart>& parts, std::size_t index,
                              Binding& binding, const Emit& emit) {
    const ast::PatternPart& part = parts[index];
    if (part.rels.size() != 1) {
        throw EvalError(span(part), part.shortest + " needs a pattern with one relationship",
                        "SyntaxError", "InvalidShortestPathPattern");
    }
    const ast::RelPattern& rel = part.rels[0];
    const ast::NodePattern& from = part.nodes[0];
    const ast::NodePattern& to = part.nodes[1];
    const std::int64_t minHops = rel.minHops < 0 ? 1 : rel.minHops;
    const std::int64_t maxHops =
        rel.variableLength ? (rel.maxHops < 0 ? std::numeric_limits<std::int64_t>::max() : rel.maxHops)
                           : 1;
    const bool all = part.shortest == "allShortestPaths";
    const auto& g = graph_.adjacency();
    const int fromSlot = from.variable.empty() ? -1 : binding.slot(from.variable);
    const int toSlot = to.variable.empty() ? -1 : binding.slot(to.variable);
    const int relSlot = rel.variable.empty() ? -1 : binding.slot(rel.variable);
    const int pathSlot = part.pathVariable.empty() ? -1 : binding.slot(part.pathVariable);

    for (Vertex a : startCandidates(from, binding)) {
        if (!nodeMatches(from, a, binding)) continue;
        ScopedBind bindFrom(binding.values, binding.bound, fromSlot, NodeRef{a});
        // BFS layers: parents[v] = edges reaching v on a shortest path.
        std::vector<std::int64_t> depth(graph_.nodeCount(), -1);
        std::vector<std::vector<std::pair<Vertex, Edge>>> parents(graph_.nodeCount());
        std::deque<Vertex> queue{a};
        depth[a] = 0;
        while (!queue.empty()) {
            checkCancelled();
            Vertex v = queue.front();
            queue.pop_front();
            if (depth[v] >= maxHops) continue;
            auto visit = [&](Edge e, Vertex w) {
                if (!relMatches(rel, e, binding)) return;
                if (depth[w] == -1) {
                    depth[w] = depth[v] + 1;
                    queue.push_back(w);
                }
                if (depth[w] == depth[v] + 1) parents[w].push_back({v, e});
            };
            if (rel.direction != ast::Direction::Left) {
                for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) visit(*it, boost::target(*it, g));
            }
            if (rel.direction != ast::Direction::Right) {
                for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) visit(*it, boost::source(*it, g));
            }
        }
        for (Vertex b = 0; b < graph_.nodeCount(); ++b) {
            if (depth[b] < std::max<std::int64_t>(minHops, 1) || !nodeMatches(to, b, binding)) continue;
            // Enumerate shortest paths back from b (one, or all).
            std::vector<PathValue> found;
            PathValue partial;
            std::function<void(Vertex)> back = [&](Vertex v) {
                if (!all && !found.empty()) return;
                if (v == a) {
                    PathValue p;
                    p.nodes.push_back(a);
                    for (std::size_t i = partial.rels.size(); i-- > 0;) {
                        p.rels.push_back(partial.rels[i]);
                        p.nodes.push_back(partial.nodes[i]);
                    }
                    found.push_back(std::move(p));
                    return;
                }
                for (auto [parent, e] : parents[v]) {
                    partial.nodes.push_back(v);
                    partial.rels.push_back(e);
                    back(parent);
                    partial.nodes.pop_back();
                    partial.rels.pop_back();
                }
            };
            back(b);
            for (auto& p : found) {
                RuntimeValue::List rels;
                for (Edge e : p.rels) rels.push_back(RelRef{e});
                ScopedBind bindTo(binding.values, binding.bound, toSlot, NodeRef{b});
                ScopedBind bindRel(binding.values, binding.bound, relSlot,
                                   rel.variableLength ? RuntimeValue(rels) : RuntimeValue(RelRef{p.rels[0]}));
                ScopedBind bindPath(binding.values, binding.bound, pathSlot, p);
                matchParts(parts, index + 1, binding, emit);
            }
        }
    }
}

}  // namespace newsgraph::query
