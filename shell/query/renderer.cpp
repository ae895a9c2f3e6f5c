#include "shell/query/renderer.h"

#include <algorithm>
#include <cmath>

#include "shell/query/text_width.h"

namespace newsgraph::query {

bool parseOutputFormat(const std::string& name, OutputFormat& format) {
    if (name == "table") format = OutputFormat::Table;
    else if (name == "csv") format = OutputFormat::Csv;
    else if (name == "tsv") format = OutputFormat::Tsv;
    else if (name == "json") format = OutputFormat::Json;
    else if (name == "jsonl") format = OutputFormat::Jsonl;
    else return false;
    return true;
}

std::string displayValue(const RuntimeValue& value, const graph::PropertyGraph& g) {
    if (value.isString()) return value.asString();
    return toCypherLiteral(value, g);
}

namespace {

std::size_t width(const std::string& s) { return displayWidth(s); }

// Table cells wider than this are cut with "…" (the csv, tsv and json forms never cut).
constexpr std::size_t kMaxCellWidth = 60;

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
    }
    return "null";
}

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
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

std::string render(const QueryResult& result, OutputFormat format) {
    const graph::PropertyGraph& g = *result.graph;
    std::string out;
    if (format == OutputFormat::Json) return jsonArray(jsonRows(result));
    if (format == OutputFormat::Jsonl) {
        for (const auto& row : jsonRows(result)) out += row + "\n";
        return out;
    }
    if (format == OutputFormat::Csv || format == OutputFormat::Tsv) {
        const char* sep = format == OutputFormat::Csv ? "," : "\t";
        auto field = [&](const std::string& s) {
            return format == OutputFormat::Csv ? csvField(s) : s;
        };
        for (std::size_t c = 0; c < result.columns.size(); ++c) out += (c ? sep : "") + field(result.columns[c]);
        out += "\n";
        for (const auto& row : result.rows) {
            for (std::size_t c = 0; c < row.size(); ++c) out += (c ? sep : "") + field(displayValue(row[c], g));
            out += "\n";
        }
        return out;
    }
    std::vector<std::vector<std::string>> cells;
    std::vector<std::size_t> widths;
    for (const auto& c : result.columns) widths.push_back(width(c));
    for (const auto& row : result.rows) {
        cells.emplace_back();
        for (std::size_t c = 0; c < row.size(); ++c) {
            cells.back().push_back(truncateToWidth(displayValue(row[c], g), kMaxCellWidth));
            widths[c] = std::max(widths[c], width(cells.back().back()));
        }
    }
    auto line = [&](const std::vector<std::string>& values) {
        std::string s = "|";
        for (std::size_t c = 0; c < values.size(); ++c) {
            s += " " + values[c] + std::string(widths[c] - width(values[c]), ' ') + " |";
        }
        return s + "\n";
    };
    std::string rule = "+";
    for (auto w : widths) rule += std::string(w + 2, '-') + "+";
    rule += "\n";
    out = rule + line(result.columns) + rule;
    for (const auto& row : cells) out += line(row);
    out += rule;
    out += std::to_string(result.rows.size()) + (result.rows.size() == 1 ? " row\n" : " rows\n");
    return out;
}

}  // namespace newsgraph::query
