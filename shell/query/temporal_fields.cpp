// Components of temporal values and durations: d.year, t.timezone, dur.minutesOfHour...
#include <cctype>

#include "shell/query/error.h"
#include "shell/query/temporal_functions.h"
#include "temporal/civil_calendar.h"
#include "temporal/temporal_format.h"
#include "temporal/time_zone.h"
#include "temporal/zoned.h"

namespace newsgraph::query {

namespace {

using temporal::kNanosPerSecond;

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::optional<RuntimeValue> dateField(const temporal::Temporal& t, const std::string& k) {
    using namespace temporal;
    const CivilDate d = fromEpochDay(t.epochDay);
    if (k == "year") return d.year;
    if (k == "month") return std::int64_t{d.month};
    if (k == "day") return std::int64_t{d.day};
    if (k == "quarter") return std::int64_t{quarterOfMonth(d.month)};
    if (k == "week") return std::int64_t{isoWeek(t.epochDay).week};
    if (k == "weekyear") return isoWeek(t.epochDay).weekYear;
    if (k == "ordinalday") return std::int64_t{ordinalDay(t.epochDay)};
    if (k == "weekday" || k == "dayofweek") return std::int64_t{dayOfWeek(t.epochDay)};
    if (k == "dayofquarter") {
        return t.epochDay - toEpochDay({d.year, firstMonthOfQuarter(quarterOfMonth(d.month)), 1}) + 1;
    }
    return std::nullopt;
}

std::optional<RuntimeValue> timeField(const temporal::Temporal& t, const std::string& k) {
    const std::int64_t second = t.nanoOfDay / kNanosPerSecond;
    const std::int64_t fraction = t.nanoOfDay % kNanosPerSecond;
    if (k == "hour") return second / 3600;
    if (k == "minute") return second / 60 % 60;
    if (k == "second") return second % 60;
    if (k == "millisecond") return fraction / 1'000'000;
    if (k == "microsecond") return fraction / 1'000;
    if (k == "nanosecond") return fraction;
    return std::nullopt;
}

std::optional<RuntimeValue> zoneField(const temporal::Temporal& t, const std::string& k) {
    if (k == "timezone") {
        if (t.hasNamedZone()) return temporal::zoneName(t.zoneId);
        return temporal::formatOffset(t.offsetSeconds);
    }
    if (k == "offset") return temporal::formatOffset(t.offsetSeconds);
    if (k == "offsetminutes") return std::int64_t{t.offsetSeconds / 60};
    if (k == "offsetseconds") return std::int64_t{t.offsetSeconds};
    if (t.type != temporal::TemporalType::DateTime) return std::nullopt;
    const std::int64_t seconds = temporal::epochSeconds(t);
    if (k == "epochseconds") return seconds;
    if (k == "epochmillis") {
        std::int64_t millis = 0;
        if (__builtin_mul_overflow(seconds, 1000, &millis)) return std::nullopt;
        return millis + (t.nanoOfDay % kNanosPerSecond) / 1'000'000;
    }
    return std::nullopt;
}

std::optional<RuntimeValue> durationField(const temporal::Duration& d, const std::string& k) {
    const __int128 nanos = temporal::totalNanos(d);
    auto fits = [](__int128 v) -> std::optional<RuntimeValue> {
        if (v > INT64_MAX || v < INT64_MIN) return std::nullopt;
        return static_cast<std::int64_t>(v);
    };
    if (k == "years") return d.months / 12;
    if (k == "quarters") return d.months / 3;
    if (k == "months") return d.months;
    if (k == "weeks") return d.days / 7;
    if (k == "days") return d.days;
    if (k == "hours") return d.seconds / 3600;
    if (k == "minutes") return d.seconds / 60;
    if (k == "seconds") return d.seconds;
    if (k == "milliseconds") return fits(static_cast<__int128>(d.seconds) * 1000 + d.nanos / 1'000'000);
    if (k == "microseconds") return fits(static_cast<__int128>(d.seconds) * 1'000'000 + d.nanos / 1'000);
    if (k == "nanoseconds") return fits(nanos);
    if (k == "quartersofyear") return d.months % 12 / 3;
    if (k == "monthsofquarter") return d.months % 3;
    if (k == "monthsofyear") return d.months % 12;
    if (k == "daysofweek") return d.days % 7;
    if (k == "minutesofhour") return d.seconds / 60 % 60;
    if (k == "secondsofminute") return d.seconds % 60;
    if (k == "millisecondsofsecond") return std::int64_t{d.nanos / 1'000'000};
    if (k == "microsecondsofsecond") return std::int64_t{d.nanos / 1'000};
    if (k == "nanosecondsofsecond") return std::int64_t{d.nanos};
    return std::nullopt;
}

}  // namespace

RuntimeValue temporalField(const RuntimeValue& value, const std::string& field, SourceSpan at) {
    const std::string k = lower(field);
    std::optional<RuntimeValue> out;
    if (value.isDuration()) {
        out = durationField(value.asDuration(), k);
    } else {
        const temporal::Temporal& t = value.asTemporal();
        if (t.hasDate()) out = dateField(t, k);
        if (!out && t.hasTime()) out = timeField(t, k);
        if (!out && t.hasOffset()) out = zoneField(t, k);
    }
    if (!out) {
        throw EvalError(at, std::string("a ") + typeName(value) + " has no field `" + field + "`",
                        "ArgumentError", "InvalidArgumentValue");
    }
    return *out;
}

}  // namespace newsgraph::query
