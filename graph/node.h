#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/value.h"

namespace newsgraph::graph {

// Stable identifiers, as written in graph.json. They survive a save and load.
using NodeId = std::int64_t;
using EdgeId = std::int64_t;

using PropertyMap = Value::Map;

// Where a node was read: a span of bytes [begin, end) in one source text (an article),
// named by its key. Generic provenance: the graph does not know what an article is.
struct Mention {
    std::string source;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;

    friend bool operator==(const Mention&, const Mention&) = default;
};

// A node: labels (any number, order kept), typed properties and provenance.
struct NodeRecord {
    NodeId id = 0;
    std::vector<std::string> labels;
    PropertyMap properties;
    std::vector<Mention> mentions;

    bool hasLabel(const std::string& label) const;
    // The property, or null when absent.
    const Value& property(const std::string& key) const;
};

// A relationship: exactly one type, typed properties.
struct EdgeRecord {
    EdgeId id = 0;
    std::string type;
    PropertyMap properties;

    const Value& property(const std::string& key) const;
};

}  // namespace newsgraph::graph
