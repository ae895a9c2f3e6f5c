#pragma once

#include <string>
#include <vector>

#include "shell/query/runtime_value.h"

namespace newsgraph::query {

// The rows of one statement. Values may refer to nodes and relationships of `graph`,
// which must outlive the result. `ordered` is true when ORDER BY fixed the row order.
// A statement with CREATE also says what it wrote (`writes`, and the counts), which the
// table form prints as "created 1 node, 2 relationships".
struct QueryResult {
    std::vector<std::string> columns;
    std::vector<std::vector<RuntimeValue>> rows;
    const graph::PropertyGraph* graph = nullptr;
    bool ordered = false;
    bool writes = false;
    std::size_t nodesCreated = 0;
    std::size_t relationshipsCreated = 0;
};

}  // namespace newsgraph::query
