#include "shell/query/runtime_value.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "temporal/temporal_format.h"

namespace newsgraph::query {

const char* kindName(RuntimeValue::Kind kind) {
    switch (kind) {
        case RuntimeValue::Kind::Null: return "null";
        case RuntimeValue::Kind::Bool: return "Boolean";
        case RuntimeValue::Kind::Int: return "Integer";
        case RuntimeValue::Kind::Double: return "Float";
        case RuntimeValue::Kind::String: return "String";
        case RuntimeValue::Kind::List: return "List";
        case RuntimeValue::Kind::Map: return "Map";
        case RuntimeValue::Kind::Node: return "Node";
        case RuntimeValue::Kind::Rel: return "Relationship";
        case RuntimeValue::Kind::Path: return "Path";
        case RuntimeValue::Kind::Temporal: return "Temporal";
        case RuntimeValue::Kind::Duration: return "Duration";
    }
    return "unknown";
}

const char* typeName(const RuntimeValue& value) {
    if (value.isTemporal()) return temporal::typeName(value.asTemporal().type);
    return kindName(value.kind());
}

std::string kindWithArticle(RuntimeValue::Kind kind) {
    if (kind == RuntimeValue::Kind::Null) return "null";
    const std::string name = kindName(kind);
    return (name[0] == 'I' ? "an " : "a ") + name;  // the only vowel among the kinds
}

RuntimeValue fromProperty(const graph::Value& value) {
    switch (value.kind()) {
        case graph::Value::Kind::Null: return {};
        case graph::Value::Kind::Bool: return value.asBool();
        case graph::Value::Kind::Int: return value.asInt();
        case graph::Value::Kind::Double: return value.asDouble();
        case graph::Value::Kind::String: return value.asString();
        case graph::Value::Kind::List: {
            RuntimeValue::List out;
            for (const auto& item : value.asList()) out.push_back(fromProperty(item));
            return out;
        }
        case graph::Value::Kind::Map: {
            RuntimeValue::Map out;
            for (const auto& [k, item] : value.asMap()) out.emplace(k, fromProperty(item));
            return out;
        }
        case graph::Value::Kind::Temporal: return value.asTemporal();
        case graph::Value::Kind::Duration: return value.asDuration();
    }
    return {};
}

std::optional<graph::Value> toProperty(const RuntimeValue& value) {
    switch (value.kind()) {
        case RuntimeValue::Kind::Null: return graph::Value();
        case RuntimeValue::Kind::Bool: return graph::Value(value.asBool());
        case RuntimeValue::Kind::Int: return graph::Value(value.asInt());
        case RuntimeValue::Kind::Double: return graph::Value(value.asDouble());
        case RuntimeValue::Kind::String: return graph::Value(value.asString());
        case RuntimeValue::Kind::Temporal: return graph::Value(value.asTemporal());
        case RuntimeValue::Kind::Duration: return graph::Value(value.asDuration());
        case RuntimeValue::Kind::List: {
            graph::Value::List out;
            for (const auto& item : value.asList()) {
                auto p = toProperty(item);
                if (!p || p->isMap() || p->isList()) return std::nullopt;
                out.push_back(std::move(*p));
            }
            return graph::Value(std::move(out));
        }
        default: return std::nullopt;
    }
}

namespace {

using Kind = RuntimeValue::Kind;

int sign(double d) { return d < 0 ? -1 : (d > 0 ? 1 : 0); }

int compareNumbers(const RuntimeValue& a, const RuntimeValue& b) {
    if (a.isInt() && b.isInt()) return a.asInt() < b.asInt() ? -1 : (a.asInt() > b.asInt());
    return sign(a.asNumber() - b.asNumber());
}

graph::NodeId nodeId(const graph::PropertyGraph& g, Vertex v) { return g.node(v).id; }
graph::EdgeId edgeId(const graph::PropertyGraph& g, Edge e) { return g.edge(e).id; }

// Rank of each kind in ORDER BY's ascending order (openCypher: map, node, relationship,
// list, path, datetime, local datetime, date, time, local time, duration, string,
// boolean, number, null).
int orderRank(const RuntimeValue& v) {
    using temporal::TemporalType;
    switch (v.kind()) {
        case Kind::Map: return 0;
        case Kind::Node: return 1;
        case Kind::Rel: return 2;
        case Kind::List: return 3;
        case Kind::Path: return 4;
        case Kind::Temporal:
            switch (v.asTemporal().type) {
                case TemporalType::DateTime: return 5;
                case TemporalType::LocalDateTime: return 6;
                case TemporalType::Date: return 7;
                case TemporalType::Time: return 8;
                case TemporalType::LocalTime: return 9;
            }
            return 9;
        case Kind::Duration: return 10;
        case Kind::String: return 11;
        case Kind::Bool: return 12;
        case Kind::Int:
        case Kind::Double: return std::isnan(v.asNumber()) ? 14 : 13;
        case Kind::Null: return 15;
    }
    return 16;
}

}  // namespace

std::optional<bool> cypherEquals(const RuntimeValue& a, const RuntimeValue& b,
                                 const graph::PropertyGraph& g) {
    if (a.isNull() || b.isNull()) return std::nullopt;
    if (a.isNumber() && b.isNumber()) {
        if (a.isInt() && b.isInt()) return a.asInt() == b.asInt();
        return a.asNumber() == b.asNumber();
    }
    if (a.kind() != b.kind()) return false;
    switch (a.kind()) {
        case Kind::Bool: return a.asBool() == b.asBool();
        case Kind::String: return a.asString() == b.asString();
        case Kind::Node: return a.asNode() == b.asNode();
        case Kind::Rel: return edgeId(g, a.asRel()) == edgeId(g, b.asRel());
        case Kind::List: {
            const auto& x = a.asList();
            const auto& y = b.asList();
            if (x.size() != y.size()) return false;
            bool unknown = false;
            for (std::size_t i = 0; i < x.size(); ++i) {
                auto eq = cypherEquals(x[i], y[i], g);
                if (!eq) unknown = true;
                else if (!*eq) return false;
            }
            if (unknown) return std::nullopt;
            return true;
        }
        case Kind::Map: {
            const auto& x = a.asMap();
            const auto& y = b.asMap();
            if (x.size() != y.size()) return false;
            bool unknown = false;
            for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
                if (i->first != j->first) return false;
            }
            for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
                auto eq = cypherEquals(i->second, j->second, g);
                if (!eq) unknown = true;
                else if (!*eq) return false;
            }
            if (unknown) return std::nullopt;
            return true;
        }
        case Kind::Path: {
            const auto& x = a.asPath();
            const auto& y = b.asPath();
            if (x.nodes != y.nodes || x.rels.size() != y.rels.size()) return false;
            for (std::size_t i = 0; i < x.rels.size(); ++i) {
                if (edgeId(g, x.rels[i]) != edgeId(g, y.rels[i])) return false;
            }
            return true;
        }
        case Kind::Temporal: {
            const auto& x = a.asTemporal();
            const auto& y = b.asTemporal();
            return x.type == y.type && temporal::compareTotal(x, y) == 0;
        }
        case Kind::Duration: return a.asDuration() == b.asDuration();
        default: return false;
    }
}

