#include "temporal/duration.h"

#include <catch2/catch.hpp>

#include "temporal/temporal.h"
#include "temporal/temporal_format.h"
#include "temporal/temporal_parse.h"

using namespace newsgraph::temporal;

namespace {

std::string text(const DurationComponents& c) { return formatDuration(makeDuration(c)); }

}  // namespace

TEST_CASE("Duration: fractions of a unit flow into the smaller units", "[temporal]") {
    DurationComponents c;
    c.months = 0.75;  // of an average month: 22 days and 71,509.5 seconds
    CHECK(text(c) == "P22DT19H51M49.5S");
    c = {};
    c.weeks = 2.5;
    CHECK(text(c) == "P17DT12H");
    c = {};
    c.years = 12.5;  // half a year is six months exactly
    CHECK(text(c) == "P12Y6M");
    c = {};
    c.minutes = 1.5;
    c.seconds = 1;
    CHECK(text(c) == "PT1M31S");
}

TEST_CASE("Duration: each unit keeps its own sign in the text", "[temporal]") {
    DurationComponents c;
    c.years = 12;
    c.months = 5;
    c.days = -14;
    c.hours = 16;
    CHECK(text(c) == "P12Y5M-14DT16H");
    c = {};
    c.seconds = -2;
    c.milliseconds = 1;
    CHECK(text(c) == "PT-1.999S");
    c = {};
    c.seconds = -60;
    c.milliseconds = -1;
    CHECK(text(c) == "PT-1M-0.001S");
    CHECK(formatDuration({}) == "PT0S");
}

TEST_CASE("Duration: nanoseconds stay in 0..999999999 whatever the sign", "[temporal]") {
    const Duration d = fromNanos(0, 0, -1'500'000'000);
    CHECK(d.seconds == -2);
    CHECK(d.nanos == 500'000'000);
    CHECK(totalNanos(d) == -1'500'000'000);
}

TEST_CASE("Duration: arithmetic is field by field and overflow is an error", "[temporal]") {
    const Duration a = parseDuration("P1M2DT3S");
    const Duration b = parseDuration("P1DT1S");
    CHECK(add(a, b) == Duration{1, 3, 4, 0});
    CHECK(subtract(a, b) == Duration{1, 1, 2, 0});
    CHECK(formatDuration(multiply(parseDuration("P12Y5M14DT16H13M10.000000001S"), 0.5L)) ==
          "P6Y2M22DT13H21M8S");
    CHECK(formatDuration(divide(parseDuration("PT1S"), 4)) == "PT0.25S");
    const Duration huge{0, 0, INT64_MAX, 0};
    CHECK_THROWS_AS(add(huge, Duration{0, 0, 1, 0}), TemporalError);
    CHECK_THROWS_AS(divide(huge, 0), TemporalError);
    CHECK_THROWS_AS(multiply(huge, 1e300L), TemporalError);
}

TEST_CASE("Duration: strings in unit and date-time form", "[temporal]") {
    CHECK(formatDuration(parseDuration("P5M1.5D")) == "P5M1DT12H");
    CHECK(formatDuration(parseDuration("PT0.75M")) == "PT45S");
    CHECK(formatDuration(parseDuration("P2012-02-02T14:37:21.545")) == "P2012Y2M2DT14H37M21.545S");
    CHECK(formatDuration(parseDuration("p1y")) == "P1Y");
    for (const char* bad : {"", "P", "PT", "P1", "1D", "P1H", "PT1D", "P1D1Y", "P1.D", "P1Y1Y"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parseDuration(bad), TemporalError);
    }
}
