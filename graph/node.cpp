#include "graph/node.h"

#include <algorithm>

namespace newsgraph::graph {

namespace {

const Value kNull;

// A node has a handful of properties: a scan reads fewer bytes than the map's ordered
// search, whose every step compares characters (== compares lengths first).
const Value& findProperty(const PropertyMap& properties, const std::string& key) {
    constexpr std::size_t kScanned = 8;
    if (properties.size() > kScanned) {
        auto it = properties.find(key);
        return it == properties.end() ? kNull : it->second;
    }
    for (const auto& [name, value] : properties) {
        if (name == key) return value;
    }
    return kNull;
}

}  // namespace

bool NodeRecord::hasLabel(const std::string& label) const {
    return std::find(labels.begin(), labels.end(), label) != labels.end();
}

const Value& NodeRecord::property(const std::string& key) const { return findProperty(properties, key); }

const Value& EdgeRecord::property(const std::string& key) const { return findProperty(properties, key); }

}  // namespace newsgraph::graph
