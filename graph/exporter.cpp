#include "graph/exporter.h"

#include <array>
#include <unordered_set>

#include "graph/atomic_file.h"
#include "graph/cypher_script_writer.h"
#include "graph/dot_writer.h"
#include "graph/graph_json.h"
#include "graph/graphml_writer.h"
#include "graph/html_writer.h"
#include "graph/kuzu_writer.h"
#include "graph/neo4j_csv_writer.h"
#include "graph/news_schema.h"
#include "graph/timeline.h"
#include "graph/timeline_svg.h"

namespace newsgraph::graph {

namespace {

struct FormatName {
    ExportFormat format;
    std::string_view name;
};
constexpr std::array<FormatName, 8> kFormats{{
    {ExportFormat::Dot, "dot"},
    {ExportFormat::GraphMl, "graphml"},
    {ExportFormat::Neo4jCsv, "neo4j"},
    {ExportFormat::Kuzu, "kuzu"},
    {ExportFormat::Cypher, "cypher"},
    {ExportFormat::Json, "json"},
    {ExportFormat::TimelineSvg, "timeline-svg"},
    {ExportFormat::Html, "html"},
}};

// A selection as a graph.json that reads back: mentions of articles the selection does
// not hold are dropped, since the file could not show the text they point into.
PropertyGraph selfContainedCopy(const PropertyGraph& graph, const GraphSelection& selection) {
    std::unordered_set<std::string> articles;
    for (auto v : resolveSelection(graph, selection).nodes) {
        const NodeRecord& node = graph.node(v);
        const Value& key = node.property("key");
        if (key.isString() && node.hasLabel(std::string(labelOf(NodeKind::Article)))) {
            articles.insert(key.asString());
        }
    }
    return copySelection(graph, selection, [&](const Mention& mention) {
        return articles.count(mention.source) > 0;
    });
}

}  // namespace

std::optional<ExportFormat> exportFormatFromName(std::string_view name) {
    for (const auto& entry : kFormats) {
        if (entry.name == name) return entry.format;
    }
    return std::nullopt;
}

std::string_view exportFormatNames() { return "dot|graphml|neo4j|kuzu|cypher|json|timeline-svg|html"; }

bool writesFolder(ExportFormat format) {
    return format == ExportFormat::Neo4jCsv || format == ExportFormat::Kuzu;
}

Status exportGraph(const PropertyGraph& graph, const GraphSelection& selection, ExportFormat format,
                   const std::string& path, const ExportOptions& options) {
    switch (format) {
        case ExportFormat::Dot: {
            DotOptions dotOptions;
            dotOptions.clustersByArticle = options.clustersByArticle;
            return saveDot(graph, selection, dotOptions, path);
        }
        case ExportFormat::GraphMl:
            return saveGraphMl(graph, selection, path);
        case ExportFormat::Neo4jCsv:
            return saveNeo4jCsv(graph, selection, path);
        case ExportFormat::Kuzu:
            return saveKuzu(graph, selection, path);
        case ExportFormat::Cypher:
            return saveCypherScript(graph, selection, path);
        case ExportFormat::Json:
            if (selection.isWholeGraph()) return saveGraphJson(graph, path);
            return saveGraphJson(selfContainedCopy(graph, selection), path);
        case ExportFormat::TimelineSvg: {
            if (options.timelineMeasure.empty()) return Status::error(path + ": a timeline needs a measure");
            const Timeline timeline =
                selection.isWholeGraph()
                    ? buildTimeline(graph, options.timelineMeasure, options.timelineFilter)
                    : buildTimeline(selfContainedCopy(graph, selection), options.timelineMeasure, options.timelineFilter);
            if (timeline.entries.empty()) {
                return Status::error(path + ": no figures of `" + options.timelineMeasure + "`" +
                                     (options.timelineFilter.empty() ? "" : " about `" + options.timelineFilter + "`") +
                                     "; nothing written");
            }
            return writeFileAtomically(path, renderTimelineSvg(timeline));
        }
        case ExportFormat::Html:
            return saveHtml(graph, selection, path);
    }
    return Status::error(path + ": unknown export format");
}

}  // namespace newsgraph::graph
