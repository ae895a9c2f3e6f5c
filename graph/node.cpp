#include "graph/node.h"

#include <algorithm>

namespace newsgraph::graph {

namespace {
const Value kNull;
}  // namespace

bool NodeRecord::hasLabel(const std::string& label) const {
    return std::find(labels.begin(), labels.end(), label) != labels.end();
}

const Value& NodeRecord::property(const std::string& key) const {
    auto it = properties.find(key);
    return it == properties.end() ? kNull : it->second;
}

const Value& EdgeRecord::property(const std::string& key) const {
    auto it = properties.find(key);
    return it == properties.end() ? kNull : it->second;
}

}  // namespace newsgraph::graph
