#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "temporal/duration.h"
#include "temporal/temporal.h"

namespace newsgraph::graph {

// A property value: null, boolean, 64-bit integer, double, string, list, map, or one of
// openCypher's temporal values (a date, time or date-time; a duration).
// Integers and doubles are distinct kinds, as in graph.json and openCypher.
// Value is a regular type (copyable, comparable); it owns its contents.
class Value {
public:
    using List = std::vector<Value>;
    using Map = std::map<std::string, Value>;  // ordered: stable output and comparison

    enum class Kind { Null, Bool, Int, Double, String, List, Map, Temporal, Duration };

    Value() = default;
    Value(std::nullptr_t) {}
    Value(bool b) : v_(b) {}
    Value(int i) : v_(static_cast<std::int64_t>(i)) {}
    Value(std::int64_t i) : v_(i) {}
    Value(double d) : v_(d) {}
    Value(const char* s) : v_(std::string(s)) {}
    Value(std::string s) : v_(std::move(s)) {}
    Value(List l) : v_(std::move(l)) {}
    Value(Map m) : v_(std::move(m)) {}
    Value(temporal::Temporal t) : v_(t) {}
    Value(temporal::Duration d) : v_(d) {}

    Kind kind() const { return static_cast<Kind>(v_.index()); }
    bool isNull() const { return kind() == Kind::Null; }
    bool isBool() const { return kind() == Kind::Bool; }
    bool isInt() const { return kind() == Kind::Int; }
    bool isDouble() const { return kind() == Kind::Double; }
    bool isNumber() const { return isInt() || isDouble(); }
    bool isString() const { return kind() == Kind::String; }
    bool isList() const { return kind() == Kind::List; }
    bool isMap() const { return kind() == Kind::Map; }
    bool isTemporal() const { return kind() == Kind::Temporal; }
    bool isDuration() const { return kind() == Kind::Duration; }

    // REQUIRES: the value has the accessor's kind.
    bool asBool() const { return std::get<bool>(v_); }
    std::int64_t asInt() const { return std::get<std::int64_t>(v_); }
    double asDouble() const { return std::get<double>(v_); }
    // An integer or double as a double. REQUIRES: isNumber().
    double asNumber() const { return isInt() ? static_cast<double>(asInt()) : asDouble(); }
    const std::string& asString() const { return std::get<std::string>(v_); }
    const List& asList() const { return std::get<List>(v_); }
    List& asList() { return std::get<List>(v_); }
    const Map& asMap() const { return std::get<Map>(v_); }
    Map& asMap() { return std::get<Map>(v_); }
    const temporal::Temporal& asTemporal() const { return std::get<temporal::Temporal>(v_); }
    const temporal::Duration& asDuration() const { return std::get<temporal::Duration>(v_); }

    // Structural equality: same kind and same contents (1 and 1.0 differ).
    friend bool operator==(const Value& a, const Value& b) { return a.v_ == b.v_; }

    // A short human-readable form (strings unquoted at top level), for messages and labels.
    std::string toDisplayString() const;

private:
    std::variant<std::monostate, bool, std::int64_t, double, std::string, List, Map,
                 temporal::Temporal, temporal::Duration>
        v_;
};

// Name of a kind, as used in error messages ("integer", "string", ...).
const char* kindName(Value::Kind kind);

}  // namespace newsgraph::graph
