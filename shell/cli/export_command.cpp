#include <filesystem>
#include <iostream>

#include "graph/dot_renderer.h"
#include "graph/exporter.h"
#include "graph/graph_json.h"
#include "shell/cli/arguments.h"
#include "shell/cli/subcommands.h"
#include "shell/repl/query_export.h"

namespace newsgraph::cli {

namespace {

// g.dot -> g.svg; a name without the .dot extension keeps it and gains the image's.
std::string imagePath(const std::string& dotPath, const std::string& format) {
    std::filesystem::path path(dotPath);
    if (path.extension() == ".dot" || path.extension() == ".gv") {
        return path.replace_extension("." + format).string();
    }
    return dotPath + "." + format;
}

int fail(const std::string& message) {
    std::cerr << "newsgraph export: " << message << "\n";
    return kExitBadInput;
}

}  // namespace

int runExport(const std::vector<std::string>& args) {
    const std::vector<std::string> valued = {"-o", "--output", "--format", "--render", "--query",
                                             "--measure", "--filter"};
    Arguments arguments(args, valued);
    std::vector<std::string> known = valued;
    known.push_back("--clusters");
    arguments.allowOnly(known);
    if (!arguments.error().empty()) return usageError("export", arguments.error());
    auto output = arguments.value("-o");
    if (!output) output = arguments.value("--output");
    auto formatName = arguments.value("--format");
    auto render = arguments.value("--render");
    if (arguments.positionals().size() != 1) return usageError("export", "give exactly one GRAPH");
    if (!formatName) return usageError("export", "--format is required");
    auto format = graph::exportFormatFromName(*formatName);
    if (!format) {
        return usageError("export", "unknown format '" + *formatName + "'; the formats are " +
                                        std::string(graph::exportFormatNames()));
    }
    if (!output || output->empty()) {
        return usageError("export", graph::writesFolder(*format)
                                        ? "an output folder is required (-o DIR)"
                                        : "an output file is required (-o FILE)");
    }
    if (arguments.has("--clusters") && *format != graph::ExportFormat::Dot) {
        return usageError("export", "--clusters applies to --format dot only");
    }
    if (render && *format != graph::ExportFormat::Dot) {
        return usageError("export", "--render applies to --format dot only");
    }
    const bool timeline = *format == graph::ExportFormat::TimelineSvg;
    if (timeline && !arguments.value("--measure")) {
        return usageError("export", "--format timeline-svg needs --measure MEASURE (killed, wounded, ...)");
    }
    if (!timeline && (arguments.value("--measure") || arguments.value("--filter"))) {
        return usageError("export", "--measure and --filter apply to --format timeline-svg only");
    }
    if (render && *render != "svg" && *render != "png") {
        return usageError("export", "--render takes svg or png, not '" + *render + "'");
    }
    graph::PropertyGraph graph;
    if (Status status = graph::loadGraphJson(arguments.positionals()[0], graph); !status) {
        return fail(status.message());
    }
    graph::ExportOptions options;
    options.clustersByArticle = arguments.has("--clusters");
    options.timelineMeasure = arguments.value("--measure").value_or("");
    options.timelineFilter = arguments.value("--filter").value_or("");
    const std::string queryText = arguments.value("--query").value_or("");
    if (Status status = shell::exportSubgraph(graph, *format, *output, queryText, {}, options,
                                              "<query>");
        !status) {
        return fail(status.message());
    }
    if (render) {
        std::string image = imagePath(*output, *render);
        if (Status status = graph::renderDot(*output, *render, image); !status) {
            return fail(status.message());
        }
        std::cerr << "newsgraph export: rendered " << image << "\n";
    }
    return kExitOk;
}

}  // namespace newsgraph::cli
