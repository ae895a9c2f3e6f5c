#include "graph/graph_check.h"

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
