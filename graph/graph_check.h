#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/property_graph.h"

namespace newsgraph::graph {

// The rules a graph must meet to be written as graph.json and read back: the limits and
// the consistency rules of docs/graph-json.md. The writer refuses a graph that breaks
// them (so no save is unreadable) and the reader refuses a file that does.

// Deepest nesting of lists and maps inside one property value. The reader's limit for
// the whole document is this plus the levels the format itself uses.
inline constexpr int kMaxValueDepth = 500;
inline constexpr int kMaxDocumentDepth = kMaxValueDepth + 4;  // document, section, element, properties
// Longest string, in bytes (an article's text is one string).
inline constexpr std::size_t kMaxStringBytes = std::size_t{256} << 20;

struct GraphProblem {
    PropertyGraph::Vertex node;
    std::string message;  // "node 5 has a mention of article \"a9\", which ..."
};

// Mentions that name no article the graph holds (an Article node with a string "key")
// or whose span ends beyond that article's "text". At most `limit` problems, in node
// order. Articles with no text property have no length to check against.
std::vector<GraphProblem> mentionProblems(const PropertyGraph& graph, std::size_t limit);

// The first reason `graph` cannot be written as a readable graph.json: a string (label,
// property key or value, relationship type, mention) that is not valid UTF-8 or is over
// kMaxStringBytes, a value nested deeper than kMaxValueDepth, or a mention problem.
// nullopt when there is none. Linear in the size of the graph.
std::optional<std::string> unwritableReason(const PropertyGraph& graph);

// The graph's own consistency: every index agrees with the nodes and relationships.
// Each node is under its id, under each of its labels exactly once, and under the key of
// its name and of each alias; no index holds a node that does not have that id, label
// or name; ids are unique; every relationship joins two nodes of the graph, is in
// edges() once, in findEdge() under its id, and the type counts agree. At most `limit`
// problems, as sentences ("label index: node 4 is under `A` but has no such label");
// empty when the graph is consistent. Linear in the size of the graph (plus the name
// keys). Tests run it after every write (tests/query/random_writes_test.cpp).
std::vector<std::string> indexProblems(const PropertyGraph& graph, std::size_t limit = 20);

}  // namespace newsgraph::graph
