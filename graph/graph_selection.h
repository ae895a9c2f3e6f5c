#pragma once

#include <functional>

#include <set>
#include <vector>

#include "graph/property_graph.h"

namespace newsgraph::graph {

// The nodes and relationships of a graph that an export writes: the whole graph, or a part
// of it such as the nodes, relationships and paths a query returns. Selecting a
// relationship selects both its ends, so an export never holds a dangling edge; selecting
// nodes alone selects no relationships between them. A selection holds descriptors of one
// graph and is only meaningful with that graph.
class GraphSelection {
  public:
    // The whole graph.
    GraphSelection() = default;
    static GraphSelection wholeGraph() { return GraphSelection(); }

    void addNode(PropertyGraph::Vertex v);
    // Adds the relationship and both of its ends.
    void addEdge(const PropertyGraph& graph, PropertyGraph::Edge e);

    // True until something is added: an empty selection means the whole graph.
    bool isWholeGraph() const { return whole_; }
    bool containsNode(PropertyGraph::Vertex v) const { return whole_ || nodes_.count(v) > 0; }
    bool containsEdge(const PropertyGraph& graph, PropertyGraph::Edge e) const {
        return whole_ || edges_.count(graph.edge(e).id) > 0;
    }

  private:
    bool whole_ = true;
    std::set<PropertyGraph::Vertex> nodes_;
    std::set<EdgeId> edges_;
};

// A selection resolved against its graph, in the stable order every writer uses: nodes by
// vertex index (creation order), relationships in the order they were added.
struct Subgraph {
    std::vector<PropertyGraph::Vertex> nodes;
    std::vector<PropertyGraph::Edge> edges;
};

Subgraph resolveSelection(const PropertyGraph& graph, const GraphSelection& selection);

// A new graph holding copies of the selected nodes and relationships with the same ids,
// labels, properties and mentions (for writing a selection as graph.json). With
// `keepMention`, only the mentions it accepts are copied.
PropertyGraph copySelection(const PropertyGraph& graph, const GraphSelection& selection,
                            const std::function<bool(const Mention&)>& keepMention = {});

}  // namespace newsgraph::graph
