#include "graph/graph_selection.h"

namespace newsgraph::graph {

void GraphSelection::addNode(PropertyGraph::Vertex v) {
    whole_ = false;
    nodes_.insert(v);
}

void GraphSelection::addEdge(const PropertyGraph& graph, PropertyGraph::Edge e) {
    whole_ = false;
    edges_.insert(graph.edge(e).id);
    nodes_.insert(graph.source(e));
    nodes_.insert(graph.target(e));
}

Subgraph resolveSelection(const PropertyGraph& graph, const GraphSelection& selection) {
    Subgraph subgraph;
    for (PropertyGraph::Vertex v = 0; v < graph.nodeCount(); ++v) {
        if (selection.containsNode(v)) subgraph.nodes.push_back(v);
    }
    for (auto e : graph.edges()) {
        if (selection.containsEdge(graph, e)) subgraph.edges.push_back(e);
    }
    return subgraph;
}

PropertyGraph copySelection(const PropertyGraph& graph, const GraphSelection& selection,
                            const std::function<bool(const Mention&)>& keepMention) {
    PropertyGraph copy;
    Subgraph subgraph = resolveSelection(graph, selection);
    for (auto v : subgraph.nodes) {
        const NodeRecord& node = graph.node(v);
        auto w = copy.addNode(node.labels, node.properties, node.id);
        for (const auto& mention : node.mentions) {
            if (!keepMention || keepMention(mention)) copy.addMention(w, mention);
        }
    }
    for (auto e : subgraph.edges) {
        const EdgeRecord& edge = graph.edge(e);
        auto from = copy.findNode(graph.node(graph.source(e)).id);
        auto to = copy.findNode(graph.node(graph.target(e)).id);
        copy.addEdge(*from, *to, edge.type, edge.properties, edge.id);
    }
    return copy;
}

}  // namespace newsgraph::graph
