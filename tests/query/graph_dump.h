#pragma once

// Everything about a graph in text (ids, labels, properties, relationships), so that a
// test can check exactly that a statement changed nothing.

#include <string>

#include "graph/property_graph.h"

namespace newsgraph::testing {

inline std::string dumpGraph(const graph::PropertyGraph& g) {
    std::string out;
    for (std::size_t v = 0; v < g.nodeCount(); ++v) {
        const auto& node = g.node(v);
        out += "n" + std::to_string(node.id);
        for (const auto& label : node.labels) out += ":" + label;
        for (const auto& [key, value] : node.properties) out += " " + key + "=" + value.toDisplayString();
        out += "\n";
    }
    for (auto e : g.edges()) {
        const auto& edge = g.edge(e);
        out += "r" + std::to_string(edge.id) + " " + std::to_string(g.node(g.source(e)).id) + "-" +
               edge.type + "->" + std::to_string(g.node(g.target(e)).id);
        for (const auto& [key, value] : edge.properties) out += " " + key + "=" + value.toDisplayString();
        out += "\n";
    }
    return out;
}

}  // namespace newsgraph::testing
