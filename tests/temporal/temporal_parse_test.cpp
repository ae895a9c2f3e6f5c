#include "temporal/temporal_parse.h"

#include <catch2/catch.hpp>

#include "temporal/temporal_format.h"

using namespace newsgraph::temporal;

namespace {

std::string reformat(TemporalType type, const std::string& text) {
    return formatTemporal(parseTemporal(type, text));
}

}  // namespace

TEST_CASE("TemporalParse: dates in basic, extended, week and ordinal forms", "[temporal]") {
    const std::pair<const char*, const char*> cases[] = {
        {"2015-07-21", "2015-07-21"}, {"20150721", "2015-07-21"}, {"2015-07", "2015-07-01"},
        {"201507", "2015-07-01"},     {"2015-W30-2", "2015-07-21"}, {"2015W302", "2015-07-21"},
        {"2015-W30", "2015-07-20"},   {"2015-202", "2015-07-21"},  {"2015202", "2015-07-21"},
        {"2015", "2015-01-01"},       {"-0005-03-01", "-0005-03-01"},
        {"+999999999-12-31", "+999999999-12-31"}, {"0028-11-11", "0028-11-11"},
    };
    for (const auto& [in, out] : cases) {
        CAPTURE(in);
        CHECK(reformat(TemporalType::Date, in) == out);
    }
}

TEST_CASE("TemporalParse: times print seconds only when set, fractions in groups of three",
          "[temporal]") {
    CHECK(reformat(TemporalType::LocalTime, "214032.142") == "21:40:32.142");
    CHECK(reformat(TemporalType::LocalTime, "21") == "21:00");
    CHECK(reformat(TemporalType::LocalTime, "12:31:14.000000003") == "12:31:14.000000003");
    CHECK(reformat(TemporalType::LocalTime, "12:31:14,5") == "12:31:14.500");
    CHECK(reformat(TemporalType::Time, "2140-00:00") == "21:40Z");
    CHECK(reformat(TemporalType::Time, "2140-02") == "21:40-02:00");
    CHECK(reformat(TemporalType::Time, "12:34:56+02:05:59") == "12:34:56+02:05:59");
    CHECK(reformat(TemporalType::Time, "14:30") == "14:30Z");
}

TEST_CASE("TemporalParse: date-times with offsets and named zones", "[temporal]") {
    CHECK(reformat(TemporalType::LocalDateTime, "2015-W30T2140") == "2015-07-20T21:40");
    CHECK(reformat(TemporalType::LocalDateTime, "-999999999-01-01") == "-999999999-01-01T00:00");
    CHECK(reformat(TemporalType::DateTime, "2015202T21+18:00") == "2015-07-21T21:00+18:00");
    CHECK(reformat(TemporalType::DateTime, "2015-07-21T21:40:32.142[Europe/London]") ==
          "2015-07-21T21:40:32.142+01:00[Europe/London]");
    CHECK(reformat(TemporalType::DateTime, "2015-07-21T21:40:32.142+0845[Australia/Eucla]") ==
          "2015-07-21T21:40:32.142+08:45[Australia/Eucla]");
    CHECK(reformat(TemporalType::DateTime, "2015-07-21") == "2015-07-21T00:00Z");
}

TEST_CASE("TemporalParse: malformed and out-of-range text is an error, never a value",
          "[temporal]") {
    const std::pair<TemporalType, const char*> bad[] = {
        {TemporalType::Date, ""},           {TemporalType::Date, "2015-02-29"},
        {TemporalType::Date, "2015-13"},    {TemporalType::Date, "2015-W54"},
        {TemporalType::Date, "2015-366"},   {TemporalType::Date, "15-07-21"},
        {TemporalType::Date, "2015-07-21x"}, {TemporalType::Date, "+1234567890-01-01"},
        {TemporalType::LocalTime, "24:00"}, {TemporalType::LocalTime, "12:60"},
        {TemporalType::LocalTime, "12:00+01:00"}, {TemporalType::Time, "12:00+19:00"},
        {TemporalType::Time, "12:00.5"},    {TemporalType::LocalTime, "12:00:00.1234567891"},
        {TemporalType::DateTime, "2015-07-21T12:00[Nowhere/Atall]"},
        {TemporalType::DateTime, "2015-07-21T12:00[../../etc/passwd]"},
        {TemporalType::DateTime, "2015-07-21T12:00[Europe/London"},
    };
    for (const auto& [type, text] : bad) {
        CAPTURE(text);
        CHECK_THROWS_AS(parseTemporal(type, text), TemporalError);
    }
}

TEST_CASE("TemporalParse: zones are offsets or tz database names", "[temporal]") {
    CHECK(parseZone("+01:00").offsetSeconds == 3600);
    CHECK(parseZone("Z").offsetSeconds == 0);
    CHECK_FALSE(parseZone("-02:05:07").isNamed());
    CHECK(parseZone("-02:05:07").offsetSeconds == -(2 * 3600 + 5 * 60 + 7));
    CHECK(parseZone("Europe/Stockholm").isNamed());
    CHECK_THROWS_AS(parseZone("+25:00"), TemporalError);
    CHECK_THROWS_WITH(parseZone("Europe/Atlantis"), "unknown time zone `Europe/Atlantis`");
}