std::optional<int> cypherCompare(const RuntimeValue& a, const RuntimeValue& b,
                                 const graph::PropertyGraph& g) {
    if (a.isNull() || b.isNull()) return std::nullopt;
    if (a.isNumber() && b.isNumber()) {
        if (std::isnan(a.asNumber()) || std::isnan(b.asNumber())) return std::nullopt;
        return compareNumbers(a, b);
    }
    if (a.kind() != b.kind()) return std::nullopt;
    switch (a.kind()) {
        case Kind::String: return a.asString().compare(b.asString()) < 0
                                      ? -1
                                      : (a.asString() == b.asString() ? 0 : 1);
        case Kind::Bool: return static_cast<int>(a.asBool()) - static_cast<int>(b.asBool());
        case Kind::List: {
            const auto& x = a.asList();
            const auto& y = b.asList();
            for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
                auto c = cypherCompare(x[i], y[i], g);
                if (!c) return std::nullopt;
                if (*c != 0) return c;
            }
            return x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
        }
        case Kind::Temporal: {
            // Only values of one type compare; durations never do.
            const auto& x = a.asTemporal();
            const auto& y = b.asTemporal();
            if (x.type != y.type) return std::nullopt;
            return temporal::compareChronologically(x, y);
        }
        default: return std::nullopt;
    }
}

int orderCompare(const RuntimeValue& a, const RuntimeValue& b, const graph::PropertyGraph& g) {
    int ra = orderRank(a), rb = orderRank(b);
    if (ra != rb) return ra < rb ? -1 : 1;
    switch (a.kind()) {
        case Kind::Null: return 0;
        case Kind::Int:
        case Kind::Double:
            if (ra == 8) return 0;
            return compareNumbers(a, b);
        case Kind::Bool: return static_cast<int>(a.asBool()) - static_cast<int>(b.asBool());
        case Kind::String: {
            int c = a.asString().compare(b.asString());
            return c < 0 ? -1 : (c > 0);
        }
        case Kind::Node: {
            auto x = nodeId(g, a.asNode()), y = nodeId(g, b.asNode());
            return x < y ? -1 : (x > y);
        }
        case Kind::Rel: {
            auto x = edgeId(g, a.asRel()), y = edgeId(g, b.asRel());
            return x < y ? -1 : (x > y);
        }
        case Kind::List: {
            const auto& x = a.asList();
            const auto& y = b.asList();
            for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
                int c = orderCompare(x[i], y[i], g);
                if (c != 0) return c;
            }
            return x.size() < y.size() ? -1 : (x.size() > y.size());
        }
        case Kind::Map: {
            const auto& x = a.asMap();
            const auto& y = b.asMap();
            auto i = x.begin();
            auto j = y.begin();
            for (; i != x.end() && j != y.end(); ++i, ++j) {
                int c = i->first.compare(j->first);
                if (c != 0) return c < 0 ? -1 : 1;
                c = orderCompare(i->second, j->second, g);
                if (c != 0) return c;
            }
            return x.size() < y.size() ? -1 : (x.size() > y.size());
        }
        case Kind::Path: {
            const auto& x = a.asPath();
            const auto& y = b.asPath();
            for (std::size_t i = 0; i < x.nodes.size() && i < y.nodes.size(); ++i) {
                auto p = nodeId(g, x.nodes[i]), q = nodeId(g, y.nodes[i]);
                if (p != q) return p < q ? -1 : 1;
            }
            return x.nodes.size() < y.nodes.size() ? -1 : (x.nodes.size() > y.nodes.size());
        }
        case Kind::Temporal: return temporal::compareTotal(a.asTemporal(), b.asTemporal());
        case Kind::Duration: return temporal::compareFields(a.asDuration(), b.asDuration());
    }
    return 0;
}

