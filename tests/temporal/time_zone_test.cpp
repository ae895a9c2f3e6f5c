#include "temporal/time_zone.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "temporal/civil_calendar.h"
#include "temporal/posix_tz_rule.h"
#include "temporal/temporal.h"
#include "temporal/tzif_reader.h"

using namespace newsgraph::temporal;

namespace {

std::int64_t utc(std::int64_t year, int month, int day, int hour, int minute = 0) {
    return toEpochDay({year, month, day}) * 86400 + hour * 3600 + minute * 60;
}

}  // namespace

TEST_CASE("PosixTzRule: EU rules switch on the last Sundays of March and October", "[temporal]") {
    auto rule = PosixTzRule::parse("CET-1CEST,M3.5.0,M10.5.0/3");
    REQUIRE(rule);
    CHECK(rule->standardOffset == 3600);
    CHECK(rule->daylightOffset == 7200);
    // 2030-03-31 is the last Sunday of March: 02:00 CET is 01:00 UTC.
    CHECK(rule->offsetAt(utc(2030, 3, 31, 0, 59)) == 3600);
    CHECK(rule->offsetAt(utc(2030, 3, 31, 1, 0)) == 7200);
    // 2030-10-27: 03:00 CEST is 01:00 UTC.
    CHECK(rule->offsetAt(utc(2030, 10, 27, 0, 59)) == 7200);
    CHECK(rule->offsetAt(utc(2030, 10, 27, 1, 0)) == 3600);
}

TEST_CASE("PosixTzRule: quoted names, southern summers and bad rules", "[temporal]") {
    auto eucla = PosixTzRule::parse("<+0845>-8:45");
    REQUIRE(eucla);
    CHECK(eucla->offsetAt(0) == 8 * 3600 + 45 * 60);
    CHECK_FALSE(eucla->hasDaylight);
    auto sydney = PosixTzRule::parse("AEST-10AEDT,M10.1.0,M4.1.0/3");
    REQUIRE(sydney);
    CHECK(sydney->offsetAt(utc(2030, 1, 15, 0)) == 11 * 3600);
    CHECK(sydney->offsetAt(utc(2030, 7, 15, 0)) == 10 * 3600);
    for (const char* bad : {"", "C", "CET", "CET-1CEST,M3.5.0", "CET-1CEST,M13.5.0,M10.5.0",
                            "CET-1CEST,M3.5.0,M10.5.0/x", "CET-1CEST,J400,J10"}) {
        CAPTURE(bad);
        CHECK_FALSE(PosixTzRule::parse(bad));
    }
}

TEST_CASE("TzifReader: refuses bytes that are not a whole TZif file", "[temporal]") {
    CHECK_FALSE(readTzif(""));
    CHECK_FALSE(readTzif("TZif2"));
    std::ifstream file("/usr/share/zoneinfo/Europe/Stockholm", std::ios::binary);
    REQUIRE(file);  // setup.sh installs tzdata
    std::ostringstream bytes;
    bytes << file.rdbuf();
    const std::string whole = bytes.str();
    REQUIRE(readTzif(whole));
    for (std::size_t cut : {std::size_t{10}, std::size_t{44}, whole.size() / 2}) {
        CAPTURE(cut);
        CHECK_FALSE(readTzif(std::string_view(whole).substr(0, cut)));
    }
    std::string corrupt = whole;
    corrupt[0] = 'X';
    CHECK_FALSE(readTzif(corrupt));
}

TEST_CASE("TimeZone: system zones give their offsets, before and after the listed years",
          "[temporal]") {
    const std::int32_t stockholm = zoneId("Europe/Stockholm");  // setup.sh installs tzdata
    CHECK(zoneName(stockholm) == "Europe/Stockholm");
    CHECK(zoneId("Europe/Stockholm") == stockholm);
    CHECK(zoneOffsetAt(stockholm, utc(1984, 7, 20, 12)) == 7200);
    CHECK(zoneOffsetAt(stockholm, utc(1984, 10, 11, 12)) == 3600);
    CHECK(zoneOffsetAt(stockholm, utc(2300, 7, 1, 12)) == 7200);  // the footer's rule
    const std::int32_t honolulu = zoneId("Pacific/Honolulu");
    CHECK(zoneOffsetAt(honolulu, utc(1984, 10, 28, 12)) == -10 * 3600);
    CHECK_THROWS_AS(zoneId("Europe/Nowhere"), TemporalError);
    CHECK_THROWS_AS(zoneId("/etc/passwd"), TemporalError);
}

TEST_CASE("TimeZone: local times in a gap move forward, in an overlap take the earlier offset",
          "[temporal]") {
    const std::int32_t stockholm = zoneId("Europe/Stockholm");  // setup.sh installs tzdata
    // 2017-03-26 02:30 does not exist in Stockholm: clocks went from 02:00 to 03:00.
    const std::int64_t gap = utc(2017, 3, 26, 2, 30);
    LocalResolution r = resolveLocal(stockholm, gap);
    CHECK(r.offset == 7200);
    CHECK(r.localSeconds == gap + 3600);
    // 2017-10-29 02:30 happened twice: first at +02:00, then at +01:00.
    const std::int64_t overlap = utc(2017, 10, 29, 2, 30);
    CHECK(resolveLocal(stockholm, overlap).offset == 7200);
    CHECK(resolveLocal(stockholm, overlap, 3600).offset == 3600);
    CHECK(resolveLocal(stockholm, utc(2017, 7, 1, 12)).offset == 7200);
}
