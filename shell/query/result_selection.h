#pragma once

#include "graph/graph_selection.h"
#include "shell/query/query_result.h"

namespace newsgraph::query {

// The part of the graph a result shows: every node, relationship and path in its rows
// (inside lists and maps too), for exporting "the subgraph of a query's result". A result
// that holds no graph element selects nothing (not the whole graph): `empty` tells.
struct ResultSelection {
    graph::GraphSelection selection;
    bool empty = true;
};

ResultSelection selectionOf(const QueryResult& result);

}  // namespace newsgraph::query
