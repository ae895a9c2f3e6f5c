#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "graph/property_graph.h"
#include "temporal/duration.h"
#include "temporal/temporal.h"

namespace newsgraph::query {

using Vertex = graph::PropertyGraph::Vertex;
using Edge = graph::PropertyGraph::Edge;

struct NodeRef {
    Vertex vertex;
};
struct RelRef {
    Edge edge;
};
struct PathValue {
    std::vector<Vertex> nodes;
    std::vector<Edge> rels;  // rels[i] joins nodes[i] and nodes[i + 1]
};

// A value during evaluation: graph::Value's property kinds (temporal values included)
// plus references to nodes, relationships and paths of the graph being queried (graph/
// knows nothing of these).
class RuntimeValue {
public:
    using List = std::vector<RuntimeValue>;
    using Map = std::map<std::string, RuntimeValue>;
    enum class Kind { Null, Bool, Int, Double, String, List, Map, Node, Rel, Path, Temporal, Duration };

    RuntimeValue() = default;
    RuntimeValue(std::nullptr_t) {}
    RuntimeValue(bool b) : v_(b) {}
    RuntimeValue(int i) : v_(static_cast<std::int64_t>(i)) {}
    RuntimeValue(std::int64_t i) : v_(i) {}
    RuntimeValue(double d) : v_(d) {}
    RuntimeValue(const char* s) : v_(std::string(s)) {}
    RuntimeValue(std::string s) : v_(std::move(s)) {}
    RuntimeValue(List l) : v_(std::move(l)) {}
    RuntimeValue(Map m) : v_(std::move(m)) {}
    RuntimeValue(NodeRef n) : v_(n) {}
    RuntimeValue(RelRef r) : v_(r) {}
    RuntimeValue(PathValue p) : v_(std::move(p)) {}
    RuntimeValue(temporal::Temporal t) : v_(t) {}
    RuntimeValue(temporal::Duration d) : v_(d) {}

    Kind kind() const { return static_cast<Kind>(v_.index()); }
    bool isNull() const { return kind() == Kind::Null; }
    bool isBool() const { return kind() == Kind::Bool; }
    bool isInt() const { return kind() == Kind::Int; }
    bool isDouble() const { return kind() == Kind::Double; }
    bool isNumber() const { return isInt() || isDouble(); }
    bool isString() const { return kind() == Kind::String; }
    bool isList() const { return kind() == Kind::List; }
    bool isMap() const { return kind() == Kind::Map; }
    bool isNode() const { return kind() == Kind::Node; }
    bool isRel() const { return kind() == Kind::Rel; }
    bool isPath() const { return kind() == Kind::Path; }
    bool isTemporal() const { return kind() == Kind::Temporal; }
    bool isDuration() const { return kind() == Kind::Duration; }

    // REQUIRES: the value has the accessor's kind.
    bool asBool() const { return std::get<bool>(v_); }
    std::int64_t asInt() const { return std::get<std::int64_t>(v_); }
    double asDouble() const { return std::get<double>(v_); }
    double asNumber() const { return isInt() ? static_cast<double>(asInt()) : asDouble(); }
    const std::string& asString() const { return std::get<std::string>(v_); }
    const List& asList() const { return std::get<List>(v_); }
    List& asList() { return std::get<List>(v_); }
    const Map& asMap() const { return std::get<Map>(v_); }
    Vertex asNode() const { return std::get<NodeRef>(v_).vertex; }
    Edge asRel() const { return std::get<RelRef>(v_).edge; }
    const PathValue& asPath() const { return std::get<PathValue>(v_); }
    const temporal::Temporal& asTemporal() const { return std::get<temporal::Temporal>(v_); }
    const temporal::Duration& asDuration() const { return std::get<temporal::Duration>(v_); }

private:
    std::variant<std::monostate, bool, std::int64_t, double, std::string, List, Map, NodeRef,
                 RelRef, PathValue, temporal::Temporal, temporal::Duration>
        v_;
};

const char* kindName(RuntimeValue::Kind kind);
// The value's type name for messages: kindName, but "Date", "LocalTime"... for a temporal.
const char* typeName(const RuntimeValue& value);
// The kind's name with its article, for messages: "an Integer", "a String", "null".
std::string kindWithArticle(RuntimeValue::Kind kind);

// Conversions between property values and runtime values. toProperty returns nullopt for
// values a property cannot hold (nodes, relationships, paths, maps inside lists...).
RuntimeValue fromProperty(const graph::Value& value);
std::optional<graph::Value> toProperty(const RuntimeValue& value);

// openCypher's three-valued equality: true, false, or nullopt (null) when unknown.
std::optional<bool> cypherEquals(const RuntimeValue& a, const RuntimeValue& b,
                                 const graph::PropertyGraph& g);
// openCypher's comparison for < <= > >=: negative/0/positive, nullopt when incomparable.
std::optional<int> cypherCompare(const RuntimeValue& a, const RuntimeValue& b,
                                 const graph::PropertyGraph& g);
// The total order of ORDER BY (nulls last ascending); also equivalence for DISTINCT and
// grouping when it returns 0.
int orderCompare(const RuntimeValue& a, const RuntimeValue& b, const graph::PropertyGraph& g);

// Orders rows of values by orderCompare, column by column: rows that compare equal are
// the same group (or duplicates, for DISTINCT and UNION).
struct RowLess {
    const graph::PropertyGraph* graph;
    bool operator()(const std::vector<RuntimeValue>& a, const std::vector<RuntimeValue>& b) const {
        for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
            int c = orderCompare(a[i], b[i], *graph);
            if (c != 0) return c < 0;
        }
        return a.size() < b.size();
    }
};

// The value in the TCK's notation: (:L {k: 1}), [:T {k: 'v'}], <(a)-[r]->(b)>, 1.5, 'str'.
std::string toCypherLiteral(const RuntimeValue& value, const graph::PropertyGraph& g);
// A float as openCypher prints it: shortest round-trip form with ".0", NaN, Infinity.
std::string formatFloat(double d);

}  // namespace newsgraph::query
