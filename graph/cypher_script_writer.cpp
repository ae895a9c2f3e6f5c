#include "graph/cypher_script_writer.h"

#include <cctype>
#include <cmath>
#include <set>
#include <sstream>

#include "graph/atomic_file.h"
#include "graph/property_columns.h"
#include "graph/text_escape.h"
#include "graph/value_json.h"

namespace newsgraph::graph {

namespace {

std::string numberLiteral(double d) {
    if (std::isnan(d)) return "0.0/0.0";
    if (std::isinf(d)) return d > 0 ? "1.0/0.0" : "-1.0/0.0";
    return doubleText(d);
}

std::string scalarLiteral(const Value& value, bool asDouble) {
    switch (value.kind()) {
        case Value::Kind::Bool:
            return value.asBool() ? "true" : "false";
        case Value::Kind::Int:
            return asDouble ? numberLiteral(static_cast<double>(value.asInt()))
                            : std::to_string(value.asInt());
        case Value::Kind::Double:
            return numberLiteral(value.asDouble());
        case Value::Kind::Temporal:
        case Value::Kind::Duration: {
            // date('1984-10-11'), duration('P1D'): the function reads its own text back.
            std::string function = "duration";
            if (value.isTemporal()) {
                function = temporal::typeName(value.asTemporal().type);
                for (auto& c : function) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            }
            return function + "(" + cypherString(value.toDisplayString()) + ")";
        }
        default:
            return cypherString(value.asString());
    }
}

// A list Neo4j can store: scalars of one kind, counting integers and doubles as one
// (written as doubles, `asDouble`).
bool storableList(const Value::List& list, bool& asDouble) {
    std::set<Value::Kind> kinds;
    for (const auto& item : list) kinds.insert(item.kind());
    asDouble = kinds == std::set<Value::Kind>{Value::Kind::Int, Value::Kind::Double};
    if (kinds.size() > 1 && !asDouble) return false;
    for (Value::Kind kind : kinds) {
        if (kind == Value::Kind::Null || kind == Value::Kind::List || kind == Value::Kind::Map) {
            return false;
        }
    }
    return true;
}

std::string literal(const Value& value) {
    if (value.isMap()) return cypherString(valueToJson(value));
    if (!value.isList()) return scalarLiteral(value, false);
    bool asDouble = false;
    if (!storableList(value.asList(), asDouble)) return cypherString(valueToJson(value));
    std::string out = "[";
    for (const auto& item : value.asList()) {
        if (out.size() > 1) out += ", ";
        out += scalarLiteral(item, asDouble);
    }
    return out + "]";
}

std::string propertyMap(std::int64_t id, const PropertyMap& properties) {
    std::string out = " {id: " + std::to_string(id);
    for (const auto& [key, value] : properties) {
        if (value.isNull()) continue;
        std::string name = columnNameFor(
            key, {"id"}, [&](const std::string& k) { return properties.count(k) > 0; });
        out += ", " + cypherName(name) + ": " + literal(value);
    }
    return out + "}";
}

// n5, or n_5 for the id -5.
std::string variable(NodeId id) {
    std::string digits = std::to_string(id);
    if (digits[0] == '-') digits[0] = '_';
    return "n" + digits;
}

}  // namespace

void writeCypherScript(std::ostream& out, const PropertyGraph& graph,
                       const GraphSelection& selection) {
    const Subgraph subgraph = resolveSelection(graph, selection);
    out << "// newsgraph export: " << subgraph.nodes.size() << " nodes, " << subgraph.edges.size()
        << " relationships, as one statement (cypher-shell -f FILE).\n";
    if (subgraph.nodes.empty()) return;
    for (auto v : subgraph.nodes) {
        const NodeRecord& node = graph.node(v);
        out << "CREATE (" << variable(node.id);
        for (const auto& label : node.labels) out << ":" << cypherName(label);
        out << propertyMap(node.id, node.properties) << ")\n";
    }
    for (auto e : subgraph.edges) {
        const EdgeRecord& edge = graph.edge(e);
        out << "CREATE (" << variable(graph.node(graph.source(e)).id)
            << ")-[:" << cypherName(edge.type) << propertyMap(edge.id, edge.properties) << "]->("
            << variable(graph.node(graph.target(e)).id) << ")\n";
    }
    out << ";\n";
}

Status saveCypherScript(const PropertyGraph& graph, const GraphSelection& selection,
                        const std::string& path) {
    std::ostringstream text;
    writeCypherScript(text, graph, selection);
    return writeFileAtomically(path, text.str());
}

}  // namespace newsgraph::graph
