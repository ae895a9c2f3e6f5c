#pragma once

#include <cstdio>
#include <string>

#include "graph/property_graph.h"
#include "graph/status.h"

namespace newsgraph::graph {

// graph.json, the graph as one JSON document: the contract in docs/graph-json.md.
// Both directions stream (RapidJSON Writer and SAX Reader), so no DOM of the whole graph
// is ever built. Round trip is lossless: labels, typed properties, mentions, ids.

// Writes `graph` to `file` (left open). Returns false with a message on an I/O error.
bool writeGraphJson(const PropertyGraph& graph, std::FILE* file, std::string& error);

// Writes `graph` to `path` through a temporary file and a rename, so the previous file
// is never lost. Fails with "<path>: cannot write: <reason>".
Status saveGraphJson(const PropertyGraph& graph, const std::string& path);

// Reads `path` into `graph`, which must be empty. A malformed or truncated file is
// refused with "<path>: offset <n>: <what was wrong>", and `graph` is then left empty.
Status loadGraphJson(const std::string& path, PropertyGraph& graph);

// As loadGraphJson, from an open stream; `name` is used in messages.
Status readGraphJson(std::FILE* file, const std::string& name, PropertyGraph& graph);

}  // namespace newsgraph::graph
