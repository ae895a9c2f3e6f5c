#include "graph/property_columns.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "graph/value_json.h"

namespace newsgraph::graph {

namespace {

using Kind = Value::Kind;

bool only(const std::set<Kind>& kinds, std::initializer_list<Kind> allowed) {
    for (Kind kind : kinds) {
        if (std::find(allowed.begin(), allowed.end(), kind) == allowed.end()) return false;
    }
    return true;
}

ColumnType inferType(const std::set<Kind>& kinds, const std::set<Kind>& elementKinds,
                     bool badElement) {
    if (kinds.empty()) return ColumnType::String;
    if (only(kinds, {Kind::Bool})) return ColumnType::Bool;
    if (only(kinds, {Kind::Int})) return ColumnType::Int;
    if (only(kinds, {Kind::Int, Kind::Double})) return ColumnType::Double;
    // A temporal value goes as its ISO 8601 text, which every target reads as a string.
    if (only(kinds, {Kind::String, Kind::Int, Kind::Double, Kind::Bool, Kind::Temporal,
                     Kind::Duration})) {
        return ColumnType::String;
    }
    if (!only(kinds, {Kind::List}) || badElement) return ColumnType::Json;
    if (elementKinds.empty()) return ColumnType::StringList;
    if (only(elementKinds, {Kind::Bool})) return ColumnType::BoolList;
    if (only(elementKinds, {Kind::Int})) return ColumnType::IntList;
    if (only(elementKinds, {Kind::Int, Kind::Double})) return ColumnType::DoubleList;
    if (only(elementKinds, {Kind::String})) return ColumnType::StringList;
    return ColumnType::Json;
}

}  // namespace

void ColumnInference::add(const PropertyMap& properties) {
    for (const auto& [key, value] : properties) {
        Seen& seen = seen_[key];
        if (value.isNull()) continue;
        seen.kinds.insert(value.kind());
        if (!value.isList()) continue;
        for (const auto& item : value.asList()) {
            seen.elementKinds.insert(item.kind());
            if (item.isString() && !listElementOk_(item.asString())) seen.badElement = true;
        }
    }
}

std::vector<PropertyColumn> ColumnInference::columns(const std::set<std::string>& reserved) const {
    std::vector<PropertyColumn> columns;
    for (const auto& [key, seen] : seen_) {
        std::string name =
            columnNameFor(key, reserved, [&](const std::string& k) { return seen_.count(k) > 0; });
        columns.push_back({key, name, inferType(seen.kinds, seen.elementKinds, seen.badElement)});
    }
    return columns;
}

std::string columnNameFor(const std::string& key, const std::set<std::string>& reserved,
                          const std::function<bool(const std::string&)>& isKey) {
    if (!reserved.count(key)) return key;
    std::string name = "prop_" + key;
    while (reserved.count(name) || isKey(name)) name = "prop_" + name;
    return name;
}

std::string doubleText(double d) {
    if (std::isfinite(d) && std::fabs(d) < 1e15 && d == std::floor(d)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.1f", d);
        return buf;
    }
    std::string text = Value(d).toDisplayString();
    if (auto plus = text.find("e+"); plus != std::string::npos) text.erase(plus + 1, 1);
    return text;
}

std::string scalarText(const Value& value) {
    switch (value.kind()) {
        case Kind::String:
            return value.asString();
        case Kind::Double:
            return doubleText(value.asDouble());
        case Kind::Bool:
        case Kind::Int:
        case Kind::Temporal:
        case Kind::Duration:
            return value.toDisplayString();
        default:
            return valueToJson(value);
    }
}

std::optional<std::string> cellText(const Value& value, ColumnType type, const ListSyntax& syntax) {
    if (value.isNull()) return std::nullopt;
    switch (type) {
        case ColumnType::Json:
            return valueToJson(value);
        case ColumnType::Double:
            return doubleText(value.isInt() ? static_cast<double>(value.asInt())
                                            : value.asDouble());
        case ColumnType::BoolList:
        case ColumnType::IntList:
        case ColumnType::DoubleList:
        case ColumnType::StringList: {
            std::string text(syntax.open);
            bool first = true;
            for (const auto& item : value.asList()) {
                if (!first) text += syntax.separator;
                first = false;
                text += type == ColumnType::DoubleList && item.isInt()
                            ? doubleText(static_cast<double>(item.asInt()))
                            : scalarText(item);
            }
            text += syntax.close;
            return text;
        }
        default:
            return scalarText(value);
    }
}

}  // namespace newsgraph::graph
