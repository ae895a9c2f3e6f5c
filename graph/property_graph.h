#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/name_index.h"
#include "graph/node.h"

namespace newsgraph::graph {

// A labelled property graph on boost::adjacency_list with bundled properties.
// Nodes carry labels, properties and mentions; relationships carry one type and
// properties. Parallel relationships and self-loops are allowed. Nothing here knows
// the news domain (see news_graph.h for that layer).
//
// Indexes kept up to date on every change: id -> node, label -> nodes, and the
// normalised `name` and `aliases` properties -> nodes (see name_index.h).
//
// Vertex descriptors are dense indexes 0..nodeCount()-1 and never change (nodes are
// never removed). Not thread-safe for writers; concurrent readers are fine.
class PropertyGraph {
public:
    using Adjacency = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                            NodeRecord, EdgeRecord>;
    using Vertex = Adjacency::vertex_descriptor;
    using Edge = Adjacency::edge_descriptor;

    static constexpr NodeId kAutoId = -1;

    PropertyGraph() = default;
    PropertyGraph(const PropertyGraph&) = delete;
    PropertyGraph& operator=(const PropertyGraph&) = delete;
    PropertyGraph(PropertyGraph&&) = default;
    PropertyGraph& operator=(PropertyGraph&&) = default;

    // Adds a node and returns its vertex. With kAutoId the node gets the next free id.
    // REQUIRES: an explicit id is not already in use (check with findNode first).
    Vertex addNode(std::vector<std::string> labels, PropertyMap properties = {},
                   NodeId id = kAutoId);
    // Adds a relationship from -> to and returns it; with kAutoId the next free id.
    Edge addEdge(Vertex from, Vertex to, std::string type, PropertyMap properties = {},
                 EdgeId id = kAutoId);

    std::size_t nodeCount() const { return boost::num_vertices(g_); }
    std::size_t edgeCount() const { return boost::num_edges(g_); }

    const NodeRecord& node(Vertex v) const { return g_[v]; }
    const EdgeRecord& edge(Edge e) const { return g_[e]; }
    Vertex source(Edge e) const { return boost::source(e, g_); }
    Vertex target(Edge e) const { return boost::target(e, g_); }

    // Lookups through the indexes; empty / nullopt when nothing matches.
    std::optional<Vertex> findNode(NodeId id) const;
    std::optional<Edge> findEdge(EdgeId id) const;
    std::span<const Vertex> nodesWithLabel(const std::string& label) const;
    // Nodes whose `name` or one of whose `aliases` normalises to the same key as `name`.
    std::span<const Vertex> nodesNamed(std::string_view name) const;

    // Edges in the order they were added (by EdgeId order of insertion).
    std::span<const Edge> edges() const { return edgesInOrder_; }

    // Mutators that keep the indexes right.
    void addLabel(Vertex v, const std::string& label);
    void setProperty(Vertex v, const std::string& key, Value value);
    void setEdgeProperty(Edge e, const std::string& key, Value value);
    // Adds provenance to a node; an exact duplicate is ignored (in O(1) expected time, so
    // an entity mentioned tens of thousands of times stays cheap).
    void addMention(Vertex v, Mention mention);

    // Every label and relationship type in use, sorted, for schemas and completion.
    std::vector<std::string> labels() const;
    std::vector<std::string> relationshipTypes() const;

    // The underlying Boost graph, for algorithms (read-only).
    const Adjacency& adjacency() const { return g_; }

private:
    void indexNames(Vertex v);

    Adjacency g_;
    std::unordered_map<NodeId, Vertex> byId_;
    std::unordered_map<EdgeId, std::size_t> edgeById_;  // -> position in edgesInOrder_
    std::vector<Edge> edgesInOrder_;
    std::unordered_map<std::string, std::vector<Vertex>> byLabel_;
    std::unordered_map<std::string, std::size_t> typeCounts_;
    NameIndex names_;
    std::unordered_set<std::uint64_t> mentionHashes_;  // a fast "certainly new" for addMention
    NodeId nextNodeId_ = 1;
    EdgeId nextEdgeId_ = 1;
};

}  // namespace newsgraph::graph
