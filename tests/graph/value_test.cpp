#include "graph/value.h"

#include <catch2/catch.hpp>
#include <cmath>

using newsgraph::graph::Value;

TEST_CASE("Value: integers and floats are distinct kinds", "[graph]") {
    CHECK(Value(1).isInt());
    CHECK(Value(1.0).isDouble());
    CHECK_FALSE(Value(1) == Value(1.0));
    CHECK(Value(std::int64_t{9007199254740993}).asInt() == 9007199254740993);
}

TEST_CASE("Value: lists and maps nest and compare structurally", "[graph]") {
    Value a = Value::List{Value(1), Value("x"), Value(Value::Map{{"k", Value(true)}})};
    Value b = Value::List{Value(1), Value("x"), Value(Value::Map{{"k", Value(true)}})};
    CHECK(a == b);
    b.asList()[2].asMap()["k"] = Value(false);
    CHECK_FALSE(a == b);
}

TEST_CASE("Value: display form", "[graph]") {
    CHECK(Value().toDisplayString() == "null");
    CHECK(Value(2.5).toDisplayString() == "2.5");
    CHECK(Value(3.0).toDisplayString() == "3.0");
    CHECK(Value(0.1).toDisplayString() == "0.1");
    CHECK(Value(std::nan("")).toDisplayString() == "NaN");
    CHECK(Value(Value::List{Value("a"), Value(1)}).toDisplayString() == "['a', 1]");
    CHECK(Value(Value::Map{{"k", Value("v")}}).toDisplayString() == "{k: 'v'}");
}
