#include "graph/property_graph.h"

#include <algorithm>
#include <set>

namespace newsgraph::graph {

PropertyGraph::Vertex PropertyGraph::addNode(std::vector<std::string> labels,
                                             PropertyMap properties, NodeId id) {
    if (id == kAutoId) id = nextNodeId_;
    nextNodeId_ = std::max(nextNodeId_, id + 1);
    Vertex v = boost::add_vertex(NodeRecord{id, {}, std::move(properties), {}}, g_);
    byId_.emplace(id, v);
    for (auto& label : labels) addLabel(v, label);
    indexNames(v);
    return v;
}

PropertyGraph::Edge PropertyGraph::addEdge(Vertex from, Vertex to, std::string type,
                                           PropertyMap properties, EdgeId id) {
    if (id == kAutoId) id = nextEdgeId_;
    nextEdgeId_ = std::max(nextEdgeId_, id + 1);
    ++typeCounts_[type];
    Edge e = boost::add_edge(from, to, EdgeRecord{id, std::move(type), std::move(properties)}, g_)
                 .first;
    edgeById_.emplace(id, edgesInOrder_.size());
    edgesInOrder_.push_back(e);
    return e;
}

std::optional<PropertyGraph::Vertex> PropertyGraph::findNode(NodeId id) const {
    auto it = byId_.find(id);
    if (it == byId_.end()) return std::nullopt;
    return it->second;
}

std::optional<PropertyGraph::Edge> PropertyGraph::findEdge(EdgeId id) const {
    auto it = edgeById_.find(id);
    if (it == edgeById_.end()) return std::nullopt;
    return edgesInOrder_[it->second];
}

std::span<const PropertyGraph::Vertex> PropertyGraph::nodesWithLabel(
    const std::string& label) const {
    auto it = byLabel_.find(label);
    if (it == byLabel_.end()) return {};
    return it->second;
}

std::span<const PropertyGraph::Vertex> PropertyGraph::nodesNamed(std::string_view name) const {
    return names_.find(name);
}

void PropertyGraph::addLabel(Vertex v, const std::string& label) {
    NodeRecord& record = g_[v];
    if (record.hasLabel(label)) return;
    record.labels.push_back(label);
    byLabel_[label].push_back(v);
}

void PropertyGraph::setProperty(Vertex v, const std::string& key, Value value) {
    g_[v].properties[key] = std::move(value);
    if (key == "name" || key == "aliases") indexNames(v);
}

void PropertyGraph::setEdgeProperty(Edge e, const std::string& key, Value value) {
    g_[e].properties[key] = std::move(value);
}

void PropertyGraph::addMention(Vertex v, Mention mention) {
    std::uint64_t hash = std::hash<std::string>{}(mention.source);
    for (std::uint64_t part : {static_cast<std::uint64_t>(v), std::uint64_t{mention.begin},
                               std::uint64_t{mention.end}}) {
        hash = (hash ^ part) * 0x100000001b3ULL;
    }
    auto& mentions = g_[v].mentions;
    // Only a hash seen before can be a duplicate; then compare for real.
    if (!mentionHashes_.insert(hash).second &&
        std::find(mentions.begin(), mentions.end(), mention) != mentions.end()) {
        return;
    }
    mentions.push_back(std::move(mention));
}

std::vector<std::string> PropertyGraph::labels() const {
    std::vector<std::string> out;
    for (const auto& [label, vertices] : byLabel_) {
        if (!vertices.empty()) out.push_back(label);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> PropertyGraph::relationshipTypes() const {
    std::vector<std::string> out;
    for (const auto& [type, count] : typeCounts_) {
        if (count > 0) out.push_back(type);
    }
    std::sort(out.begin(), out.end());
    return out;
}

void PropertyGraph::indexNames(Vertex v) {
    const NodeRecord& record = g_[v];
    if (const Value& name = record.property("name"); name.isString()) {
        names_.add(name.asString(), v);
    }
    if (const Value& aliases = record.property("aliases"); aliases.isList()) {
        for (const auto& alias : aliases.asList()) {
            if (alias.isString()) names_.add(alias.asString(), v);
        }
    }
}

}  // namespace newsgraph::graph
