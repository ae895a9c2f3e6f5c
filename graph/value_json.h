#pragma once

#include <string>

#include "graph/value.h"

namespace newsgraph::graph {

// The value as compact JSON text, as graph.json writes it: strings quoted and escaped,
// integers without a fraction, NaN and infinities as the bare tokens NaN, Infinity and
// -Infinity. Export formats without lists or maps store such values as this text.
std::string valueToJson(const Value& value);

}  // namespace newsgraph::graph
