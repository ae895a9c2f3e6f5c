#include "parser/text/number_scanner.h"

#include <catch2/catch.hpp>

using namespace newsgraph::parser;

namespace {

NumberMatch only(std::string_view text) {
    auto found = findNumbers(text);
    REQUIRE(found.size() == 1);
    return found.front();
}

}  // namespace

TEST_CASE("Numbers: digits with thousands separators and decimals", "[parser][numbers]") {
    CHECK(only("about 2,000 soldiers").value() == 2000);
    CHECK(only("1,100 casualties").value() == 1100);
    CHECK(only("a 2,000,000 toll").value() == 2000000);
    CHECK(only("rate of 4.7").value() == Approx(4.7));
    auto m = only("some 600 dead");
    CHECK(m.begin == 5);
    CHECK(m.end == 8);
    CHECK_FALSE(m.spelled);
}

TEST_CASE("Numbers: scale words multiply", "[parser][numbers]") {
    CHECK(only("4.7 thousand troops").value() == Approx(4700));
    CHECK(only("1.1 million people").value() == Approx(1.1e6));
    CHECK(only("2 billion").value() == Approx(2e9));
    CHECK(only("around 1,100\ncasualties").value() == 1100);
}

TEST_CASE("Numbers: number words", "[parser][numbers]") {
    CHECK(only("two hundred soldiers").value() == 200);
    CHECK(only("three thousand troops").value() == 3000);
    CHECK(only("twenty-five dead").value() == 25);
    CHECK(only("two hundred and fifty wounded").value() == 250);
    CHECK(only("a thousand men").value() == 1000);
    CHECK(only("Eighteen were hurt").value() == 18);
    CHECK(only("two hundred soldiers").spelled);
}

TEST_CASE("Numbers: ranges in three forms", "[parser][numbers]") {
    for (const char* text : {"around 10,000 to 15,000 troops", "10,000-15,000 troops",
                             "between 10,000 and 15,000 troops", "10 to 15 thousand troops"}) {
        auto m = only(text);
        CHECK(m.isRange);
        CHECK(m.low == 10000);
        CHECK(m.high == 15000);
    }
}

TEST_CASE("Numbers: a falling pair is two numbers and no range", "[parser][numbers]") {
    auto found = findNumbers("lowered the toll from 95 to 84 on Thursday");
    REQUIRE(found.size() == 2);
    CHECK(found[0].value() == 95);
    CHECK_FALSE(found[0].isRange);
    CHECK(found[0].end == 24);
    CHECK(found[1].value() == 84);
    auto words = findNumbers("from ninety-five to eighty-four");
    REQUIRE(words.size() == 2);
    CHECK(words[0].value() == 95);
    CHECK(words[1].value() == 84);
}

TEST_CASE("Numbers: glued numerals and vague plurals are not numbers", "[parser][numbers]") {
    CHECK(findNumbers("240mm rocket launchers").empty());
    CHECK(findNumbers("SA-22 missiles").empty());
    CHECK(findNumbers("www.example.com/author/afp-3").empty());
    CHECK(findNumbers("the 3rd battalion").empty());
    CHECK(findNumbers("thousands of troops").empty());
    CHECK(findNumbers("dozens of villages and hundreds more").empty());
    CHECK(findNumbers("someone else, no one").size() == 1);  // "one" in "no one" is a word
}

TEST_CASE("Numbers: a numeral does not swallow the next word", "[parser][numbers]") {
    auto found = findNumbers("600 deaths and 4,700 thousands");
    REQUIRE(found.size() == 2);
    CHECK(found[1].value() == 4700);
    CHECK(found[1].end == 20);
}

TEST_CASE("Numbers: UTF-8 around numerals, and an en dash range", "[parser][numbers]") {
    NumberMatch range = only("some 10,000\u201315,000 troops");
    CHECK(range.isRange);
    CHECK(range.low == 10000);
    CHECK(range.high == 15000);
    CHECK(range.begin == 5);
    CHECK(range.end == 5 + std::string_view("10,000\u201315,000").size());
    NumberMatch quoted = only("\u201cat least 600.\u201d");
    CHECK(quoted.value() == 600);
    CHECK(findNumbers("caf\u00e9 \u5317\u671d\u9c9c \xff\xfe").empty());
    CHECK(parseNumberAt("\u00e9 12", 3)->value() == 12);
}

TEST_CASE("Numbers: dozens, half a scale, and no-break spaces between digit groups",
          "[parser][numbers]") {
    CHECK(only("a dozen soldiers").value() == 12);
    CHECK(only("two dozen people").value() == 24);
    CHECK(only("half a dozen journalists").value() == 6);
    CHECK(only("half a million people").value() == Approx(5e5));
    CHECK(findNumbers("dozens of people").empty());  // vague: no numeral
    auto nbsp = only("more than 300\u00A0000 people");
    CHECK(nbsp.value() == 300000);
    CHECK(nbsp.end - nbsp.begin == 8);  // the span is the text's, no-break space included
    CHECK(only("1\u202F200 killed").value() == 1200);
    CHECK(findNumbers("on March 15 200 people").size() == 2);  // a plain space separates
}
