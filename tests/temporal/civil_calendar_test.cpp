#include "temporal/civil_calendar.h"

#include <catch2/catch.hpp>

using namespace newsgraph::temporal;

TEST_CASE("CivilCalendar: epoch days round-trip across eras and signs", "[temporal]") {
    CHECK(toEpochDay({1970, 1, 1}) == 0);
    CHECK(toEpochDay({2000, 3, 1}) == 11017);
    CHECK(toEpochDay({1969, 12, 31}) == -1);
    CHECK(toEpochDay({0, 3, 1}) == -719468);
    for (std::int64_t day : {std::int64_t{-1'000'000'000}, std::int64_t{-719469}, std::int64_t{-1},
                             std::int64_t{0}, std::int64_t{59}, std::int64_t{11016},
                             std::int64_t{365'000'000'000}}) {
        CHECK(toEpochDay(fromEpochDay(day)) == day);
    }
    const CivilDate last = fromEpochDay(toEpochDay({kMaxYear, 12, 31}));
    CHECK(last.year == kMaxYear);
    CHECK(last.month == 12);
    CHECK(last.day == 31);
    const CivilDate first = fromEpochDay(toEpochDay({kMinYear, 1, 1}));
    CHECK(first.year == kMinYear);
    CHECK(first.month == 1);
}

TEST_CASE("CivilCalendar: leap years follow the Gregorian rule, BC years included", "[temporal]") {
    CHECK(isLeapYear(2000));
    CHECK_FALSE(isLeapYear(1900));
    CHECK(isLeapYear(1984));
    CHECK(isLeapYear(0));
    CHECK(isLeapYear(-4));
    CHECK_FALSE(isLeapYear(-1));
    CHECK(daysInMonth(1984, 2) == 29);
    CHECK(daysInMonth(1983, 2) == 28);
    CHECK(daysInQuarter(1984, 1) == 91);
    CHECK(daysInQuarter(1983, 1) == 90);
}

TEST_CASE("CivilCalendar: ISO weeks start on the Monday of the week holding January 4th",
          "[temporal]") {
    CHECK(dayOfWeek(0) == 4);  // 1970-01-01 was a Thursday
    CHECK(dayOfWeek(toEpochDay({1984, 10, 11})) == 4);
    CHECK(weekYearStart(1817) == toEpochDay({1816, 12, 30}));
    CHECK(weekYearStart(1819) == toEpochDay({1819, 1, 4}));
    CHECK(weeksInWeekYear(1818) == 53);
    CHECK(weeksInWeekYear(1817) == 52);
    const IsoWeek w = isoWeek(toEpochDay({1984, 1, 1}));
    CHECK(w.weekYear == 1983);
    CHECK(w.week == 52);
    CHECK(isoWeek(toEpochDay({1984, 10, 11})).week == 41);
    CHECK(ordinalDay(toEpochDay({1984, 10, 11})) == 285);
}