std::string formatFloat(double d) {
    if (std::isnan(d)) return "NaN";
    if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
    if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
    // The shortest digits that read back the same, then Java's layout (as the openCypher
    // TCK prints floats): plain notation for 1e-3 <= |d| < 1e7, else d.dddE<exp>.
    char buf[40];
    int precision = 1;
    for (; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*e", precision - 1, d);
        if (std::strtod(buf, nullptr) == d) break;
    }
    std::string s = buf;
    auto e = s.find('e');
    int exponent = std::atoi(s.c_str() + e + 1);
    std::string digits;
    for (std::size_t i = 0; i < e; ++i) {
        if (std::isdigit(static_cast<unsigned char>(s[i]))) digits += s[i];
    }
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    std::string sign = d < 0 ? "-" : "";
    if (exponent >= -3 && exponent < 7) {
        std::string out;
        if (exponent < 0) {
            out = "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
        } else {
            auto intDigits = static_cast<std::size_t>(exponent + 1);
            if (digits.size() <= intDigits) {
                out = digits + std::string(intDigits - digits.size(), '0') + ".0";
            } else {
                out = digits.substr(0, intDigits) + "." + digits.substr(intDigits);
            }
        }
        return sign + out;
    }
    std::string mantissa = digits.substr(0, 1) + "." + (digits.size() > 1 ? digits.substr(1) : "0");
    return sign + mantissa + "E" + std::to_string(exponent);
}

namespace {

std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
}

void appendProperties(std::string& out, const graph::PropertyMap& properties,
                      const graph::PropertyGraph& g) {
    if (properties.empty()) return;
    out += " {";
    bool first = true;
    for (const auto& [key, value] : properties) {
        if (!first) out += ", ";
        first = false;
        out += key + ": " + toCypherLiteral(fromProperty(value), g);
    }
    out += '}';
}

std::string nodeLiteral(Vertex v, const graph::PropertyGraph& g) {
    const auto& record = g.node(v);
    std::string out = "(";
    for (const auto& label : record.labels) out += ":" + label;
    std::string props;
    appendProperties(props, record.properties, g);
    if (record.labels.empty() && !props.empty()) props.erase(0, 1);
    return out + props + ")";
}

std::string relLiteral(Edge e, const graph::PropertyGraph& g) {
    const auto& record = g.edge(e);
    std::string out = "[:" + record.type;
    appendProperties(out, record.properties, g);
    return out + "]";
}

}  // namespace

std::string toCypherLiteral(const RuntimeValue& value, const graph::PropertyGraph& g) {
    switch (value.kind()) {
        case Kind::Null: return "null";
        case Kind::Bool: return value.asBool() ? "true" : "false";
        case Kind::Int: return std::to_string(value.asInt());
        case Kind::Double: return formatFloat(value.asDouble());
        case Kind::String: return quoted(value.asString());
        case Kind::List: {
            std::string out = "[";
            bool first = true;
            for (const auto& item : value.asList()) {
                if (!first) out += ", ";
                first = false;
                out += toCypherLiteral(item, g);
            }
            return out + "]";
        }
        case Kind::Map: {
            std::string out = "{";
            bool first = true;
            for (const auto& [key, item] : value.asMap()) {
                if (!first) out += ", ";
                first = false;
                out += key + ": " + toCypherLiteral(item, g);
            }
            return out + "}";
        }
        case Kind::Node: return nodeLiteral(value.asNode(), g);
        case Kind::Rel: return relLiteral(value.asRel(), g);
        case Kind::Path: {
            const auto& path = value.asPath();
            std::string out = "<" + nodeLiteral(path.nodes.at(0), g);
            for (std::size_t i = 0; i < path.rels.size(); ++i) {
                bool forward = g.source(path.rels[i]) == path.nodes[i] &&
                               g.target(path.rels[i]) == path.nodes[i + 1];
                out += forward ? "-" : "<-";
                out += relLiteral(path.rels[i], g);
                out += forward ? "->" : "-";
                out += nodeLiteral(path.nodes[i + 1], g);
            }
            return out + ">";
        }
        // The TCK writes temporal values as their text in quotes: '1984-10-11'.
        case Kind::Temporal: return quoted(temporal::formatTemporal(value.asTemporal()));
        case Kind::Duration: return quoted(temporal::formatDuration(value.asDuration()));
    }
    return "?";
}

}  // namespace newsgraph::query
