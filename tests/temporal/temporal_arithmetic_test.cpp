#include "temporal/temporal_arithmetic.h"

#include <catch2/catch.hpp>

#include "temporal/temporal_format.h"
#include "temporal/temporal_parse.h"

using namespace newsgraph::temporal;

namespace {

std::string shifted(TemporalType type, const char* value, const char* duration, int sign) {
    return formatTemporal(shift(parseTemporal(type, value), parseDuration(duration), sign));
}

std::string betweenText(TemporalType a, const char* from, TemporalType b, const char* to,
                        BetweenUnit unit = BetweenUnit::All) {
    return formatDuration(between(parseTemporal(a, from), parseTemporal(b, to), unit));
}

}  // namespace

TEST_CASE("TemporalArithmetic: months first, clamped to the month's end", "[temporal]") {
    CHECK(shifted(TemporalType::Date, "2015-01-31", "P1M", 1) == "2015-02-28");
    CHECK(shifted(TemporalType::Date, "1984-10-11", "P12Y5M14DT16H13M10.000000002S", 1) ==
          "1997-03-25");
    CHECK(shifted(TemporalType::LocalDateTime, "1984-10-11T12:31:14.000000001",
                  "P12Y5M14DT16H13M10.000000002S", 1) == "1997-03-26T04:44:24.000000003");
    CHECK(shifted(TemporalType::LocalTime, "12:31:14.000000001", "P12Y5M14DT16H13M10.000000002S",
                  -1) == "20:18:03.999999999");
    CHECK_THROWS_AS(shifted(TemporalType::Date, "+999999999-12-31", "P1D", 1), TemporalError);
}

TEST_CASE("TemporalArithmetic: a named zone adds days locally and seconds on the instant",
          "[temporal]") {
    // The night Stockholm set its clocks back: one day later is 23:00 again, 24 hours
    // later is 22:00.
    CHECK(shifted(TemporalType::DateTime, "2017-10-28T23:00[Europe/Stockholm]", "P1D", 1) ==
          "2017-10-29T23:00+01:00[Europe/Stockholm]");
    CHECK(shifted(TemporalType::DateTime, "2017-10-28T23:00[Europe/Stockholm]", "PT24H", 1) ==
          "2017-10-29T22:00+01:00[Europe/Stockholm]");
}

TEST_CASE("TemporalArithmetic: between counts months, then days, then the rest", "[temporal]") {
    using T = TemporalType;
    CHECK(betweenText(T::Date, "1984-10-11", T::Date, "2015-06-24") == "P30Y8M13D");
    CHECK(betweenText(T::DateTime, "2014-07-21T21:40:36.143+0200", T::DateTime,
                      "2015-07-21T21:40:32.142+0100") == "P1YT59M55.999S");
    CHECK(betweenText(T::Time, "14:30", T::DateTime, "2015-07-21T21:40:32.142+0100") ==
          "PT6H10M32.142S");
    CHECK(betweenText(T::DateTime, "2017-10-28T23:00+02:00[Europe/Stockholm]", T::DateTime,
                      "2017-10-29T04:00+01:00[Europe/Stockholm]") == "PT6H");
    CHECK(betweenText(T::Date, "2018-03-11", T::Date, "2016-06-24", BetweenUnit::Months) ==
          "P-1Y-8M");
    CHECK(betweenText(T::Date, "-999999999-01-01", T::Date, "+999999999-12-31") ==
          "P1999999998Y11M30D");
    CHECK(betweenText(T::LocalDateTime, "-999999999-01-01", T::LocalDateTime,
                      "+999999999-12-31T23:59:59", BetweenUnit::Seconds) ==
          "PT17531639991215H59M59S");
}

TEST_CASE("TemporalArithmetic: truncation to each unit", "[temporal]") {
    const Temporal t = parseTemporal(TemporalType::LocalDateTime, "1984-10-11T12:31:14.645876123");
    auto truncated = [&](const char* unit) {
        Temporal out = t;
        truncateLocal(out.epochDay, out.nanoOfDay, *truncationUnit(unit));
        return formatTemporal(out);
    };
    CHECK(truncated("millennium") == "1000-01-01T00:00");
    CHECK(truncated("century") == "1900-01-01T00:00");
    CHECK(truncated("decade") == "1980-01-01T00:00");
    CHECK(truncated("weekYear") == "1984-01-02T00:00");
    CHECK(truncated("quarter") == "1984-10-01T00:00");
    CHECK(truncated("week") == "1984-10-08T00:00");
    CHECK(truncated("hour") == "1984-10-11T12:00");
    CHECK(truncated("millisecond") == "1984-10-11T12:31:14.645");
    CHECK(truncated("microsecond") == "1984-10-11T12:31:14.645876");
    CHECK_FALSE(truncationUnit("fortnight"));
}
