#include "parser/time/time_expression.h"

#include <catch2/catch.hpp>

using namespace newsgraph::parser;

namespace {

std::vector<TimeExpression> timesIn(const std::string& text, const std::string& date) {
    static std::string keep;  // the layer views the text
    keep = text;
    TextLayer layer(keep);
    REQUIRE(layer.sentences().size() == 1);
    return findTimeExpressions(sentenceWords(layer, layer.sentences()[0]), date);
}

bool normalised(std::vector<std::string> words, const std::string& date, const std::string& b,
                const std::string& e) {
    std::string ib;
    std::string ie;
    return normaliseTime(words, date, ib, ie) && ib == b && ie == e;
}

}  // namespace

TEST_CASE("Time: expressions keep their words, weekdays are the present", "[parser][time]") {
    auto t = timesIn("The agency said on Tuesday that in April 600 had died.", "");
    REQUIRE(t.size() == 2);
    CHECK(t[0].present);
    CHECK(t[1].words == "April");
    CHECK_FALSE(t[1].present);
    CHECK(t[1].isoBegin.empty());  // no article date: words only
}

TEST_CASE("Time: since-phrases are running totals", "[parser][time]") {
    auto t = timesIn("Troops were sent since last fall.", "2025-09-02");
    REQUIRE(t.size() == 1);
    CHECK(t[0].since);
    CHECK(t[0].words == "since last fall");
    CHECK(t[0].isoBegin == "2024-09-01");
    CHECK(t[0].isoEnd == "2025-09-02");
}

TEST_CASE("Time: a period phrase marks one period's count", "[parser][time]") {
    auto t = timesIn("At least 54 were killed over the weekend.", "2023-06-18");
    REQUIRE(t.size() == 1);
    CHECK(t[0].period);
}

TEST_CASE("Time: relative expressions normalise against the article date", "[parser][time]") {
    const std::string date = "2025-04-30";  // a Wednesday
    CHECK(normalised({"on", "monday"}, date, "2025-04-28", "2025-04-28"));
    CHECK(normalised({"in", "january"}, date, "2025-01-01", "2025-01-31"));
    CHECK(normalised({"in", "december"}, date, "2024-12-01", "2024-12-31"));
    CHECK(normalised({"last", "week"}, date, "2025-04-21", "2025-04-27"));
    CHECK(normalised({"last", "month"}, date, "2025-03-01", "2025-03-31"));
    CHECK(normalised({"earlier", "this", "year"}, date, "2025-01-01", "2025-04-30"));
    CHECK(normalised({"two", "weeks", "earlier"}, date, "2025-04-16", "2025-04-16"));
    CHECK(normalised({"april", "15"}, date, "2025-04-15", "2025-04-15"));
    CHECK(normalised({"in", "2024"}, date, "2024-01-01", "2024-12-31"));
    std::string b;
    std::string e;
    CHECK_FALSE(normaliseTime({"in", "april"}, "", b, e));
}

TEST_CASE("Time: abbreviated months with their day, and not a name like Jan", "[parser][time]") {
    auto t = timesIn("On Feb. 3 officials met Jan Egeland, and on Sept 9 they met again.",
                     "2025-03-12");
    REQUIRE(t.size() == 2);
    CHECK(t[0].isoBegin == "2025-02-03");
    CHECK(t[1].isoBegin == "2024-09-09");  // a month after the article's: the year before
}

TEST_CASE("Time: rates are one period's count, 'a day earlier' is a time", "[parser][time]") {
    auto rate = timesIn("Losses ran at 1,000 troops a day.", "2025-03-12");
    REQUIRE(rate.size() == 1);
    CHECK(rate[0].period);
    auto earlier = timesIn("The toll was 980 a day earlier.", "2025-03-12");
    REQUIRE(earlier.size() == 1);
    CHECK_FALSE(earlier[0].period);
    CHECK(earlier[0].isoBegin == "2025-03-11");
}

TEST_CASE("Time: overnight is a period, but not as an adjective after a determiner",
          "[parser][time]") {
    auto period = timesIn("Another 40 were evacuated overnight.", "2025-03-12");
    REQUIRE(period.size() == 1);
    CHECK(period[0].period);
    CHECK(timesIn("Some 300 troops were sent, with overnight temperatures below zero.",
                  "2025-03-12")
              .empty());
}

TEST_CASE("Time: a day written before its month belongs to the date", "[parser][time]") {
    auto t = timesIn("The count was up from 43 reported on 3 March.", "2025-03-07");
    REQUIRE(t.size() == 1);
    CHECK(t[0].words == "3 March");
    CHECK(t[0].isoBegin == "2025-03-03");
    t = timesIn("Within the same period, 340 were discharged.", "2025-03-07");
    REQUIRE(t.size() == 1);
    CHECK(t[0].period);
    CHECK(t[0].samePeriod);
}

TEST_CASE("Time: day numbers and counts of an earlier year", "[parser][time]") {
    CHECK(dayNumber("1970-01-02") == 1);
    CHECK(*dayNumber("2024-03-01") - *dayNumber("2024-02-28") == 2);  // a leap year
    CHECK_FALSE(dayNumber("2024-02-30"));
    CHECK_FALSE(dayNumber("June 2024"));
    // "240 died last year" in a June report is another year's count; "on December 31" in
    // a report of January 4 is the story's own.
    CHECK(inEarlierYear("2023-12-31", "2024-06-18", 90));
    CHECK_FALSE(inEarlierYear("2023-12-31", "2024-01-04", 90));
    CHECK_FALSE(inEarlierYear("2024-01-02", "2024-06-18", 90));
    CHECK_FALSE(inEarlierYear("", "2024-06-18", 90));
}
