#pragma once

#include <string>

#include "graph/graph_selection.h"
#include "graph/property_graph.h"
#include "graph/status.h"

namespace newsgraph::graph {

// The graph as one self-contained HTML page (inline CSS and script, no network, no
// external file) that draws it in a browser: nodes coloured by kind with their display
// labels (display_label.h), relationships as arrows, laid out by a small force
// simulation run in the page from a fixed seed. Clicking a node shows its properties,
// its sentences (a figure's statements; an entity's aliases) and its relationships in a
// side panel; a search box finds nodes by label. The data sits in a
// `<script type="application/json">` block, escaped so that no text can close it. For
// tests and links, `page.html#select=ID` clicks node ID once the page has drawn it.
std::string renderHtml(const PropertyGraph& graph, const GraphSelection& selection);

Status saveHtml(const PropertyGraph& graph, const GraphSelection& selection, const std::string& path);

}  // namespace newsgraph::graph
