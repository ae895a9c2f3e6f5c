#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "graph/graph_selection.h"
#include "graph/status.h"

namespace newsgraph::graph {

// Every export format behind one call, for `newsgraph export` and the shell's `:export`.
// See docs/export.md for each format's rules.
enum class ExportFormat { Dot, GraphMl, Neo4jCsv, Kuzu, Cypher, Json, TimelineSvg, Html };

// "dot", "graphml", "neo4j", "kuzu", "cypher", "json", "timeline-svg", "html" -> the format;
// nullopt otherwise.
std::optional<ExportFormat> exportFormatFromName(std::string_view name);
// The names above, separated by `|`, for usage lines.
std::string_view exportFormatNames();
// Whether the format writes a folder of files (Neo4j, Kùzu) rather than one file.
bool writesFolder(ExportFormat format);

struct ExportOptions {
    // DOT only: group nodes by the article they were read from. Default: false.
    bool clustersByArticle = false;
    // timeline-svg only: the measure charted (required) and the words its figures'
    // subject or place must hold (graph/timeline.h).
    std::string timelineMeasure;
    std::string timelineFilter;
};

// Writes `selection` of `graph` in `format` to `path` (a file, or a folder for the formats
// that write several files). Every file is written through a temporary name and a
// rename. Fails with a message naming the path. Reads the graph only, so it may run
// alongside other readers; not alongside a writer.
Status exportGraph(const PropertyGraph& graph, const GraphSelection& selection, ExportFormat format,
                   const std::string& path, const ExportOptions& options);

}  // namespace newsgraph::graph
