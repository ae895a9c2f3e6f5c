#include "graph/property_columns.h"

#include <catch2/catch.hpp>

using namespace newsgraph::graph;

namespace {

ColumnType typeOf(std::initializer_list<Value> values) {
    ColumnInference inference([](std::string_view s) { return s.find(';') == s.npos; });
    for (const auto& value : values) inference.add({{"k", value}});
    return inference.columns({}).at(0).type;
}

}  // namespace

TEST_CASE("ColumnInference: one type per column from heterogeneous values", "[graph][export]") {
    using L = Value::List;
    CHECK(typeOf({Value(1), Value(2)}) == ColumnType::Int);
    CHECK(typeOf({Value(1), Value(2.5), Value()}) == ColumnType::Double);
    CHECK(typeOf({Value(true), Value()}) == ColumnType::Bool);
    CHECK(typeOf({Value("a"), Value(3)}) == ColumnType::String);
    CHECK(typeOf({Value()}) == ColumnType::String);
    CHECK(typeOf({Value(L{Value("a")}), Value(L{})}) == ColumnType::StringList);
    CHECK(typeOf({Value(L{Value(1)}), Value(L{Value(2.0)})}) == ColumnType::DoubleList);
    CHECK(typeOf({Value(L{Value(1), Value(2)})}) == ColumnType::IntList);
    CHECK(typeOf({Value(L{Value(true)})}) == ColumnType::BoolList);
    // What a list cannot hold, and what is no list of scalars, becomes JSON text.
    CHECK(typeOf({Value(L{Value("a;b")})}) == ColumnType::Json);
    CHECK(typeOf({Value(L{Value(1), Value()})}) == ColumnType::Json);
    CHECK(typeOf({Value(L{Value(L{})})}) == ColumnType::Json);
    CHECK(typeOf({Value(L{Value(1)}), Value(1)}) == ColumnType::Json);
    CHECK(typeOf({Value(Value::Map{{"a", Value(1)}})}) == ColumnType::Json);
}

TEST_CASE("ColumnInference: a property named like a structure column is renamed",
          "[graph][export]") {
    ColumnInference inference([](std::string_view) { return true; });
    inference.add({{"id", Value(1)}, {"prop_id", Value(2)}, {"name", Value("x")}});
    auto columns = inference.columns({"id"});
    REQUIRE(columns.size() == 3);
    CHECK(columns[0].key == "id");
    CHECK(columns[0].name == "prop_prop_id");
    CHECK(columns[1].name == "name");
    CHECK(columns[2].name == "prop_id");
}

TEST_CASE("cellText: lists in the format's syntax, nulls as no cell", "[graph][export]") {
    using L = Value::List;
    const ListSyntax kuzu{"[", "]", ","};
    const ListSyntax neo4j{"", "", ";"};
    CHECK_FALSE(cellText(Value(), ColumnType::Int, kuzu).has_value());
    CHECK(*cellText(Value(L{Value("a"), Value("b")}), ColumnType::StringList, kuzu) == "[a,b]");
    CHECK(*cellText(Value(L{Value("a"), Value("b")}), ColumnType::StringList, neo4j) == "a;b");
    CHECK(*cellText(Value(L{Value(1), Value(2.5)}), ColumnType::DoubleList, neo4j) == "1.0;2.5");
    CHECK(*cellText(Value(3), ColumnType::Double, neo4j) == "3.0");
    CHECK(*cellText(Value(L{Value(1), Value()}), ColumnType::Json, neo4j) == "[1,null]");
    CHECK(*cellText(Value("x"), ColumnType::Json, neo4j) == "\"x\"");
    CHECK(*cellText(Value(7), ColumnType::String, neo4j) == "7");
}
