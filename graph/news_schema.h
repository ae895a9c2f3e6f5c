#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "graph/node.h"

namespace newsgraph::graph {

// The news domain's vocabulary on top of the general property graph: node kinds map to
// labels (`Actor`) and graph.json types (`actor`); edge kinds map to relationship types
// (`REPORTED_BY`) and graph.json types (`reported-by`). See docs/graph-json.md.
enum class NodeKind { Actor, Agency, Place, Figure, Article };
enum class EdgeKind { ReportedBy, Supersedes, Mentions, LocatedIn };

inline constexpr NodeKind kEntityKinds[] = {NodeKind::Actor, NodeKind::Agency, NodeKind::Place};

std::string_view labelOf(NodeKind kind);     // "Actor"
std::string_view jsonTypeOf(NodeKind kind);  // "actor"
std::string_view relTypeOf(EdgeKind kind);   // "REPORTED_BY"
std::string_view jsonTypeOf(EdgeKind kind);  // "reported-by"

std::optional<NodeKind> nodeKindFromJsonType(std::string_view type);
std::optional<NodeKind> nodeKindFromLabel(std::string_view label);
// The node's domain kind: the first of its labels that names one, if any.
std::optional<NodeKind> nodeKindOf(const NodeRecord& node);

// Relationship type <-> graph.json edge type: the domain's types are spelled
// `reported-by` in graph.json and `REPORTED_BY` in queries; any other type is kept as is.
std::string relTypeFromJsonType(std::string_view type);
std::string jsonTypeFromRelType(std::string_view type);

// Node properties that graph.json writes as top-level fields of a node rather than inside
// its `properties` object. Order is the order written.
std::span<const std::string_view> topLevelNodeFields();
// Fields a figure node always has in graph.json, null when unknown.
std::span<const std::string_view> requiredFigureFields();

}  // namespace newsgraph::graph
