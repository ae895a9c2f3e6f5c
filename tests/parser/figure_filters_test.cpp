#include "parser/figures/figure_filters.h"

#include <catch2/catch.hpp>

using namespace newsgraph::parser;

namespace {

// Whether the first numeral of `text` is a figure.
bool firstIsFigure(const std::string& text) {
    auto numbers = findNumbers(text);
    REQUIRE_FALSE(numbers.empty());
    return !isNotAFigure(text, numbers.front());
}

}  // namespace

TEST_CASE("Filters: counts of people are figures", "[parser][filters]") {
    CHECK(firstIsFigure("about 2,000 soldiers were killed"));
    CHECK(firstIsFigure("two hundred fighters"));
    CHECK(firstIsFigure("a 5,000-strong force"));
}

TEST_CASE("Filters: years, dates, ages and times are not figures", "[parser][filters]") {
    CHECK_FALSE(firstIsFigure("the 2023 defense pact"));
    CHECK_FALSE(firstIsFigure("on 12 December"));
    CHECK_FALSE(firstIsFigure("December 12 talks"));
    CHECK_FALSE(firstIsFigure("a 17-year-old boy"));
    CHECK_FALSE(firstIsFigure("aged 25, he"));
    CHECK_FALSE(firstIsFigure("at 10:30 local time"));
    CHECK_FALSE(firstIsFigure("said Ana Ruiz, 64, a nurse"));
    CHECK(firstIsFigure("the new toll, 64, was higher"));
}

TEST_CASE("Filters: an hour of the day after a preposition of time is no figure",
          "[parser][filters]") {
    CHECK_FALSE(firstIsFigure("the slide hit around three last night"));
    CHECK_FALSE(firstIsFigure("the storm came ashore at two in the morning"));
    CHECK_FALSE(firstIsFigure("the vote closes at 11 o'clock"));
    // Without the preposition it is a count of people.
    CHECK(firstIsFigure("gunmen killed three last night"));
    CHECK(firstIsFigure("about 300 in the morning queue were hurt"));
}

TEST_CASE("Filters: durations, money, percentages and units are not figures",
          "[parser][filters]") {
    CHECK_FALSE(firstIsFigure("after six months of combat"));
    CHECK_FALSE(firstIsFigure("$1.2 billion in damage"));
    CHECK_FALSE(firstIsFigure("48.4% of valid votes"));
    CHECK_FALSE(firstIsFigure("5 percent of the vote"));
    CHECK_FALSE(firstIsFigure("a magnitude 6.8 quake"));
    CHECK_FALSE(firstIsFigure("300 square kilometres"));
    CHECK_FALSE(firstIsFigure("170 mm artillery"));
    CHECK_FALSE(firstIsFigure("in two phases"));
    CHECK_FALSE(firstIsFigure("three visits to Moscow"));
    CHECK_FALSE(firstIsFigure("one of the soldiers"));
}

TEST_CASE("Filters: suspended hyphens and slashes are not figures", "[parser][filters]") {
    CHECK_FALSE(firstIsFigure("a 15- to 25-metre trawler"));
    CHECK_FALSE(firstIsFigure("two- and three-storey homes"));
    CHECK_FALSE(firstIsFigure("the 24/7 hotline"));
    CHECK_FALSE(firstIsFigure("call 541-555-0187 for help"));
    CHECK_FALSE(firstIsFigure("between milepost 24 and 31"));
    CHECK_FALSE(firstIsFigure("1 in 5 children is malnourished"));
    CHECK(firstIsFigure("40 in hospital"));
    CHECK(firstIsFigure("15 to 25 people"));
}

TEST_CASE("Filters: a count of the unnamed people who speak is no figure", "[parser][filters]") {
    CHECK_FALSE(firstIsFigure("two Arab diplomats told reporters that 550 had died"));
    CHECK_FALSE(firstIsFigure("three officials said the toll had risen"));
    CHECK(firstIsFigure("three officials were killed, the ministry said"));
    CHECK_FALSE(firstIsFigure("the photographs were posted on three websites"));
}

TEST_CASE("Filters: bombs and blasts are not counts of people", "[parser][filters]") {
    CHECK_FALSE(firstIsFigure("as two bombs struck the crowd"));
    CHECK_FALSE(firstIsFigure("two bags carrying bombs went off"));
    CHECK(firstIsFigure("two bombers were killed"));
}
