#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/graph_selection.h"
#include "graph/property_columns.h"

namespace newsgraph::graph {

// A selection laid out as tables, for the formats that load one file per table (Neo4j's
// bulk import, Kùzu). A node belongs to the table of its primary label: its domain label
// (Actor, Agency, Place, Figure, Article) if it has one, else its first label, else
// `Node` for a node without labels. Its full label list is kept in the rows (Neo4j's
// :LABEL column, Kùzu's `labels` column). A relationship belongs to the table of its
// type; `pairs` splits it by the tables of its ends, since Kùzu declares each
// FROM-TO pair and copies each from its own file.
struct NodeTable {
    std::string name;
    std::vector<PropertyGraph::Vertex> nodes;
    std::vector<PropertyColumn> columns;
};

struct RelTable {
    struct Pair {
        std::string from;
        std::string to;
        std::vector<PropertyGraph::Edge> edges;
    };
    std::string type;
    std::vector<PropertyGraph::Edge> edges;
    std::vector<Pair> pairs;
    std::vector<PropertyColumn> columns;
};

struct ExportTables {
    std::vector<NodeTable> nodeTables;  // sorted by name
    std::vector<RelTable> relTables;    // sorted by type
};

// The primary label (see above).
std::string primaryLabel(const NodeRecord& node);

// Groups the subgraph into tables and infers each table's property columns with
// `listElementOk`; the `reserved*` names are the format's own columns.
ExportTables makeExportTables(const PropertyGraph& graph, const Subgraph& subgraph,
                              const ListElementCheck& listElementOk,
                              const std::set<std::string>& reservedNodeColumns,
                              const std::set<std::string>& reservedRelColumns);

// `text` made safe as part of a file name: ASCII letters, digits, - and _ kept, anything
// else as _ followed by its byte in hex.
std::string fileNamePart(std::string_view text);

}  // namespace newsgraph::graph
