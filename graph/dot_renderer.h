#pragma once

#include <string>

#include "graph/status.h"

namespace newsgraph::graph {

// Renders a DOT file to an image with GraphViz's `dot` program, found on PATH.
// `format` is a `dot -T` format ("svg", "png"). Fails, with a message for people, when
// `dot` is not installed ("... install GraphViz ..."), when it cannot run, or when it
// exits with an error (its own messages go to standard error). Blocks until dot is done.
Status renderDot(const std::string& dotPath, const std::string& format,
                 const std::string& outputPath);

// Whether `dot` is on PATH.
bool dotInstalled();

}  // namespace newsgraph::graph
