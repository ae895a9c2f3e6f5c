#include "graph/graph_check.h"

#include <algorithm>
#include <unordered_map>

#include "graph/news_schema.h"
#include "graph/utf8.h"

namespace newsgraph::graph {

namespace {

// Why `s` cannot be written, or empty.
std::string stringProblem(std::string_view s) {
    if (s.size() > kMaxStringBytes) {
        return "is a string of " + std::to_string(s.size()) + " bytes, over the limit of " +
               std::to_string(kMaxStringBytes);
    }
    if (std::size_t bad = findInvalidUtf8(s); bad != std::string_view::npos) {
        return "is not valid UTF-8 (byte " + std::to_string(bad) + ")";
    }
    return {};
}

// Why `v` cannot be written, or empty. Iterative in spirit: recursion stops at the limit.
std::string valueProblem(const Value& v, int depth) {
    if (v.isString()) return stringProblem(v.asString());
    if (!v.isList() && !v.isMap()) return {};
    if (depth >= kMaxValueDepth) {
        return "nests lists and maps deeper than " + std::to_string(kMaxValueDepth) + " levels";
    }
    if (v.isList()) {
        for (const auto& item : v.asList()) {
            if (std::string p = valueProblem(item, depth + 1); !p.empty()) return p;
        }
        return {};
    }
    for (const auto& [key, item] : v.asMap()) {
        if (std::string p = stringProblem(key); !p.empty()) return "has a key that " + p;
        if (std::string p = valueProblem(item, depth + 1); !p.empty()) return p;
    }
    return {};
}

std::string propertiesProblem(const PropertyMap& properties) {
    for (const auto& [key, value] : properties) {
        if (std::string p = stringProblem(key); !p.empty()) return "has a property key that " + p;
        if (std::string p = valueProblem(value, 0); !p.empty()) {
            return "has a property \"" + key + "\" that " + p;
        }
    }
    return {};
}

}  // namespace

std::vector<GraphProblem> mentionProblems(const PropertyGraph& graph, std::size_t limit) {
    // Article key -> its text's length (npos when it has no text).
    std::unordered_map<std::string, std::size_t> articles;
    for (auto v : graph.nodesWithLabel(std::string(labelOf(NodeKind::Article)))) {
        const NodeRecord& node = graph.node(v);
        const Value& key = node.property("key");
        if (!key.isString()) continue;
        const Value& text = node.property("text");
        articles.emplace(key.asString(),
                         text.isString() ? text.asString().size() : std::string::npos);
    }
    std::vector<GraphProblem> problems;
    for (std::size_t v = 0; v < graph.nodeCount() && problems.size() < limit; ++v) {
        const NodeRecord& node = graph.node(v);
        for (const auto& mention : node.mentions) {
            auto it = articles.find(mention.source);
            std::string message;
            if (it == articles.end()) {
                message = "node " + std::to_string(node.id) + " has a mention of article \"" +
                          mention.source + "\", which is not in the graph";
            } else if (it->second != std::string::npos && mention.end > it->second) {
                message = "node " + std::to_string(node.id) + " has a mention of article \"" +
                          mention.source + "\" at bytes " + std::to_string(mention.begin) + ".." +
                          std::to_string(mention.end) + ", past the end of its text (" +
                          std::to_string(it->second) + " bytes)";
            }
            if (!message.empty()) {
                problems.push_back({v, std::move(message)});
                break;  // one problem per node is enough to point at it
            }
        }
    }
    return problems;
}

std::optional<std::string> unwritableReason(const PropertyGraph& graph) {
    for (std::size_t v = 0; v < graph.nodeCount(); ++v) {
        const NodeRecord& node = graph.node(v);
        const std::string name = "node " + std::to_string(node.id);
        for (const auto& label : node.labels) {
            if (std::string p = stringProblem(label); !p.empty()) return name + " has a label that " + p;
        }
        if (std::string p = propertiesProblem(node.properties); !p.empty()) return name + " " + p;
        for (const auto& mention : node.mentions) {
            if (std::string p = stringProblem(mention.source); !p.empty()) {
                return name + " has a mention whose article " + p;
            }
        }
    }
    for (auto e : graph.edges()) {
        const EdgeRecord& edge = graph.edge(e);
        const std::string name = "relationship " + std::to_string(edge.id);
        if (std::string p = stringProblem(edge.type); !p.empty()) return name + " has a type that " + p;
        if (std::string p = propertiesProblem(edge.properties); !p.empty()) return name + " " + p;
    }
    if (auto problems = mentionProblems(graph, 1); !problems.empty()) return problems[0].message;
    return std::nullopt;
}

}  // namespace newsgraph::graph

