// DOT export. The nodes and edges go through boost::write_graphviz, their attributes
// through boost::dynamic_properties; the graph writer adds what Boost's writer has no
// notion of: graph and default attributes, the legend and the article clusters.
#include "graph/dot_writer.h"

#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <cctype>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "graph/atomic_file.h"
#include "graph/display_label.h"
#include "graph/dot_style.h"
#include "graph/news_schema.h"
#include "graph/property_columns.h"
#include "graph/text_escape.h"

namespace newsgraph::graph {

namespace {

using Adjacency = PropertyGraph::Adjacency;
using Vertex = PropertyGraph::Vertex;
using Edge = PropertyGraph::Edge;

constexpr std::size_t kTooltipLines = 12;
constexpr std::size_t kTooltipWidth = 60;

// filtered_graph wants default-constructible predicates.
struct VertexInSelection {
    const GraphSelection* selection = nullptr;
    bool operator()(Vertex v) const { return selection->containsNode(v); }
};
struct EdgeInSelection {
    const PropertyGraph* graph = nullptr;
    const GraphSelection* selection = nullptr;
    bool operator()(Edge e) const { return selection->containsEdge(*graph, e); }
};

// An attribute value ready for Boost, which quotes whatever is not a plain DOT id but
// escapes only `"`: see dotEscape. DOT's keywords are not plain ids, so a value that
// spells one gets a trailing space, which forces the quotes and does not show.
std::string dotValue(std::string_view text) {
    std::string value = dotEscape(text);
    std::string lower;
    for (char c : value) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* keyword : {"node", "edge", "graph", "digraph", "subgraph", "strict"}) {
        if (lower == keyword) return value + " ";
    }
    return value;
}

// A quoted DOT string for the text the graph writer writes itself.
std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : dotEscape(text)) {
        if (c == '"') out += '\\';
        out += c;
    }
    return out + "\"";
}

// n5, or n_5 for the id -5: a plain DOT id either way.
std::string nodeName(NodeId id) {
    std::string digits = std::to_string(id);
    if (digits[0] == '-') digits[0] = '_';
    return "n" + digits;
}

std::string tooltip(std::string heading, const PropertyMap& properties) {
    std::size_t lines = 0;
    for (const auto& [key, value] : properties) {
        if (++lines > kTooltipLines) {
            heading += "\n…";
            break;
        }
        heading += "\n" + truncateText(key + ": " + scalarText(value), kTooltipWidth);
    }
    return heading;
}

// The articles a node was read from: its mentions, and for an article node its own key.
std::set<std::string> articlesOf(const NodeRecord& node) {
    std::set<std::string> articles;
    for (const auto& mention : node.mentions) articles.insert(mention.source);
    if (nodeKindOf(node) == NodeKind::Article) {
        if (const Value& key = node.property("key"); key.isString())
            articles.insert(key.asString());
    }
    return articles;
}

class GraphAttributesWriter {
  public:
    GraphAttributesWriter(const PropertyGraph& graph, const Subgraph& subgraph,
                          const DotOptions& options, const DisplayLabeler& labeler)
        : graph_(graph), subgraph_(subgraph), options_(options), labeler_(labeler) {}

    void operator()(std::ostream& out) const {
        // newrank: dot's older ranking fails ("trouble in init_rank") on edges that cross
        // clusters, which clusters by article have by design.
        out << "charset=\"UTF-8\";\nrankdir=LR;\nnewrank=true;\nfontname=\"Helvetica\";\n"
               "node [fontname=\"Helvetica\", fontsize=10, style=filled];\n"
               "edge [fontname=\"Helvetica\", fontsize=8];\n";
        if (options_.legend && !subgraph_.nodes.empty()) writeLegend(out);
        if (options_.clustersByArticle) writeClusters(out);
    }

  private:
    void writeLegend(std::ostream& out) const {
        std::set<const DotNodeStyle*> nodeStyles;
        for (Vertex v : subgraph_.nodes)
            nodeStyles.insert(&dotNodeStyle(nodeKindOf(graph_.node(v))));
        std::set<const DotEdgeStyle*> edgeStyles;
        for (Edge e : subgraph_.edges) edgeStyles.insert(&dotEdgeStyle(graph_.edge(e).type));
        out << "subgraph cluster_legend {\nlabel=\"Legend\";\nstyle=rounded;\ncolor=\"#aaaaaa\";\n"
               "fontsize=10;\n";
        // Walk the style tables in their own order so the legend reads the same every time.
        // The kinds share one rank (a column, as rankdir=LR), so the legend never widens
        // the drawing by more than the edge samples' second column.
        for (int k = 0; k <= static_cast<int>(NodeKind::Article) + 1; ++k) {
            auto kind = k <= static_cast<int>(NodeKind::Article)
                            ? std::optional<NodeKind>(static_cast<NodeKind>(k))
                            : std::nullopt;
            const DotNodeStyle& style = dotNodeStyle(kind);
            if (!nodeStyles.count(&style)) continue;
            out << "legend_node_" << style.name << " [label=" << quoted(style.name)
                << ", shape=" << style.shape << ", fillcolor=\"" << style.fillColor
                << "\", color=\"" << style.borderColor << "\"];\n";
        }
        int i = 0;
        for (std::string_view type : {"REPORTED_BY", "SUPERSEDES", "LOCATED_IN", "MENTIONS", ""}) {
            const DotEdgeStyle& style = dotEdgeStyle(type);
            if (!edgeStyles.count(&style)) continue;
            out << "legend_edge_" << i << "a [shape=point, width=0.05, label=\"\"];\n"
                << "legend_edge_" << i << "b [shape=point, width=0.05, label=\"\"];\n"
                << "legend_edge_" << i << "a -> legend_edge_" << i
                << "b [label=" << quoted(style.name) << ", color=\"" << style.color
                << "\", fontcolor=\"" << style.color << "\", style=" << style.style << "];\n";
            ++i;
        }
        out << "}\n";
    }

