#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <memory>
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
// Identity. NodeId and EdgeId (as written in graph.json) are the stable names: they
// never change and are never reused within a graph, not even after a removal (graph.json
// does not record the next id, though: after a save and load, the ids of removed nodes
// above every remaining one may be given out again). Vertex
// descriptors are dense indexes 0..nodeCount()-1; adding nodes or relationships or
// removing relationships leaves every descriptor valid, but removeNodes() compacts the
// vertices, so it renumbers the Vertex of every node after a removed one and
// invalidates every Edge descriptor (it returns the mapping). Code that keeps a node or
// relationship across a removal keeps its id, or remaps with the returned mapping.
//
// Not thread-safe for writers; concurrent readers are fine.
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

    // What a removeNodes() did to the descriptors held before it.
    struct Renumbering {
        static constexpr Vertex kRemoved = static_cast<Vertex>(-1);
        std::vector<Vertex> vertex;                     // old vertex -> new, or kRemoved
        std::unordered_map<EdgeId, Edge> edgeById;      // every remaining edge's new descriptor
    };

    std::size_t nodeCount() const { return boost::num_vertices((*g_)); }
    std::size_t edgeCount() const { return boost::num_edges((*g_)); }

    const NodeRecord& node(Vertex v) const { return (*g_)[v]; }
    const EdgeRecord& edge(Edge e) const { return (*g_)[e]; }
    Vertex source(Edge e) const { return boost::source(e, (*g_)); }
    Vertex target(Edge e) const { return boost::target(e, (*g_)); }

    // Lookups through the indexes; empty / nullopt when nothing matches.
    std::optional<Vertex> findNode(NodeId id) const;
    std::optional<Edge> findEdge(EdgeId id) const;
    std::span<const Vertex> nodesWithLabel(const std::string& label) const;
    // Nodes whose `name` or one of whose `aliases` normalises to the same key as `name`.
    std::span<const Vertex> nodesNamed(std::string_view name) const;

    // Edges in the order they were added (by EdgeId order of insertion).
    std::span<const Edge> edges() const { return edgesInOrder_; }

    // Mutators that keep the indexes right. Setting `name` or `aliases` re-indexes the
    // node's names (the old ones are dropped from the name index).
    void addLabel(Vertex v, const std::string& label);
    // Removes a label; returns false when the node did not have it.
    bool removeLabel(Vertex v, const std::string& label);
    void setProperty(Vertex v, const std::string& key, Value value);
    void setEdgeProperty(Edge e, const std::string& key, Value value);
    // Remove one property; return false when it was not set.
    bool removeProperty(Vertex v, const std::string& key);
    bool removeEdgeProperty(Edge e, const std::string& key);

    // Removes relationships (duplicates allowed). Other Edge descriptors and every Vertex
    // stay valid; edges() keeps the order of the rest. O(E) for the whole batch.
    // REQUIRES: each edge is in the graph.
    void removeEdges(std::span<const Edge> edges);
    void removeEdge(Edge e) { removeEdges(std::span<const Edge>(&e, 1)); }
    // Every relationship with `v` at either end, each once (a self-loop once).
    std::vector<Edge> incidentEdges(Vertex v) const;
    // Removes nodes (duplicates allowed) and compacts the vertices: see "Identity" above
    // for what happens to descriptors, and use the result to remap them. O(V + E) for
    // the whole batch, so remove many nodes in one call rather than one at a time.
    // REQUIRES: no node has a relationship left (remove them first: incidentEdges).
    Renumbering removeNodes(std::span<const Vertex> vertices);

    // Grows by one on every change, so that caches over the graph (a query engine's
    // name catalogue) know when to rebuild; counts alone miss a delete plus a create.
    std::uint64_t version() const { return version_; }
    // Adds provenance to a node; an exact duplicate is ignored (in O(1) expected time, so
    // an entity mentioned tens of thousands of times stays cheap).
    void addMention(Vertex v, Mention mention);

    // Removes every mention whose source is `source` from every node (the source, an
    // article, is gone); returns how many. O(V + mentions).
    std::size_t removeMentionsOf(std::string_view source);

    // Every label and relationship type in use, sorted, for schemas and completion.
    std::vector<std::string> labels() const;
    std::vector<std::string> relationshipTypes() const;

    // The underlying Boost graph, for algorithms (read-only).
    const Adjacency& adjacency() const { return (*g_); }

private:
    // The consistency check reads the indexes themselves (graph_check.h).
    friend std::vector<std::string> indexProblems(const PropertyGraph& graph, std::size_t limit);

    void indexNames(Vertex v);
    void unindexNames(Vertex v);

    // Behind a pointer because adjacency_list has no move: moving it would copy, and the
    // copy's edges are other objects, so edgesInOrder_'s descriptors would point into the
    // graph moved from. A moved-from PropertyGraph may only be destroyed or assigned to.
    std::unique_ptr<Adjacency> g_ = std::make_unique<Adjacency>();
    std::unordered_map<NodeId, Vertex> byId_;
    std::unordered_map<EdgeId, std::size_t> edgeById_;  // -> position in edgesInOrder_
    std::vector<Edge> edgesInOrder_;
    std::unordered_map<std::string, std::vector<Vertex>> byLabel_;
    std::unordered_map<std::string, std::size_t> typeCounts_;
    NameIndex names_;
    std::unordered_set<std::uint64_t> mentionHashes_;  // a fast "certainly new" for addMention
    NodeId nextNodeId_ = 1;
    EdgeId nextEdgeId_ = 1;
    std::uint64_t version_ = 0;
};

}  // namespace newsgraph::graph