namespace newsgraph::graph {

std::vector<std::string> indexProblems(const PropertyGraph& graph, std::size_t limit) {
    std::vector<std::string> problems;
    auto problem = [&](std::string message) {
        if (problems.size() < limit) problems.push_back(std::move(message));
    };
    const auto& g = *graph.g_;
    const std::size_t n = boost::num_vertices(g);
    auto nodeName = [&](std::size_t v) { return "node " + std::to_string(g[v].id); };

    // Ids: each node under its own id, and nothing else in the id index.
    if (graph.byId_.size() != n) {
        problem("id index: " + std::to_string(graph.byId_.size()) + " ids for " +
                std::to_string(n) + " nodes");
    }
    for (const auto& [id, v] : graph.byId_) {
        if (v >= n) {
            problem("id index: id " + std::to_string(id) + " points past the last node");
        } else if (g[v].id != id) {
            problem("id index: id " + std::to_string(id) + " points at " + nodeName(v));
        }
    }
    // Labels, both ways.
    std::size_t labelled = 0;
    for (std::size_t v = 0; v < n; ++v) {
        for (const auto& label : g[v].labels) {
            ++labelled;
            auto it = graph.byLabel_.find(label);
            std::size_t times =
                it == graph.byLabel_.end() ? 0 : std::count(it->second.begin(), it->second.end(), v);
            if (times != 1) {
                problem("label index: " + nodeName(v) + " is under `" + label + "` " +
                        std::to_string(times) + " times");
            }
        }
    }
    std::size_t indexed = 0;
    for (const auto& [label, vertices] : graph.byLabel_) {
        for (auto v : vertices) {
            ++indexed;
            if (v >= n) {
                problem("label index: `" + label + "` holds a vertex past the last node");
            } else if (!g[v].hasLabel(label)) {
                problem("label index: " + nodeName(v) + " is under `" + label +
                        "` but has no such label");
            }
        }
    }
    if (indexed != labelled) {
        problem("label index: " + std::to_string(indexed) + " entries for " +
                std::to_string(labelled) + " labels on nodes");
    }
    // Names, both ways: each name and alias's key holds the node, each key's nodes have
    // a name or alias with that key.
    auto namesOf = [&](std::size_t v) {
        std::vector<std::string> keys;
        if (const Value& name = g[v].property("name"); name.isString()) {
            keys.push_back(normaliseName(name.asString()));
        }
        if (const Value& aliases = g[v].property("aliases"); aliases.isList()) {
            for (const auto& alias : aliases.asList()) {
                if (alias.isString()) keys.push_back(normaliseName(alias.asString()));
            }
        }
        std::erase(keys, std::string());
        return keys;
    };
    const auto& entries = graph.names_.entries();
    for (std::size_t v = 0; v < n; ++v) {
        for (const auto& key : namesOf(v)) {
            auto it = entries.find(key);
            if (it == entries.end() || std::find(it->second.begin(), it->second.end(), v) ==
                                           it->second.end()) {
                problem("name index: " + nodeName(v) + " is not under its name `" + key + "`");
            }
        }
    }
    for (const auto& [key, vertices] : entries) {
        for (auto v : vertices) {
            if (v >= n) {
                problem("name index: `" + key + "` holds a vertex past the last node");
                continue;
            }
            auto keys = namesOf(v);
            if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
                problem("name index: " + nodeName(v) + " is under `" + key +
                        "` but has no such name or alias");
            }
        }
    }
    // Relationships: no dangling ends, each in the insertion order once and under its id.
    if (graph.edgesInOrder_.size() != boost::num_edges(g)) {
        problem("edge order: " + std::to_string(graph.edgesInOrder_.size()) + " entries for " +
                std::to_string(boost::num_edges(g)) + " relationships");
    }
    std::unordered_map<EdgeId, std::size_t> seen;
    std::unordered_map<std::string, std::size_t> types;
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const EdgeRecord& edge = g[*it];
        const std::string name = "relationship " + std::to_string(edge.id);
        if (boost::source(*it, g) >= n || boost::target(*it, g) >= n) {
            problem(name + " has an end that is not a node of the graph");
        }
        if (++seen[edge.id] == 2) problem("edge ids: " + name + " is used twice");
        ++types[edge.type];
        auto found = graph.edgeById_.find(edge.id);
        if (found == graph.edgeById_.end() || found->second >= graph.edgesInOrder_.size() ||
            g[graph.edgesInOrder_[found->second]].id != edge.id) {
            problem("edge index: " + name + " is not found by its id");
        }
    }
    if (graph.edgeById_.size() != boost::num_edges(g)) {
        problem("edge index: " + std::to_string(graph.edgeById_.size()) + " ids for " +
                std::to_string(boost::num_edges(g)) + " relationships");
    }
    for (const auto& [type, count] : graph.typeCounts_) {
        auto it = types.find(type);
        std::size_t actual = it == types.end() ? 0 : it->second;
        if (actual != count) {
            problem("type counts: `" + type + "` counted " + std::to_string(count) + " times, " +
                    std::to_string(actual) + " in the graph");
        }
    }
    for (const auto& [type, count] : types) {
        if (graph.typeCounts_.count(type) == 0) problem("type counts: `" + type + "` not counted");
    }
    // Ids are never reused: the next ones are past every id in use.
    for (std::size_t v = 0; v < n; ++v) {
        if (g[v].id >= graph.nextNodeId_) problem(nodeName(v) + " is not below the next node id");
    }
    for (const auto& [id, count] : seen) {
        if (id >= graph.nextEdgeId_) {
            problem("relationship " + std::to_string(id) + " is not below the next edge id");
        }
    }
    return problems;
}

}  // namespace newsgraph::graph
