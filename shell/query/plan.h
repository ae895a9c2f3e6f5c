#pragma once

#include <string>
#include <vector>

#include "shell/query/bound_query.h"

namespace newsgraph::query {

// The plan of a bound statement as EXPLAIN prints it: one line per operator, saying how
// each pattern finds its start nodes (name index, label index or a scan of all nodes).
std::vector<std::string> describePlan(const BoundStatement& bound);

}  // namespace newsgraph::query
