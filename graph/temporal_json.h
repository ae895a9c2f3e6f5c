#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "graph/value.h"

namespace newsgraph::graph {

// graph.json writes a temporal value as an object with one key naming its type and its
// ISO 8601 text: {"$date": "1984-10-11"}, {"$localtime": "12:31:14"}, {"$time": ...},
// {"$localdatetime": ...}, {"$datetime": "1984-10-11T12:00+01:00[Europe/Stockholm]"},
// {"$duration": "P1Y2M"}. These six keys are reserved: a property map never holds one
// alone. See docs/graph-json.md.

// The key for a value's type. REQUIRES: v.isTemporal() || v.isDuration().
std::string_view temporalJsonKey(const Value& v);
// The text written under that key.
std::string temporalJsonText(const Value& v);

// The value a one-key object stands for, or nullopt when the key is not one of the six or
// the text is not a value of its type (the object then stays an ordinary map).
std::optional<Value> temporalFromJson(std::string_view key, std::string_view text);

}  // namespace newsgraph::graph