    // A node goes in the box of the one article it was read from; see DotOptions.
    void writeClusters(std::ostream& out) const {
        std::map<std::string, std::vector<Vertex>> members;
        for (Vertex v : subgraph_.nodes) {
            std::set<std::string> articles = articlesOf(graph_.node(v));
            if (articles.size() == 1) members[*articles.begin()].push_back(v);
        }
        std::map<std::string, Vertex> articleNodes;
        for (Vertex v : graph_.nodesWithLabel(std::string(labelOf(NodeKind::Article)))) {
            if (const Value& key = graph_.node(v).property("key"); key.isString()) {
                articleNodes.emplace(key.asString(), v);
            }
        }
        for (const auto& [article, vertices] : members) {
            auto found = articleNodes.find(article);
            std::string title = found == articleNodes.end() ? article : labeler_(found->second);
            out << "subgraph " << quoted("cluster_article_" + article)
                << " {\nlabel=" << quoted(title)
                << ";\nstyle=\"rounded,filled\";\nfillcolor=\"#f7f7f7\";\n"
                << "color=\"#bbbbbb\";\nfontsize=9;\n";
            for (Vertex v : vertices) out << nodeName(graph_.node(v).id) << ";\n";
            out << "}\n";
        }
    }

    const PropertyGraph& graph_;
    const Subgraph& subgraph_;
    const DotOptions& options_;
    const DisplayLabeler& labeler_;
};

}  // namespace

void writeDot(std::ostream& out, const PropertyGraph& graph, const GraphSelection& selection,
              const DotOptions& options) {
    const Adjacency& g = graph.adjacency();
    const Subgraph subgraph = resolveSelection(graph, selection);
    const DisplayLabeler labeler(graph);

    // Vertex attributes, computed once per node (nodes outside the selection stay empty).
    const std::size_t n = graph.nodeCount();
    std::vector<std::string> ids(n), labels(n), shapes(n), fills(n), borders(n), tips(n);
    for (Vertex v : subgraph.nodes) {
        const NodeRecord& node = graph.node(v);
        const DotNodeStyle& style = dotNodeStyle(nodeKindOf(node));
        ids[v] = nodeName(node.id);
        labels[v] = dotValue(labeler(v));
        shapes[v] = std::string(style.shape);
        fills[v] = std::string(style.fillColor);
        borders[v] = std::string(style.borderColor);
        std::string heading;
        for (const auto& label : node.labels) heading += ":" + label;
        tips[v] = dotValue(tooltip(heading + " #" + std::to_string(node.id), node.properties));
    }
    auto index = boost::get(boost::vertex_index, g);
    auto byVertex = [&](std::vector<std::string>& values) {
        return boost::make_iterator_property_map(values.begin(), index);
    };
    auto byEdge = [&](auto function) {
        return boost::make_function_property_map<Edge, std::string>(function);
    };

    boost::dynamic_properties dp;
    dp.property("label", byVertex(labels));
    dp.property("shape", byVertex(shapes));
    dp.property("fillcolor", byVertex(fills));
    dp.property("color", byVertex(borders));
    dp.property("tooltip", byVertex(tips));
    dp.property("label", byEdge([&](Edge e) { return dotValue(g[e].type); }));
    dp.property("color",
                byEdge([&](Edge e) { return std::string(dotEdgeStyle(g[e].type).color); }));
    dp.property("fontcolor",
                byEdge([&](Edge e) { return std::string(dotEdgeStyle(g[e].type).color); }));
    dp.property("style",
                byEdge([&](Edge e) { return std::string(dotEdgeStyle(g[e].type).style); }));
    dp.property(
        "tooltip", byEdge([&](Edge e) {
            return dotValue(tooltip(g[e].type + " #" + std::to_string(g[e].id), g[e].properties));
        }));

    boost::filtered_graph<Adjacency, EdgeInSelection, VertexInSelection> view(
        g, EdgeInSelection{&graph, &selection}, VertexInSelection{&selection});
    boost::write_graphviz(out, view, boost::dynamic_vertex_properties_writer(dp, "node_id"),
                          boost::dynamic_properties_writer(dp),
                          GraphAttributesWriter(graph, subgraph, options, labeler), byVertex(ids));
}

Status saveDot(const PropertyGraph& graph, const GraphSelection& selection,
               const DotOptions& options, const std::string& path) {
    std::ostringstream text;
    writeDot(text, graph, selection, options);
    return writeFileAtomically(path, text.str());
}

}  // namespace newsgraph::graph
