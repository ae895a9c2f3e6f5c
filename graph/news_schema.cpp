#include "graph/news_schema.h"

#include <array>

namespace newsgraph::graph {

namespace {

struct NodeKindNames {
    NodeKind kind;
    std::string_view label;
    std::string_view jsonType;
};
constexpr std::array<NodeKindNames, 5> kNodeKinds{{
    {NodeKind::Actor, "Actor", "actor"},
    {NodeKind::Agency, "Agency", "agency"},
    {NodeKind::Place, "Place", "place"},
    {NodeKind::Figure, "Figure", "figure"},
    {NodeKind::Article, "Article", "article"},
}};

struct EdgeKindNames {
    EdgeKind kind;
    std::string_view relType;
    std::string_view jsonType;
};
constexpr std::array<EdgeKindNames, 4> kEdgeKinds{{
    {EdgeKind::ReportedBy, "REPORTED_BY", "reported-by"},
    {EdgeKind::Supersedes, "SUPERSEDES", "supersedes"},
    {EdgeKind::Mentions, "MENTIONS", "mentions"},
    {EdgeKind::LocatedIn, "LOCATED_IN", "located-in"},
}};

constexpr std::string_view kTopLevelNodeFields[] = {
    "name", "aliases", "role", "value", "low", "high", "qualifier", "measure", "subject", "when",
};
constexpr std::string_view kRequiredFigureFields[] = {
    "value", "low", "high", "qualifier", "measure", "subject", "when",
};

}  // namespace

std::string_view labelOf(NodeKind kind) { return kNodeKinds[static_cast<int>(kind)].label; }
std::string_view jsonTypeOf(NodeKind kind) { return kNodeKinds[static_cast<int>(kind)].jsonType; }
std::string_view relTypeOf(EdgeKind kind) { return kEdgeKinds[static_cast<int>(kind)].relType; }
std::string_view jsonTypeOf(EdgeKind kind) { return kEdgeKinds[static_cast<int>(kind)].jsonType; }

std::optional<NodeKind> nodeKindFromJsonType(std::string_view type) {
    for (const auto& names : kNodeKinds) {
        if (names.jsonType == type) return names.kind;
    }
    return std::nullopt;
}

std::optional<NodeKind> nodeKindFromLabel(std::string_view label) {
    for (const auto& names : kNodeKinds) {
        if (names.label == label) return names.kind;
    }
    return std::nullopt;
}

std::optional<NodeKind> nodeKindOf(const NodeRecord& node) {
    for (const auto& label : node.labels) {
        if (auto kind = nodeKindFromLabel(label)) return kind;
    }
    return std::nullopt;
}

std::string relTypeFromJsonType(std::string_view type) {
    for (const auto& names : kEdgeKinds) {
        if (names.jsonType == type) return std::string(names.relType);
    }
    return std::string(type);
}

std::string jsonTypeFromRelType(std::string_view type) {
    for (const auto& names : kEdgeKinds) {
        if (names.relType == type) return std::string(names.jsonType);
    }
    return std::string(type);
}

std::span<const std::string_view> topLevelNodeFields() { return kTopLevelNodeFields; }
std::span<const std::string_view> requiredFigureFields() { return kRequiredFigureFields; }

}  // namespace newsgraph::graph
