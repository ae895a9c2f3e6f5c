#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace newsgraph::temporal {

// The POSIX TZ rule that ends a TZif file ("CET-1CEST,M3.5.0,M10.5.0/3"): how a zone's
// offset goes on after its last listed transition. Only what TZif footers use is read:
// <quoted> or alphabetic names, offsets [+-]h[:mm[:ss]], and Mm.w.d, Jn or n dates with
// an optional /time (which may be negative or past 24 hours, as RFC 8536 allows).
struct PosixTzRule {
    struct Date {
        enum class Form { MonthWeekDay, JulianNoLeap, ZeroBasedDay } form = Form::MonthWeekDay;
        int month = 0, week = 0, weekday = 0;  // MonthWeekDay: week 5 is the last
        int day = 0;                           // JulianNoLeap (1..365), ZeroBasedDay (0..365)
        std::int32_t secondsIntoDay = 7200;    // local time of the change; default 02:00
    };
    std::int32_t standardOffset = 0;  // seconds east of UTC (POSIX writes west: sign flipped)
    bool hasDaylight = false;
    std::int32_t daylightOffset = 0;
    Date daylightStart, daylightEnd;

    // The rule in `text`, or nullopt when it is not a rule this reader understands.
    static std::optional<PosixTzRule> parse(std::string_view text);

    // The offset in force at `utcSeconds`.
    std::int32_t offsetAt(std::int64_t utcSeconds) const;
};

}  // namespace newsgraph::temporal
