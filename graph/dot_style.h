#pragma once

#include <optional>
#include <string_view>

#include "graph/news_schema.h"

namespace newsgraph::graph {

// How the DOT export draws each domain kind of node and each relationship type. One
// table, read by the node and edge attributes and by the legend, so they cannot differ.
struct DotNodeStyle {
    std::string_view name;  // as the legend shows it: "Actor", or "other"
    std::string_view shape;
    std::string_view fillColor;
    std::string_view borderColor;
};

struct DotEdgeStyle {
    std::string_view name;  // "REPORTED_BY", or "other"
    std::string_view color;
    std::string_view style;  // solid, dashed, dotted
};

// The style of a node of `kind`; nullopt (no domain kind) gives the style for other nodes.
const DotNodeStyle& dotNodeStyle(std::optional<NodeKind> kind);
// The style of a relationship type; types outside the domain share one style.
const DotEdgeStyle& dotEdgeStyle(std::string_view type);

}  // namespace newsgraph::graph
