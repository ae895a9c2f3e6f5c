#include "temporal/temporal_format.h"

#include <cstdio>

#include "temporal/civil_calendar.h"
#include "temporal/time_zone.h"

namespace newsgraph::temporal {

namespace {

std::string twoDigits(std::int64_t v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", static_cast<int>(v));
    return buf;
}

std::string formatYear(std::int64_t year) {
    char buf[24];
    if (year >= 0 && year <= 9999) std::snprintf(buf, sizeof buf, "%04lld", static_cast<long long>(year));
    else if (year < 0 && year > -10000) std::snprintf(buf, sizeof buf, "-%04lld", static_cast<long long>(-year));
    else std::snprintf(buf, sizeof buf, "%+lld", static_cast<long long>(year));
    return buf;
}

std::string formatDate(std::int64_t epochDay) {
    const CivilDate d = fromEpochDay(epochDay);
    return formatYear(d.year) + "-" + twoDigits(d.month) + "-" + twoDigits(d.day);
}

std::string formatTime(std::int64_t nanoOfDay) {
    const std::int64_t seconds = nanoOfDay / kNanosPerSecond;
    const std::int64_t nanos = nanoOfDay % kNanosPerSecond;
    std::string out = twoDigits(seconds / 3600) + ":" + twoDigits(seconds / 60 % 60);
    if (seconds % 60 == 0 && nanos == 0) return out;
    out += ":" + twoDigits(seconds % 60);
    if (nanos == 0) return out;
    char buf[16];
    if (nanos % 1'000'000 == 0) std::snprintf(buf, sizeof buf, ".%03lld", static_cast<long long>(nanos / 1'000'000));
    else if (nanos % 1'000 == 0) std::snprintf(buf, sizeof buf, ".%06lld", static_cast<long long>(nanos / 1'000));
    else std::snprintf(buf, sizeof buf, ".%09lld", static_cast<long long>(nanos));
    return out + buf;
}

// The digits of a fraction of a second without trailing zeros: 500000000 -> "5".
std::string fractionDigits(std::int64_t nanos) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%09lld", static_cast<long long>(nanos));
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    return s;
}

}  // namespace

std::string formatOffset(std::int32_t offsetSeconds) {
    if (offsetSeconds == 0) return "Z";
    const std::int32_t a = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    std::string out = (offsetSeconds < 0 ? "-" : "+") + twoDigits(a / 3600) + ":" +
                      twoDigits(a / 60 % 60);
    if (a % 60 != 0) out += ":" + twoDigits(a % 60);
    return out;
}

std::string formatTemporal(const Temporal& t) {
    switch (t.type) {
        case TemporalType::Date: return formatDate(t.epochDay);
        case TemporalType::LocalTime: return formatTime(t.nanoOfDay);
        case TemporalType::Time: return formatTime(t.nanoOfDay) + formatOffset(t.offsetSeconds);
        case TemporalType::LocalDateTime: return formatDate(t.epochDay) + "T" + formatTime(t.nanoOfDay);
        case TemporalType::DateTime: {
            std::string out = formatDate(t.epochDay) + "T" + formatTime(t.nanoOfDay) +
                              formatOffset(t.offsetSeconds);
            if (t.hasNamedZone()) out += "[" + zoneName(t.zoneId) + "]";
            return out;
        }
    }
    return "";
}

std::string formatDuration(const Duration& d) {
    std::string out = "P";
    const std::int64_t years = d.months / 12, months = d.months % 12;
    if (years != 0) out += std::to_string(years) + "Y";
    if (months != 0) out += std::to_string(months) + "M";
    if (d.days != 0) out += std::to_string(d.days) + "D";
    const __int128 nanos = totalNanos(d);
    if (nanos != 0) {
        out += "T";
        const bool negative = nanos < 0;
        const __int128 magnitude = negative ? -nanos : nanos;
        const __int128 totalSeconds = magnitude / kNanosPerSecond;  // may be 2^63
        const auto fraction = static_cast<std::int64_t>(magnitude % kNanosPerSecond);
        const std::string sign = negative ? "-" : "";
        const auto hours = static_cast<std::int64_t>(totalSeconds / 3600);
        const auto minutes = static_cast<std::int64_t>(totalSeconds / 60 % 60);
        const auto seconds = static_cast<std::int64_t>(totalSeconds % 60);
        if (hours != 0) out += sign + std::to_string(hours) + "H";
        if (minutes != 0) out += sign + std::to_string(minutes) + "M";
        if (seconds != 0 || fraction != 0) {
            out += sign + std::to_string(seconds);
            if (fraction != 0) out += "." + fractionDigits(fraction);
            out += "S";
        }
    }
    if (out == "P") return "PT0S";
    return out;
}

}  // namespace newsgraph::temporal
