#pragma once

#include <string>
#include <vector>

#include "shell/query/runtime_value.h"

namespace newsgraph::query {

// The rows of one statement. Values may refer to nodes and relationships of `graph`,
// which must outlive the result. `ordered` is true when ORDER BY fixed the row order.
// A statement with a writing clause also says what it wrote (`writes`, and the counts),
// which the table form prints as "created 1 node, 2 relationships; set 2 properties".
// A node or relationship the statement deleted is null in the rows.
struct QueryResult {
    std::vector<std::string> columns;
    std::vector<std::vector<RuntimeValue>> rows;
    const graph::PropertyGraph* graph = nullptr;
    bool ordered = false;
    bool writes = false;
    std::size_t nodesCreated = 0;
    std::size_t relationshipsCreated = 0;
    std::size_t nodesDeleted = 0;
    std::size_t relationshipsDeleted = 0;
    std::size_t propertiesSet = 0;      // SET of a property (to null too), one per item and row
    std::size_t propertiesRemoved = 0;  // REMOVE n.k of a property that was there
    std::size_t labelsAdded = 0;
    std::size_t labelsRemoved = 0;
    bool onlyCreates = true;            // no clause but CREATE wrote
};

}  // namespace newsgraph::query
