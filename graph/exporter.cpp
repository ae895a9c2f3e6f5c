#include "graph/exporter.h"

#include <array>

#include "graph/cypher_script_writer.h"
#include "graph/dot_writer.h"
#include "graph/graph_json.h"
#include "graph/graphml_writer.h"
#include "graph/kuzu_writer.h"
#include "graph/neo4j_csv_writer.h"

namespace newsgraph::graph {

namespace {

struct FormatName {
    ExportFormat format;
    std::string_view name;
};
constexpr std::array<FormatName, 6> kFormats{{
    {ExportFormat::Dot, "dot"},
    {ExportFormat::GraphMl, "graphml"},
    {ExportFormat::Neo4jCsv, "neo4j"},
    {ExportFormat::Kuzu, "kuzu"},
    {ExportFormat::Cypher, "cypher"},
    {ExportFormat::Json, "json"},
}};

}  // namespace

std::optional<ExportFormat> exportFormatFromName(std::string_view name) {
    for (const auto& entry : kFormats) {
        if (entry.name == name) return entry.format;
    }
    return std::nullopt;
}

std::string_view exportFormatNames() { return "dot|graphml|neo4j|kuzu|cypher|json"; }

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
            return saveGraphJson(copySelection(graph, selection), path);
    }
    return Status::error(path + ": unknown export format");
}

}  // namespace newsgraph::graph
