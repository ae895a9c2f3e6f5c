#pragma once

#include <string>
#include <vector>

#include "shell/query/runtime_value.h"

namespace newsgraph::query {

// The rows of one statement. Values may refer to nodes and relationships of `graph`,
// which must outlive the result. `ordered` is true when ORDER BY fixed the row order.
struct QueryResult {
    std::vector<std::string> columns;
    std::vector<std::vector<RuntimeValue>> rows;
    const graph::PropertyGraph* graph = nullptr;
    bool ordered = false;
};

}  // namespace newsgraph::query
