#pragma once

#include <initializer_list>
#include <string_view>

#include "graph/node.h"

namespace newsgraph::graph {

class PropertyGraph;

// Ids derived from content rather than from build order, so that a node or relationship
// built from the same article text has the same id on every build, whatever else is
// built with it: a correction that names `id(f) = 123` still finds its figure after a
// rebuild with more articles (docs/graph-json.md, "Stable ids").
//
// An id is a hash (FNV-1a, then a 64-bit mix: the same on every machine) of its parts,
// folded into 1 .. kStableIdRange - 1: positive, and small enough to be exact in any
// JSON reader (a double holds 2^53) and short enough to type.
inline constexpr NodeId kStableIdRange = NodeId{1} << 40;

NodeId stableId(std::initializer_list<std::string_view> parts);

// The id itself when no node (relationship) has it, else the next free one of a probe
// sequence that depends only on the id: a collision is rare (thousands of nodes in 2^40
// ids) and then only the later of the two nodes depends on build order.
NodeId freeNodeId(const PropertyGraph& graph, NodeId id);
EdgeId freeEdgeId(const PropertyGraph& graph, EdgeId id);

}  // namespace newsgraph::graph
