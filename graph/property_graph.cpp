#include "graph/property_graph.h"

#include <algorithm>
#include <set>

namespace newsgraph::graph {

namespace {

std::uint64_t mentionHash(std::size_t v, const Mention& mention) {
    std::uint64_t hash = std::hash<std::string>{}(mention.source);
    for (std::uint64_t part : {static_cast<std::uint64_t>(v), std::uint64_t{mention.begin},
                               std::uint64_t{mention.end}}) {
        hash = (hash ^ part) * 0x100000001b3ULL;
    }
    return hash;
}

}  // namespace

PropertyGraph::Vertex PropertyGraph::addNode(std::vector<std::string> labels,
                                             PropertyMap properties, NodeId id) {
    ++version_;
    if (id == kAutoId) id = nextNodeId_;
    nextNodeId_ = std::max(nextNodeId_, id + 1);
    Vertex v = boost::add_vertex(NodeRecord{id, {}, std::move(properties), {}}, (*g_));
    byId_.emplace(id, v);
    for (auto& label : labels) addLabel(v, label);
    indexNames(v);
    return v;
}

PropertyGraph::Edge PropertyGraph::addEdge(Vertex from, Vertex to, std::string type,
                                           PropertyMap properties, EdgeId id) {
    ++version_;
    if (id == kAutoId) id = nextEdgeId_;
    nextEdgeId_ = std::max(nextEdgeId_, id + 1);
    ++typeCounts_[type];
    Edge e = boost::add_edge(from, to, EdgeRecord{id, std::move(type), std::move(properties)}, (*g_))
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
    NodeRecord& record = (*g_)[v];
    if (record.hasLabel(label)) return;
    ++version_;
    record.labels.push_back(label);
    byLabel_[label].push_back(v);
}

bool PropertyGraph::removeLabel(Vertex v, const std::string& label) {
    NodeRecord& record = (*g_)[v];
    auto it = std::find(record.labels.begin(), record.labels.end(), label);
    if (it == record.labels.end()) return false;
    ++version_;
    record.labels.erase(it);
    auto& vertices = byLabel_[label];
    std::erase(vertices, v);
    if (vertices.empty()) byLabel_.erase(label);
    return true;
}

void PropertyGraph::setProperty(Vertex v, const std::string& key, Value value) {
    ++version_;
    const bool named = key == "name" || key == "aliases";
    if (named) unindexNames(v);
    (*g_)[v].properties[key] = std::move(value);
    if (named) indexNames(v);
}

void PropertyGraph::setEdgeProperty(Edge e, const std::string& key, Value value) {
    ++version_;
    (*g_)[e].properties[key] = std::move(value);
}

bool PropertyGraph::removeProperty(Vertex v, const std::string& key) {
    auto& properties = (*g_)[v].properties;
    auto it = properties.find(key);
    if (it == properties.end()) return false;
    ++version_;
    const bool named = key == "name" || key == "aliases";
    if (named) unindexNames(v);
    properties.erase(it);
    if (named) indexNames(v);
    return true;
}

bool PropertyGraph::removeEdgeProperty(Edge e, const std::string& key) {
    if ((*g_)[e].properties.erase(key) == 0) return false;
    ++version_;
    return true;
}

std::vector<PropertyGraph::Edge> PropertyGraph::incidentEdges(Vertex v) const {
    std::vector<Edge> out;
    for (auto [it, end] = boost::out_edges(v, (*g_)); it != end; ++it) out.push_back(*it);
    for (auto [it, end] = boost::in_edges(v, (*g_)); it != end; ++it) {
        if (boost::source(*it, (*g_)) != v) out.push_back(*it);  // a self-loop is out already
    }
    return out;
}

void PropertyGraph::removeEdges(std::span<const Edge> edges) {
    if (edges.empty()) return;
    ++version_;
    // Duplicates dropped first, while every record can still be read.
    std::unordered_set<EdgeId> gone;
    std::vector<Edge> unique;
    for (Edge e : edges) {
        if (gone.insert((*g_)[e].id).second) unique.push_back(e);
    }
    // Compact the insertion order before removing anything. The descriptors of the rest
    // stay valid: they point at their records in the adjacency list's edge list, which
    // is a std::list.
    std::vector<Edge> kept;
    kept.reserve(edgesInOrder_.size());
    for (Edge e : edgesInOrder_) {
        if (gone.count((*g_)[e].id) == 0) kept.push_back(e);
    }
    for (Edge e : unique) {
        const EdgeRecord& record = (*g_)[e];
        if (--typeCounts_[record.type] == 0) typeCounts_.erase(record.type);
        edgeById_.erase(record.id);
        boost::remove_edge(e, (*g_));  // by its property pointer: parallel edges stay
    }
    edgesInOrder_ = std::move(kept);
    for (std::size_t i = 0; i < edgesInOrder_.size(); ++i) edgeById_[(*g_)[edgesInOrder_[i]].id] = i;
}

PropertyGraph::Renumbering PropertyGraph::removeNodes(std::span<const Vertex> vertices) {
    Renumbering renumbering;
    const std::size_t n = boost::num_vertices((*g_));
    std::vector<char> remove(n, 0);
    for (Vertex v : vertices) remove[v] = 1;
    ++version_;
    // Rebuild the adjacency list without them: one pass over the nodes and one over the
    // edges, in their order, rather than boost::remove_vertex's pass per node. The records
    // are moved out and the list refilled in place: adjacency_list has no move, and a
    // copy (or its swap, which copies) would leave new Edge descriptors pointing into
    // the copy's edge list.
    renumbering.vertex.assign(n, Renumbering::kRemoved);
    std::vector<NodeRecord> nodes;
    for (Vertex v = 0; v < n; ++v) {
        if (remove[v]) continue;
        renumbering.vertex[v] = nodes.size();
        nodes.push_back(std::move((*g_)[v]));
    }
    struct Moved {
        Vertex from, to;
        EdgeRecord record;
    };
    std::vector<Moved> edges;
    edges.reserve(edgesInOrder_.size());
    for (Edge e : edgesInOrder_) {
        Vertex from = renumbering.vertex[boost::source(e, (*g_))];
        Vertex to = renumbering.vertex[boost::target(e, (*g_))];
        // REQUIRES said no removed node has an edge left; an edge that still has one is
        // a programmer error, and dropping it keeps the graph consistent at least.
        if (from == Renumbering::kRemoved || to == Renumbering::kRemoved) continue;
        edges.push_back({from, to, std::move((*g_)[e])});
    }
    (*g_).clear();
    for (auto& record : nodes) boost::add_vertex(std::move(record), (*g_));
    edgesInOrder_.clear();
    for (auto& moved : edges) {
        EdgeId id = moved.record.id;
        Edge e = boost::add_edge(moved.from, moved.to, std::move(moved.record), (*g_)).first;
        renumbering.edgeById.emplace(id, e);
        edgesInOrder_.push_back(e);
    }
    // Every index holds vertices: rebuild them all.
    byId_.clear();
    edgeById_.clear();
    byLabel_.clear();
    typeCounts_.clear();
    names_.clear();
    mentionHashes_.clear();
    for (Vertex v = 0; v < boost::num_vertices((*g_)); ++v) {
        const NodeRecord& record = (*g_)[v];
        byId_.emplace(record.id, v);
        for (const auto& label : record.labels) byLabel_[label].push_back(v);
        indexNames(v);
        for (const auto& mention : record.mentions) mentionHashes_.insert(mentionHash(v, mention));
    }
    for (std::size_t i = 0; i < edgesInOrder_.size(); ++i) {
        const EdgeRecord& record = (*g_)[edgesInOrder_[i]];
        edgeById_.emplace(record.id, i);
        ++typeCounts_[record.type];
    }
    return renumbering;
}

void PropertyGraph::addMention(Vertex v, Mention mention) {
    ++version_;
    std::uint64_t hash = mentionHash(v, mention);
    auto& mentions = (*g_)[v].mentions;
    // Only a hash seen before can be a duplicate; then compare for real.
    if (!mentionHashes_.insert(hash).second &&
        std::find(mentions.begin(), mentions.end(), mention) != mentions.end()) {
        return;
    }
    mentions.push_back(std::move(mention));
}

std::size_t PropertyGraph::removeMentionsOf(std::string_view source) {
    std::size_t removed = 0;
    for (Vertex v = 0; v < nodeCount(); ++v) {
        auto& mentions = (*g_)[v].mentions;
        removed += std::erase_if(mentions, [&](const Mention& m) { return m.source == source; });
    }
    // mentionHashes_ keeps their hashes: it only ever says "certainly new" (see addMention).
    if (removed > 0) ++version_;
    return removed;
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

void PropertyGraph::unindexNames(Vertex v) {
    const NodeRecord& record = (*g_)[v];
    if (const Value& name = record.property("name"); name.isString()) {
        names_.remove(name.asString(), v);
    }
    if (const Value& aliases = record.property("aliases"); aliases.isList()) {
        for (const auto& alias : aliases.asList()) {
            if (alias.isString()) names_.remove(alias.asString(), v);
        }
    }
}

void PropertyGraph::indexNames(Vertex v) {
    const NodeRecord& record = (*g_)[v];
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
