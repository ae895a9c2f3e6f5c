#include "graph/graphml_writer.h"

#include <sstream>

#include "graph/atomic_file.h"
#include "graph/display_label.h"
#include "graph/property_columns.h"
#include "graph/text_escape.h"

namespace newsgraph::graph {

namespace {

const char* graphMlType(ColumnType type) {
    switch (type) {
        case ColumnType::Bool:
            return "boolean";
        case ColumnType::Int:
            return "long";
        case ColumnType::Double:
            return "double";
        default:
            return "string";
    }
}

// GraphML has no lists: every list is JSON text, as is every map.
ColumnType scalarOnly(ColumnType type) {
    switch (type) {
        case ColumnType::BoolList:
        case ColumnType::IntList:
        case ColumnType::DoubleList:
        case ColumnType::StringList:
            return ColumnType::Json;
        default:
            return type;
    }
}

struct KeySet {
    std::string prefix;  // "n" or "e": key ids are n0, n1, ... and e0, e1, ...
    std::vector<PropertyColumn> columns;
};

KeySet inferKeys(const std::vector<const PropertyMap*>& rows, const std::string& prefix,
                 const std::set<std::string>& reserved) {
    ColumnInference inference([](std::string_view) { return true; });
    for (const PropertyMap* properties : rows) inference.add(*properties);
    KeySet keys{prefix, inference.columns(reserved)};
    for (auto& column : keys.columns) column.type = scalarOnly(column.type);
    return keys;
}

void writeKeyDeclarations(std::ostream& out, const KeySet& keys, const char* domain,
                          std::initializer_list<const char*> structure) {
    for (const char* name : structure) {
        out << "  <key id=\"" << keys.prefix << "_" << name << "\" for=\"" << domain
            << "\" attr.name=\"" << name << "\" attr.type=\"string\"/>\n";
    }
    for (std::size_t i = 0; i < keys.columns.size(); ++i) {
        out << "  <key id=\"" << keys.prefix << i << "\" for=\"" << domain << "\" attr.name=\""
            << xmlEscape(keys.columns[i].name) << "\" attr.type=\""
            << graphMlType(keys.columns[i].type) << "\"/>\n";
    }
}

void writeData(std::ostream& out, const std::string& key, const std::string& text) {
    out << "    <data key=\"" << key << "\">" << xmlEscape(text) << "</data>\n";
}

void writeProperties(std::ostream& out, const KeySet& keys, const PropertyMap& properties) {
    static const ListSyntax kUnused{"", "", ""};
    for (std::size_t i = 0; i < keys.columns.size(); ++i) {
        auto it = properties.find(keys.columns[i].key);
        if (it == properties.end()) continue;
        if (auto text = cellText(it->second, keys.columns[i].type, kUnused)) {
            writeData(out, keys.prefix + std::to_string(i), *text);
        }
    }
}

std::string nodeRef(NodeId id) { return "n" + std::to_string(id); }

}  // namespace

void writeGraphMl(std::ostream& out, const PropertyGraph& graph, const GraphSelection& selection) {
    const Subgraph subgraph = resolveSelection(graph, selection);
    const DisplayLabeler labeler(graph);
    std::vector<const PropertyMap*> nodeRows, edgeRows;
    for (auto v : subgraph.nodes) nodeRows.push_back(&graph.node(v).properties);
    for (auto e : subgraph.edges) edgeRows.push_back(&graph.edge(e).properties);
    const KeySet nodeKeys = inferKeys(nodeRows, "n", {"labels", "label"});
    const KeySet edgeKeys = inferKeys(edgeRows, "e", {"type", "label"});

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
           "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    writeKeyDeclarations(out, nodeKeys, "node", {"labels", "label"});
    writeKeyDeclarations(out, edgeKeys, "edge", {"type", "label"});
    out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
    for (auto v : subgraph.nodes) {
        const NodeRecord& node = graph.node(v);
        out << "  <node id=\"" << nodeRef(node.id) << "\">\n";
        std::string labels;
        for (const auto& label : node.labels) labels += ":" + label;
        writeData(out, "n_labels", labels);
        writeData(out, "n_label", labeler(v));
        writeProperties(out, nodeKeys, node.properties);
        out << "  </node>\n";
    }
    for (auto e : subgraph.edges) {
        const EdgeRecord& edge = graph.edge(e);
        out << "  <edge id=\"e" << edge.id << "\" source=\""
            << nodeRef(graph.node(graph.source(e)).id) << "\" target=\""
            << nodeRef(graph.node(graph.target(e)).id) << "\">\n";
        writeData(out, "e_type", edge.type);
        writeData(out, "e_label", edge.type);
        writeProperties(out, edgeKeys, edge.properties);
        out << "  </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
}

Status saveGraphMl(const PropertyGraph& graph, const GraphSelection& selection,
                   const std::string& path) {
    std::ostringstream text;
    writeGraphMl(text, graph, selection);
    return writeFileAtomically(path, text.str());
}

}  // namespace newsgraph::graph
