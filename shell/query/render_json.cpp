// The json and jsonl forms of a result (see renderer.h).
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "shell/query/renderer.h"
#include "temporal/temporal_format.h"

namespace newsgraph::query {

namespace {

std::string jsonString(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

std::string json(const RuntimeValue& v, const graph::PropertyGraph& g);

std::string jsonProperties(const graph::PropertyMap& props, const graph::PropertyGraph& g) {
    std::string out = "{";
    bool first = true;
    for (const auto& [k, value] : props) {
        if (!first) out += ",";
        first = false;
        out += jsonString(k) + ":" + json(fromProperty(value), g);
    }
    return out + "}";
}

std::string jsonNode(Vertex v, const graph::PropertyGraph& g) {
    const auto& n = g.node(v);
    std::string labels = "[";
    for (std::size_t i = 0; i < n.labels.size(); ++i) labels += (i ? "," : "") + jsonString(n.labels[i]);
    return "{\"id\":" + std::to_string(n.id) + ",\"labels\":" + labels + "],\"properties\":" +
           jsonProperties(n.properties, g) + "}";
}

std::string jsonRel(Edge e, const graph::PropertyGraph& g) {
    const auto& r = g.edge(e);
    return "{\"id\":" + std::to_string(r.id) + ",\"type\":" + jsonString(r.type) +
           ",\"start\":" + std::to_string(g.node(g.source(e)).id) +
           ",\"end\":" + std::to_string(g.node(g.target(e)).id) +
           ",\"properties\":" + jsonProperties(r.properties, g) + "}";
}

std::string json(const RuntimeValue& v, const graph::PropertyGraph& g) {
    switch (v.kind()) {
        case RuntimeValue::Kind::Null: return "null";
        case RuntimeValue::Kind::Bool: return v.asBool() ? "true" : "false";
        case RuntimeValue::Kind::Int: return std::to_string(v.asInt());
        case RuntimeValue::Kind::Double: {
            double d = v.asDouble();
            if (!std::isfinite(d)) return formatFloat(d);  // bare NaN, Infinity, -Infinity
            char buf[40];
            for (int p = 1; p <= 17; ++p) {
                std::snprintf(buf, sizeof buf, "%.*g", p, d);
                if (std::strtod(buf, nullptr) == d) break;
            }
            std::string s = buf;
            if (s.find_first_of(".e") == std::string::npos) s += ".0";
            return s;
        }
        case RuntimeValue::Kind::String: return jsonString(v.asString());
        case RuntimeValue::Kind::List: {
            std::string out = "[";
            for (std::size_t i = 0; i < v.asList().size(); ++i) out += (i ? "," : "") + json(v.asList()[i], g);
            return out + "]";
        }
        case RuntimeValue::Kind::Map: {
            std::string out = "{";
            bool first = true;
            for (const auto& [k, item] : v.asMap()) {
                if (!first) out += ",";
                first = false;
                out += jsonString(k) + ":" + json(item, g);
            }
            return out + "}";
        }
        case RuntimeValue::Kind::Node: return jsonNode(v.asNode(), g);
        case RuntimeValue::Kind::Rel: return jsonRel(v.asRel(), g);
        case RuntimeValue::Kind::Path: {
            std::string nodes = "[", rels = "[";
            const auto& p = v.asPath();
            for (std::size_t i = 0; i < p.nodes.size(); ++i) nodes += (i ? "," : "") + jsonNode(p.nodes[i], g);
            for (std::size_t i = 0; i < p.rels.size(); ++i) rels += (i ? "," : "") + jsonRel(p.rels[i], g);
            return "{\"nodes\":" + nodes + "],\"relationships\":" + rels + "]}";
        }
        // As Neo4j's HTTP API writes them: the ISO 8601 text.
        case RuntimeValue::Kind::Temporal: return jsonString(temporal::formatTemporal(v.asTemporal()));
        case RuntimeValue::Kind::Duration: return jsonString(temporal::formatDuration(v.asDuration()));
    }
    return "null";
}

}  // namespace

std::vector<std::string> jsonRows(const QueryResult& result) {
    const graph::PropertyGraph& g = *result.graph;
    std::vector<std::string> rows;
    for (const auto& row : result.rows) {
        std::string object = "{";
        for (std::size_t c = 0; c < result.columns.size(); ++c) {
            object += (c ? "," : "") + jsonString(result.columns[c]) + ":" + json(row[c], g);
        }
        rows.push_back(object + "}");
    }
    return rows;
}

std::string jsonArray(const std::vector<std::string>& rows) {
    std::string out = "[";
    for (std::size_t r = 0; r < rows.size(); ++r) out += (r ? ",\n " : "\n ") + rows[r];
    return out + (rows.empty() ? "]\n" : "\n]\n");
}

}  // namespace newsgraph::query
