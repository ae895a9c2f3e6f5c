#pragma once

#include <ostream>
#include <string>

#include "graph/graph_selection.h"
#include "graph/status.h"

namespace newsgraph::graph {

// GraphViz export: the graph (or a selection of it) as a DOT digraph, written through
// Boost.Graph's write_graphviz with dynamic properties. Nodes are drawn by domain kind
// (dot_style.h) and labelled by DisplayLabeler; relationships are labelled with their
// type; each node and edge has a tooltip listing its properties (shown on hover in SVG).
// Text is UTF-8 (`charset="UTF-8"`); quotes, backslashes and line breaks are escaped.
// See docs/export.md.
struct DotOptions {
    // Group the nodes read from one article in a box titled with the article. A node
    // mentioned in several articles stays outside every box, which is how cross-article
    // entities stand out. Default: false.
    bool clustersByArticle = false;
    // Draw a legend of the node kinds and relationship types in the drawing. Default: true.
    bool legend = true;
};

// Writes the DOT text of `selection` to `out`. Never fails on any graph content.
void writeDot(std::ostream& out, const PropertyGraph& graph, const GraphSelection& selection,
              const DotOptions& options);

// Writes the DOT file at `path` atomically (temporary file, then rename). Fails with
// "<path>: cannot write: <reason>".
Status saveDot(const PropertyGraph& graph, const GraphSelection& selection,
               const DotOptions& options, const std::string& path);

}  // namespace newsgraph::graph
