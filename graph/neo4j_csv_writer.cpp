#include "graph/neo4j_csv_writer.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "graph/atomic_file.h"
#include "graph/export_tables.h"
#include "graph/text_escape.h"

namespace newsgraph::graph {

namespace {

constexpr ListSyntax kArraySyntax{"", "", ";"};

std::string headerType(ColumnType type) {
    switch (type) {
        case ColumnType::Bool:
            return ":boolean";
        case ColumnType::Int:
            return ":long";
        case ColumnType::Double:
            return ":double";
        case ColumnType::BoolList:
            return ":boolean[]";
        case ColumnType::IntList:
            return ":long[]";
        case ColumnType::DoubleList:
            return ":double[]";
        case ColumnType::StringList:
            return ":string[]";
        default:
            return "";
    }
}

void appendHeader(std::string& out, const std::vector<PropertyColumn>& columns) {
    for (const auto& column : columns) out += "," + csvField(column.name + headerType(column.type));
    out += "\n";
}

void appendProperties(std::string& out, const std::vector<PropertyColumn>& columns,
                      const PropertyMap& properties) {
    for (const auto& column : columns) {
        out += ",";
        auto it = properties.find(column.key);
        if (it == properties.end()) continue;
        if (auto text = cellText(it->second, column.type, kArraySyntax)) out += csvField(*text);
    }
    out += "\n";
}

// neo4j-admin reads a header field as `name:type`, so a `:` in a property key would be
// taken for a type: such a column is named with `_` for each `:`, prefixed with `prop_`
// while that clashes with another column.
void renameColonColumns(std::vector<PropertyColumn>& columns) {
    std::set<std::string> taken = {"id"};
    for (const auto& column : columns) taken.insert(column.name);
    for (auto& column : columns) {
        if (column.name.find(':') == std::string::npos) continue;
        std::string name = column.name;
        std::replace(name.begin(), name.end(), ':', '_');
        while (taken.count(name)) name = "prop_" + name;
        taken.insert(name);
        column.name = name;
    }
}

std::string nodesCsv(const PropertyGraph& graph, const NodeTable& table) {
    std::string out = "id:ID,:LABEL";
    appendHeader(out, table.columns);
    for (auto v : table.nodes) {
        const NodeRecord& node = graph.node(v);
        std::string labels;
        for (const auto& label : node.labels) labels += (labels.empty() ? "" : ";") + label;
        out += std::to_string(node.id) + "," + (labels.empty() ? "" : csvField(labels));
        appendProperties(out, table.columns, node.properties);
    }
    return out;
}

std::string relationshipsCsv(const PropertyGraph& graph, const RelTable& table) {
    std::string out = ":START_ID,:END_ID,:TYPE,id:long";
    appendHeader(out, table.columns);
    for (auto e : table.edges) {
        const EdgeRecord& edge = graph.edge(e);
        out += std::to_string(graph.node(graph.source(e)).id) + "," +
               std::to_string(graph.node(graph.target(e)).id) + "," + csvField(edge.type) + "," +
               std::to_string(edge.id);
        appendProperties(out, table.columns, edge.properties);
    }
    return out;
}

}  // namespace

Status saveNeo4jCsv(const PropertyGraph& graph, const GraphSelection& selection,
                    const std::string& dir) {
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) return Status::error(dir + ": cannot make the folder: " + error.message());
    ExportTables tables = makeExportTables(
        graph, resolveSelection(graph, selection),
        [](std::string_view element) { return element.find(';') == element.npos; }, {"id"}, {"id"});
    for (auto& table : tables.nodeTables) renameColonColumns(table.columns);
    for (auto& table : tables.relTables) renameColonColumns(table.columns);
    const std::filesystem::path folder(dir);
    std::string script =
        "#!/bin/sh\n"
        "# Loads this folder into a new Neo4j 5 database: ./import.sh [DATABASE]\n"
        "# (default neo4j; stop the database first; see docs/export.md in newsgraph).\n"
        "cd \"$(dirname \"$0\")\" || exit 1\n"
        "exec neo4j-admin database import full --id-type=integer --array-delimiter=';' \\\n"
        "    --multiline-fields=true \\\n";
    for (const auto& table : tables.nodeTables) {
        std::string file = "nodes_" + fileNamePart(table.name) + ".csv";
        if (Status s = writeFileAtomically((folder / file).string(), nodesCsv(graph, table)); !s) {
            return s;
        }
        script += "    --nodes=" + file + " \\\n";
    }
    for (const auto& table : tables.relTables) {
        std::string file = "relationships_" + fileNamePart(table.type) + ".csv";
        Status s = writeFileAtomically((folder / file).string(), relationshipsCsv(graph, table));
        if (!s) return s;
        script += "    --relationships=" + file + " \\\n";
    }
    script += "    \"${1:-neo4j}\"\n";
    return writeFileAtomically((folder / "import.sh").string(), script, FileKind::Executable);
}

}  // namespace newsgraph::graph
