#include "temporal/temporal_arithmetic.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "temporal/civil_calendar.h"
#include "temporal/zoned.h"

namespace newsgraph::temporal {

namespace {

[[noreturn]] void outOfRange() { throw TemporalError("the result is outside the supported years"); }

std::int64_t plusDays(std::int64_t epochDay, __int128 days) {
    const __int128 sum = static_cast<__int128>(epochDay) + days;
    if (sum > INT64_MAX / 2 || sum < INT64_MIN / 2) outOfRange();
    checkEpochDay(static_cast<std::int64_t>(sum));
    return static_cast<std::int64_t>(sum);
}

// Local date and time moved by a count of nanoseconds, carrying into days.
void plusNanos(std::int64_t& epochDay, std::int64_t& nanoOfDay, __int128 nanos) {
    const __int128 total = static_cast<__int128>(nanoOfDay) + nanos;
    __int128 days = total / kNanosPerDay;
    __int128 rest = total % kNanosPerDay;
    if (rest < 0) {
        rest += kNanosPerDay;
        --days;
    }
    epochDay = plusDays(epochDay, days);
    nanoOfDay = static_cast<std::int64_t>(rest);
}

}  // namespace

std::int64_t plusMonths(std::int64_t epochDay, std::int64_t months) {
    const CivilDate d = fromEpochDay(epochDay);
    const __int128 total = static_cast<__int128>(d.year) * 12 + (d.month - 1) + months;
    const __int128 year = total >= 0 ? total / 12 : -((-total + 11) / 12);
    if (year < kMinYear || year > kMaxYear) outOfRange();
    const int month = static_cast<int>(total - year * 12) + 1;
    const int day = std::min(d.day, daysInMonth(static_cast<std::int64_t>(year), month));
    return toEpochDay({static_cast<std::int64_t>(year), month, day});
}

Temporal shift(const Temporal& t, const Duration& d, int sign) {
    const __int128 months = static_cast<__int128>(d.months) * sign;
    const __int128 days = static_cast<__int128>(d.days) * sign;
    const __int128 nanos = totalNanos(d) * sign;
    Temporal out = t;
    if (!t.hasDate()) {
        out.nanoOfDay = static_cast<std::int64_t>(
            ((static_cast<__int128>(t.nanoOfDay) + nanos) % kNanosPerDay + kNanosPerDay) %
            kNanosPerDay);
        return out;
    }
    if (months > INT64_MAX || months < -INT64_MAX) outOfRange();
    out.epochDay = plusMonths(t.epochDay, static_cast<std::int64_t>(months));
    out.epochDay = plusDays(out.epochDay, days);
    if (t.type == TemporalType::Date) {
        // Only whole days of the seconds reach a date (java.time: DAYS, not SECONDS).
        const __int128 seconds = static_cast<__int128>(d.seconds) * sign;
        out.epochDay = plusDays(out.epochDay, seconds / kSecondsPerDay);
        return out;
    }
    if (t.hasNamedZone()) {
        // Months and days on the local date-time, keeping the offset if it still fits;
        // seconds on the instant.
        out = dateTimeAt(out.epochDay, out.nanoOfDay, zoneOf(t), t.offsetSeconds);
        const __int128 instantNanos =
            static_cast<__int128>(epochSeconds(out)) * kNanosPerSecond +
            out.nanoOfDay % kNanosPerSecond + nanos;
        __int128 seconds = instantNanos / kNanosPerSecond;
        __int128 rest = instantNanos % kNanosPerSecond;
        if (rest < 0) {
            rest += kNanosPerSecond;
            --seconds;
        }
        if (seconds > INT64_MAX / 2 || seconds < INT64_MIN / 2) outOfRange();
        return dateTimeAtInstant(static_cast<std::int64_t>(seconds),
                                 static_cast<std::int64_t>(rest), zoneOf(t));
    }
    plusNanos(out.epochDay, out.nanoOfDay, nanos);
    return out;
}

namespace {

// A value as between() sees it: local date and time, with a zone or not.
struct Point {
    bool hasDate;
    std::int64_t epochDay;
    std::int64_t nanoOfDay;
    std::optional<ZoneSpec> zone;
};

Point pointOf(const Temporal& t) {
    Point p{t.hasDate(), t.hasDate() ? t.epochDay : 0, t.nanoOfDay, std::nullopt};
    if (t.hasOffset()) p.zone = zoneOf(t);
    return p;
}

// The instant of a local date-time in a zone, in nanoseconds.
__int128 instantNanos(const Point& p) {
    const Temporal t = dateTimeAt(p.epochDay, p.nanoOfDay, *p.zone);
    return static_cast<__int128>(epochSeconds(t)) * kNanosPerSecond + t.nanoOfDay % kNanosPerSecond;
}

__int128 localNanos(const Point& p) {
    return static_cast<__int128>(p.epochDay) * kNanosPerDay + p.nanoOfDay;
}

// The end date moved a day towards the start when its time of day has not yet reached
// the start's, so that only whole units count (java.time's LocalDateTime.until).
std::int64_t adjustedEndDay(const Point& from, const Point& to) {
    if (to.epochDay > from.epochDay && to.nanoOfDay < from.nanoOfDay) return to.epochDay - 1;
    if (to.epochDay < from.epochDay && to.nanoOfDay > from.nanoOfDay) return to.epochDay + 1;
    return to.epochDay;
}

std::int64_t monthsUntil(const Point& from, const Point& to) {
    const CivilDate a = fromEpochDay(from.epochDay);
    const CivilDate b = fromEpochDay(adjustedEndDay(from, to));
    const __int128 packedA = (static_cast<__int128>(a.year) * 12 + a.month - 1) * 32 + a.day;
    const __int128 packedB = (static_cast<__int128>(b.year) * 12 + b.month - 1) * 32 + b.day;
    return static_cast<std::int64_t>((packedB - packedA) / 32);
}

std::int64_t daysUntil(const Point& from, const Point& to) {
    return adjustedEndDay(from, to) - from.epochDay;
}

}  // namespace

Duration between(const Temporal& fromValue, const Temporal& toValue, BetweenUnit unit) {
    Point from = pointOf(fromValue), to = pointOf(toValue);
    // A value without a date stands on the other's date.
    if (!from.hasDate && to.hasDate) from.epochDay = to.epochDay;
    if (!to.hasDate && from.hasDate) to.epochDay = from.epochDay;
    const bool dates = from.hasDate && to.hasDate;
    // One zone for both: `to` seen in `from`'s, or the zone of the one that has one.
    if (from.zone && to.zone && !(*from.zone == *to.zone)) {
        const Temporal moved = withZoneSameInstant(dateTimeAt(to.epochDay, to.nanoOfDay, *to.zone),
                                                   *from.zone);
        to.epochDay = moved.epochDay;
        to.nanoOfDay = moved.nanoOfDay;
        to.zone = from.zone;
    } else if (from.zone && !to.zone) {
        to.zone = from.zone;
    } else if (to.zone && !from.zone) {
        from.zone = to.zone;
    }
    std::int64_t months = 0, days = 0;
    if (dates && (unit == BetweenUnit::All || unit == BetweenUnit::Months)) {
        months = monthsUntil(from, to);
        if (unit == BetweenUnit::Months) return {months, 0, 0, 0};
        from.epochDay = plusMonths(from.epochDay, months);
    }
    if (dates && (unit == BetweenUnit::All || unit == BetweenUnit::Days)) {
        days = daysUntil(from, to);
        if (unit == BetweenUnit::Days) return {0, days, 0, 0};
        from.epochDay = plusDays(from.epochDay, days);
    }
    if (unit == BetweenUnit::Months || unit == BetweenUnit::Days) return {};
    const __int128 nanos =
        from.zone ? instantNanos(to) - instantNanos(from) : localNanos(to) - localNanos(from);
    return fromNanos(months, days, nanos);
}

std::optional<TruncationUnit> truncationUnit(std::string_view name) {
    std::string key(name);
    for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const std::pair<const char*, TruncationUnit> kUnits[] = {
        {"millennium", TruncationUnit::Millennium}, {"century", TruncationUnit::Century},
        {"decade", TruncationUnit::Decade},         {"year", TruncationUnit::Year},
        {"weekyear", TruncationUnit::WeekYear},     {"quarter", TruncationUnit::Quarter},
        {"month", TruncationUnit::Month},           {"week", TruncationUnit::Week},
        {"day", TruncationUnit::Day},               {"hour", TruncationUnit::Hour},
        {"minute", TruncationUnit::Minute},         {"second", TruncationUnit::Second},
        {"millisecond", TruncationUnit::Millisecond}, {"microsecond", TruncationUnit::Microsecond},
    };
    for (const auto& [unitName, unit] : kUnits) {
        if (key == unitName) return unit;
    }
    return std::nullopt;
}

void truncateLocal(std::int64_t& epochDay, std::int64_t& nanoOfDay, TruncationUnit unit) {
    using U = TruncationUnit;
    if (isDateUnit(unit)) {
        nanoOfDay = 0;
        const CivilDate d = fromEpochDay(epochDay);
        switch (unit) {
            case U::Millennium: epochDay = toEpochDay({floorDiv(d.year, 1000) * 1000, 1, 1}); break;
            case U::Century: epochDay = toEpochDay({floorDiv(d.year, 100) * 100, 1, 1}); break;
            case U::Decade: epochDay = toEpochDay({floorDiv(d.year, 10) * 10, 1, 1}); break;
            case U::Year: epochDay = toEpochDay({d.year, 1, 1}); break;
            case U::WeekYear: epochDay = weekYearStart(isoWeek(epochDay).weekYear); break;
            case U::Quarter:
                epochDay = toEpochDay({d.year, firstMonthOfQuarter(quarterOfMonth(d.month)), 1});
                break;
            case U::Month: epochDay = toEpochDay({d.year, d.month, 1}); break;
            case U::Week: epochDay -= dayOfWeek(epochDay) - 1; break;
            default: break;  // Day: the date stays
        }
        checkEpochDay(epochDay);
        return;
    }
    std::int64_t step = 1;
    switch (unit) {
        case U::Hour: step = 3600 * kNanosPerSecond; break;
        case U::Minute: step = 60 * kNanosPerSecond; break;
        case U::Second: step = kNanosPerSecond; break;
        case U::Millisecond: step = 1'000'000; break;
        case U::Microsecond: step = 1'000; break;
        default: break;
    }
    nanoOfDay -= nanoOfDay % step;
}

}  // namespace newsgraph::temporal
