#include "graph/value.h"

#include <cmath>
#include <cstdio>

#include "temporal/temporal_format.h"

namespace newsgraph::graph {

const char* kindName(Value::Kind kind) {
    switch (kind) {
        case Value::Kind::Null: return "null";
        case Value::Kind::Bool: return "boolean";
        case Value::Kind::Int: return "integer";
        case Value::Kind::Double: return "float";
        case Value::Kind::String: return "string";
        case Value::Kind::List: return "list";
        case Value::Kind::Map: return "map";
        case Value::Kind::Temporal: return "temporal";
        case Value::Kind::Duration: return "duration";
    }
    return "unknown";
}

namespace {

std::string formatDouble(double d) {
    if (std::isnan(d)) return "NaN";
    if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    // Prefer the shortest form that reads back the same.
    for (int precision = 1; precision < 17; ++precision) {
        char shorter[32];
        std::snprintf(shorter, sizeof shorter, "%.*g", precision, d);
        if (std::strtod(shorter, nullptr) == d) {
            std::snprintf(buf, sizeof buf, "%s", shorter);
            break;
        }
    }
    std::string s = buf;
    if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
    return s;
}

void append(std::string& out, const Value& v, bool quoteStrings) {
    switch (v.kind()) {
        case Value::Kind::Null: out += "null"; break;
        case Value::Kind::Bool: out += v.asBool() ? "true" : "false"; break;
        case Value::Kind::Int: out += std::to_string(v.asInt()); break;
        case Value::Kind::Double: out += formatDouble(v.asDouble()); break;
        case Value::Kind::String:
            if (quoteStrings) out += '\'';
            out += v.asString();
            if (quoteStrings) out += '\'';
            break;
        case Value::Kind::List: {
            out += '[';
            bool first = true;
            for (const auto& item : v.asList()) {
                if (!first) out += ", ";
                first = false;
                append(out, item, true);
            }
            out += ']';
            break;
        }
        case Value::Kind::Map: {
            out += '{';
            bool first = true;
            for (const auto& [key, item] : v.asMap()) {
                if (!first) out += ", ";
                first = false;
                out += key;
                out += ": ";
                append(out, item, true);
            }
            out += '}';
            break;
        }
        case Value::Kind::Temporal:
            out += temporal::formatTemporal(v.asTemporal());
            break;
        case Value::Kind::Duration:
            out += temporal::formatDuration(v.asDuration());
            break;
    }
}

}  // namespace

std::string Value::toDisplayString() const {
    std::string out;
    append(out, *this, false);
    return out;
}

}  // namespace newsgraph::graph
