#include "graph/export_tables.h"

#include <algorithm>
#include <cstdio>

#include "graph/news_schema.h"

namespace newsgraph::graph {

std::string primaryLabel(const NodeRecord& node) {
    if (auto kind = nodeKindOf(node)) return std::string(labelOf(*kind));
    return node.labels.empty() ? "Node" : node.labels.front();
}

ExportTables makeExportTables(const PropertyGraph& graph, const Subgraph& subgraph,
                              const ListElementCheck& listElementOk,
                              const std::set<std::string>& reservedNodeColumns,
                              const std::set<std::string>& reservedRelColumns) {
    std::map<std::string, NodeTable> nodeTables;
    std::map<std::string, ColumnInference> nodeColumns;
    for (auto v : subgraph.nodes) {
        const NodeRecord& node = graph.node(v);
        std::string name = primaryLabel(node);
        NodeTable& table = nodeTables[name];
        table.name = name;
        table.nodes.push_back(v);
        nodeColumns.try_emplace(name, listElementOk).first->second.add(node.properties);
    }
    std::map<std::string, RelTable> relTables;
    std::map<std::string, ColumnInference> relColumns;
    for (auto e : subgraph.edges) {
        const EdgeRecord& edge = graph.edge(e);
        RelTable& table = relTables[edge.type];
        table.type = edge.type;
        table.edges.push_back(e);
        std::string from = primaryLabel(graph.node(graph.source(e)));
        std::string to = primaryLabel(graph.node(graph.target(e)));
        auto pair = std::find_if(table.pairs.begin(), table.pairs.end(),
                                 [&](const auto& p) { return p.from == from && p.to == to; });
        if (pair == table.pairs.end()) pair = table.pairs.insert(table.pairs.end(), {from, to, {}});
        pair->edges.push_back(e);
        relColumns.try_emplace(edge.type, listElementOk).first->second.add(edge.properties);
    }
    ExportTables tables;
    for (auto& [name, table] : nodeTables) {
        table.columns = nodeColumns.at(name).columns(reservedNodeColumns);
        tables.nodeTables.push_back(std::move(table));
    }
    for (auto& [type, table] : relTables) {
        table.columns = relColumns.at(type).columns(reservedRelColumns);
        tables.relTables.push_back(std::move(table));
    }
    return tables;
}

std::string fileNamePart(std::string_view text) {
    std::string out;
    for (char c : text) {
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_';
        if (keep) {
            out += c;
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "_%02X", static_cast<unsigned char>(c));
            out += buf;
        }
    }
    return out.empty() ? "_" : out;
}

}  // namespace newsgraph::graph
