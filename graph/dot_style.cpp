#include "graph/dot_style.h"

namespace newsgraph::graph {

namespace {

// Indexed by NodeKind, then the style for nodes of no domain kind. Pastel fills keep the
// black label text readable; the shapes tell the kinds apart in grey-scale print too.
constexpr DotNodeStyle kNodeStyles[] = {
    {"Actor", "ellipse", "#cfe2ff", "#3d6fb6"}, {"Agency", "box", "#d1e7dd", "#2f7d55"},
    {"Place", "hexagon", "#fff3cd", "#b08900"}, {"Figure", "note", "#f8d7da", "#b02a37"},
    {"Article", "tab", "#e2e3e5", "#6c757d"},   {"other", "ellipse", "#ffffff", "#333333"},
};

constexpr DotEdgeStyle kEdgeStyles[] = {
    {"REPORTED_BY", "#1f4e79", "solid"},
    {"SUPERSEDES", "#b02a37", "dashed"},
    {"MENTIONS", "#8a8f94", "dotted"},
    {"LOCATED_IN", "#b08900", "solid"},
    {"other", "#333333", "solid"},
};

}  // namespace

const DotNodeStyle& dotNodeStyle(std::optional<NodeKind> kind) {
    return kind ? kNodeStyles[static_cast<int>(*kind)] : kNodeStyles[std::size(kNodeStyles) - 1];
}

const DotEdgeStyle& dotEdgeStyle(std::string_view type) {
    for (const auto& style : kEdgeStyles) {
        if (style.name == type) return style;
    }
    return kEdgeStyles[std::size(kEdgeStyles) - 1];
}

}  // namespace newsgraph::graph
