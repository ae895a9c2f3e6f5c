#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "graph/property_graph.h"
#include "graph/status.h"

namespace newsgraph::graph {

// graph.json, the graph as one JSON document: the contract in docs/graph-json.md.
// Both directions stream (RapidJSON Writer and SAX Reader), so no DOM of the whole graph
// is ever built. Round trip is lossless: labels, typed properties, mentions, ids.

// Writes `graph` to `file` (left open). Returns false with a message on an I/O error, or
// before writing anything when the graph could not be read back (graph_check.h's
// unwritableReason: invalid UTF-8, nesting over the limit, a mention of no article).
bool writeGraphJson(const PropertyGraph& graph, std::FILE* file, std::string& error);

// Writes `graph` to `path` through a temporary file and a rename, so the previous file
// is never lost. Fails with "<path>: cannot write: <reason>".
Status saveGraphJson(const PropertyGraph& graph, const std::string& path);

// Reads `path` into `graph`, which must be empty. A malformed, truncated or inconsistent
// file (the checks of checkGraphJson), or one over the limits of graph_check.h (nesting,
// string length), is refused with "<path>: offset <n>: <what was wrong>", and `graph` is
// then left empty.
Status loadGraphJson(const std::string& path, PropertyGraph& graph);

// Checks the file at `path` against docs/graph-json.md without keeping the graph: every
// inconsistency (unknown node type, a mention of an unknown article or past its text,
// an edge to an undefined node, a repeated id, no "format"), each as
// "<path>: offset <n>: <what>", in the order found. Malformed JSON or an exceeded limit
// ends the check with that problem. Empty when the file is sound.
std::vector<std::string> checkGraphJson(const std::string& path);

// As loadGraphJson, from an open stream; `name` is used in messages.
Status readGraphJson(std::FILE* file, const std::string& name, PropertyGraph& graph);

// True when the file at `path` opens like a graph.json: a JSON object whose first key is
// "format", "articles", "nodes" or "edges". An article (text, or JSON lines whose objects
// open with "id", "title" or "text") never does. False for a folder or an unreadable
// path. Reads at most the first 4 KB.
bool isGraphJsonFile(const std::string& path);

}  // namespace newsgraph::graph
