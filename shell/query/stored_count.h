#pragma once

#include <optional>
#include <string>

#include "shell/query/bound_query.h"

namespace newsgraph::query {

// A count the graph's store knows without matching anything:
//   MATCH (n:Label) RETURN count(*)       -> the label index's size
//   MATCH (n) RETURN count(n)             -> the number of nodes
//   MATCH ()-[r]->() RETURN count(r)      -> the number of relationships
// when the MATCH opens its query and has no WHERE, properties, relationship types or
// path, and the RETURN or WITH right after it has count(*) or count(variable) items only
// (no DISTINCT, no grouping key). Both EXPLAIN and the evaluator ask.
struct StoredCount {
    enum class Kind { NodesWithLabel, AllNodes, AllRelationships };
    Kind kind = Kind::AllNodes;
    std::string label;  // NodesWithLabel

    // What EXPLAIN prints for it ("NodeCountFromLabelIndex(:Figure)").
    std::string describe() const;
};

// `match` is the first clause of its query and `projection` the clause after it.
std::optional<StoredCount> storedCount(const ast::Clause& match, const ast::Clause& projection,
                                       const BoundStatement& bound);

}  // namespace newsgraph::query
