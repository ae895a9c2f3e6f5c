#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/node.h"

namespace newsgraph::graph {

// How a tabular export (Neo4j CSV, Kùzu, GraphML) stores one property key, given every
// value the key takes in one table. Property graphs are heterogeneous (the same key may
// hold an integer here and a string there, a list or a map); tables have one type per
// column. The rules, in order (nulls are ignored, and are written as empty cells):
//   - all booleans -> Bool; all integers -> Int; integers and doubles -> Double;
//   - all strings -> String; strings mixed with other scalars -> String, the others
//     written as their JSON text;
//   - all lists whose elements are all booleans, all integers, all numbers, or all
//     strings that the format can hold in a list (see ListElementCheck) -> the list type;
//     lists that are all empty -> StringList;
//   - anything else (maps, nested or mixed lists, lists holding nulls, lists mixed with
//     scalars) -> Json: every value as its JSON text in a string column.
enum class ColumnType {
    Bool,
    Int,
    Double,
    String,
    BoolList,
    IntList,
    DoubleList,
    StringList,
    Json
};

struct PropertyColumn {
    std::string key;   // the property key
    std::string name;  // the column's name: the key, renamed if it clashes (see below)
    ColumnType type = ColumnType::String;
};

// Whether a string can be a list element in the format's list syntax (for instance, no
// `;` in Neo4j's arrays). A list with an element that fails makes its column Json.
using ListElementCheck = std::function<bool(std::string_view)>;

// Collects the values of one table's rows and infers the columns.
class ColumnInference {
  public:
    explicit ColumnInference(ListElementCheck listElementOk)
        : listElementOk_(std::move(listElementOk)) {}

    void add(const PropertyMap& properties);

    // One column per key seen, sorted by key. `reserved` are the format's own column names
    // (`id`, `labels`, ...): a property with such a name gets the column name
    // `prop_<key>` (prefixed again until it clashes with nothing).
    std::vector<PropertyColumn> columns(const std::set<std::string>& reserved) const;

  private:
    struct Seen {
        std::set<Value::Kind> kinds;
        std::set<Value::Kind> elementKinds;
        bool badElement = false;  // a list element the format cannot hold in a list
    };
    ListElementCheck listElementOk_;
    std::map<std::string, Seen> seen_;
};

// The column name for property `key`: the key itself, or, when it is one of `reserved`,
// `prop_<key>` prefixed again until it is neither reserved nor another key (`isKey`).
std::string columnNameFor(const std::string& key, const std::set<std::string>& reserved,
                          const std::function<bool(const std::string&)>& isKey);

// How a format writes the elements of a list cell.
struct ListSyntax {
    std::string_view open;       // "[" for Kùzu, "" for Neo4j
    std::string_view close;      // "]" for Kùzu, "" for Neo4j
    std::string_view separator;  // "," for Kùzu, ";" for Neo4j
};

// The text of one cell (before CSV quoting), or nullopt for null (an empty cell).
// REQUIRES: `type` was inferred from a set of values that included `value`.
std::optional<std::string> cellText(const Value& value, ColumnType type, const ListSyntax& syntax);

// A double as text every format here reads: shortest round-trip digits, always with a
// fraction or exponent, a whole number below 1e15 in plain digits ("1400000.0", not
// "1.4e+06"), an exponent without `+` (openCypher has no `e+`), NaN, Infinity, -Infinity.
std::string doubleText(double d);

// A scalar as plain text: strings as they are, numbers and booleans as Value displays
// them (1, 2.5, true), anything else as JSON.
std::string scalarText(const Value& value);

}  // namespace newsgraph::graph
