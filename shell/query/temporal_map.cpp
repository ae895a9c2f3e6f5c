// Temporal values from maps: the field rules of openCypher's date({...}), time({...})...
#include "shell/query/temporal_map.h"

#include <cctype>
#include <ctime>
#include <string>

#include "shell/query/error.h"
#include "temporal/civil_calendar.h"
#include "temporal/temporal_parse.h"
#include "temporal/time_zone.h"

namespace newsgraph::query {

namespace {

using temporal::Temporal;
using temporal::TemporalType;
using temporal::ZoneSpec;
using temporal::kNanosPerSecond;

// The fields a map may give, by openCypher's names.
enum class Field {
    Year, Month, Day, Week, DayOfWeek, Quarter, DayOfQuarter, OrdinalDay,
    Hour, Minute, Second, Millisecond, Microsecond, Nanosecond, Count
};
constexpr const char* kFieldNames[] = {
    "year", "month", "day", "week", "dayOfWeek", "quarter", "dayOfQuarter", "ordinalDay",
    "hour", "minute", "second", "millisecond", "microsecond", "nanosecond"};

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

[[noreturn]] void fail(SourceSpan at, const std::string& message) {
    throw EvalError(at, message, "ArgumentError", "InvalidArgumentValue");
}

// What a map holds, read once and checked for type.
struct MapFields {
    std::optional<std::int64_t> field[static_cast<int>(Field::Count)];
    std::optional<Temporal> date, time, datetime;
    std::optional<ZoneSpec> timezone;
    std::optional<std::int64_t> epochSeconds, epochMillis;

    std::optional<std::int64_t>& operator[](Field f) { return field[static_cast<int>(f)]; }
    const std::optional<std::int64_t>& operator[](Field f) const { return field[static_cast<int>(f)]; }
    bool any(std::initializer_list<Field> fields) const {
        for (Field f : fields) {
            if ((*this)[f]) return true;
        }
        return false;
    }
};

MapFields readMap(const RuntimeValue::Map& map, SourceSpan at) {
    MapFields out;
    for (const auto& [key, value] : map) {
        const std::string k = lower(key);
        auto temporalBase = [&](std::optional<Temporal>& slot) {
            if (!value.isTemporal()) {
                fail(at, "`" + key + "` must be a temporal value, not " + kindWithArticle(value.kind()));
            }
            slot = value.asTemporal();
        };
        if (k == "date") { temporalBase(out.date); continue; }
        if (k == "time") { temporalBase(out.time); continue; }
        if (k == "datetime") { temporalBase(out.datetime); continue; }
        if (k == "timezone") {
            if (!value.isString()) fail(at, "`timezone` must be a String, not " + kindWithArticle(value.kind()));
            try {
                out.timezone = temporal::parseZone(value.asString());
            } catch (const temporal::TemporalError& e) {
                throwTemporalError(e, at);
            }
            continue;
        }
        std::optional<std::int64_t>* slot = nullptr;
        if (k == "epochseconds") slot = &out.epochSeconds;
        if (k == "epochmillis") slot = &out.epochMillis;
        for (int f = 0; f < static_cast<int>(Field::Count) && !slot; ++f) {
            if (k == lower(kFieldNames[f])) slot = &out.field[f];
        }
        if (!slot) fail(at, "`" + key + "` is not a field of a temporal value");
        if (!value.isInt()) {
            fail(at, "`" + key + "` must be an Integer, not " + kindWithArticle(value.kind()));
        }
        *slot = value.asInt();
    }
    return out;
}

void checkRange(std::int64_t v, std::int64_t low, std::int64_t high, const char* name, SourceSpan at) {
    if (v < low || v > high) {
        fail(at, std::string("`") + name + "` is " + std::to_string(v) + ", outside " +
                     std::to_string(low) + ".." + std::to_string(high));
    }
}

// The date the map's fields give, over `base` (the epoch day of a selected value).
std::int64_t buildDate(const MapFields& m, std::optional<std::int64_t> base, SourceSpan at) {
    using namespace temporal;
    const bool weekly = m.any({Field::Week, Field::DayOfWeek});
    const bool ordinal = m.any({Field::OrdinalDay});
    const bool quarterly = m.any({Field::Quarter, Field::DayOfQuarter});
    const bool calendar = m.any({Field::Month, Field::Day});
    if (weekly + ordinal + quarterly + calendar > 1) {
        fail(at, "a date takes one of month and day, week and dayOfWeek, quarter and "
                 "dayOfQuarter, or ordinalDay");
    }
    if (!base && !m[Field::Year]) fail(at, "a date needs a `year` or a `date` to start from");
    if (m[Field::Year]) checkRange(*m[Field::Year], kMinYear, kMaxYear, "year", at);
    const CivilDate baseDate = base ? fromEpochDay(*base) : CivilDate{};
    if (weekly) {
        const IsoWeek baseWeek = base ? isoWeek(*base) : IsoWeek{};
        const std::int64_t weekYear = m[Field::Year].value_or(baseWeek.weekYear);
        const std::int64_t week = m[Field::Week].value_or(base ? baseWeek.week : 1);
        const std::int64_t dow = m[Field::DayOfWeek].value_or(base ? dayOfWeek(*base) : 1);
        checkRange(week, 1, weeksInWeekYear(weekYear), "week", at);
        checkRange(dow, 1, 7, "dayOfWeek", at);
        return weekYearStart(weekYear) + (week - 1) * 7 + (dow - 1);
    }
    const std::int64_t year = m[Field::Year].value_or(baseDate.year);
    if (ordinal) {
        const std::int64_t day = *m[Field::OrdinalDay];
        checkRange(day, 1, daysInYear(year), "ordinalDay", at);
        return toEpochDay({year, 1, 1}) + day - 1;
    }
    if (quarterly) {
        const int baseQuarter = quarterOfMonth(baseDate.month);
        const std::int64_t quarter = m[Field::Quarter].value_or(base ? baseQuarter : 1);
        checkRange(quarter, 1, 4, "quarter", at);
        std::int64_t baseDayOfQuarter = 1;
        if (base) {
            baseDayOfQuarter =
                *base - toEpochDay({baseDate.year, firstMonthOfQuarter(baseQuarter), 1}) + 1;
        }
        const std::int64_t day = m[Field::DayOfQuarter].value_or(baseDayOfQuarter);
        checkRange(day, 1, daysInQuarter(year, static_cast<int>(quarter)), "dayOfQuarter", at);
        return toEpochDay({year, firstMonthOfQuarter(static_cast<int>(quarter)), 1}) + day - 1;
    }
    const std::int64_t month = m[Field::Month].value_or(base ? baseDate.month : 1);
    checkRange(month, 1, 12, "month", at);
    std::int64_t day = m[Field::Day].value_or(base ? baseDate.day : 1);
    const int monthLength = daysInMonth(year, static_cast<int>(month));
    // A selected February 29th in a year without one becomes the 28th, as java.time does.
    if (!m[Field::Day] && day > monthLength) day = monthLength;
    checkRange(day, 1, monthLength, "day", at);
    return toEpochDay({year, static_cast<int>(month), static_cast<int>(day)});
}

// The time of day the map's fields give, over `base` (the nanoOfDay of a selected value).
std::int64_t buildTime(const MapFields& m, std::optional<std::int64_t> base, bool addFraction,
                       SourceSpan at) {
    const std::int64_t baseNanos = base.value_or(0);
    const std::int64_t baseSecond = baseNanos / kNanosPerSecond;
    if (!base && !m[Field::Hour] && m.any({Field::Minute, Field::Second, Field::Millisecond,
                                          Field::Microsecond, Field::Nanosecond})) {
        fail(at, "a time needs an `hour` or a `time` to start from");
    }
    const std::int64_t hour = m[Field::Hour].value_or(baseSecond / 3600);
    const std::int64_t minute = m[Field::Minute].value_or(base ? baseSecond / 60 % 60 : 0);
    const std::int64_t second = m[Field::Second].value_or(base ? baseSecond % 60 : 0);
    checkRange(hour, 0, 23, "hour", at);
    checkRange(minute, 0, 59, "minute", at);
    checkRange(second, 0, 59, "second", at);
    std::int64_t fraction = baseNanos % kNanosPerSecond;
    if (m.any({Field::Millisecond, Field::Microsecond, Field::Nanosecond})) {
        // The given parts add up: {millisecond: 123, microsecond: 456} is .123456.
        const auto ms = m[Field::Millisecond], us = m[Field::Microsecond], ns = m[Field::Nanosecond];
        if (ms) checkRange(*ms, 0, 999, "millisecond", at);
        if (us) checkRange(*us, 0, ms ? 999 : 999'999, "microsecond", at);
        if (ns) checkRange(*ns, 0, ms || us ? 999 : 999'999'999, "nanosecond", at);
        const std::int64_t given = ms.value_or(0) * 1'000'000 + us.value_or(0) * 1'000 + ns.value_or(0);
        fraction = addFraction ? fraction + given : given;
        if (fraction >= kNanosPerSecond) fail(at, "the fraction of a second is 1 second or more");
    }
    return ((hour * 60 + minute) * 60 + second) * kNanosPerSecond + fraction;
}

}  // namespace

void throwTemporalError(const std::exception& e, SourceSpan at) {
    throw EvalError(at, e.what(), "ArgumentError", "InvalidArgumentValue");
}

Temporal temporalFromMap(TemporalType type, const RuntimeValue::Map& map, SourceSpan at,
                         const TemporalMapOptions& options) {
    try {
        MapFields m = readMap(map, at);
        Temporal out;
        out.type = type;
        const bool wantsDate = type == TemporalType::Date || type == TemporalType::LocalDateTime ||
                               type == TemporalType::DateTime;
        const bool wantsTime = type != TemporalType::Date;
        const bool wantsZone = type == TemporalType::Time || type == TemporalType::DateTime;
        const bool dateTimeType = type == TemporalType::LocalDateTime || type == TemporalType::DateTime;
        if (!wantsDate && m.date) fail(at, std::string("a ") + temporal::typeName(type) + " has no `date`");
        if (!dateTimeType && m.datetime) {
            fail(at, std::string("a ") + temporal::typeName(type) + " takes no `datetime`");
        }
        if (!wantsZone && m.timezone) {
            fail(at, std::string("a ") + temporal::typeName(type) + " has no `timezone`");
        }
        if (!wantsDate && m.any({Field::Year, Field::Month, Field::Day, Field::Week, Field::DayOfWeek,
                                 Field::Quarter, Field::DayOfQuarter, Field::OrdinalDay})) {
            fail(at, std::string("a ") + temporal::typeName(type) + " has no date fields");
        }
        if (!wantsTime && m.any({Field::Hour, Field::Minute, Field::Second, Field::Millisecond,
                                 Field::Microsecond, Field::Nanosecond})) {
            fail(at, "a Date has no time fields");
        }
        // The values selected from: `date` for the date, `time` for the time and its zone,
        // `datetime` for all three; a truncated value stands for all of them.
        std::optional<Temporal> dateSource = m.date ? m.date : m.datetime;
        std::optional<Temporal> timeSource = m.time ? m.time : m.datetime;
        if (options.truncated) {
            timeSource = options.truncated;
            if (options.truncated->hasDate()) dateSource = options.truncated;
        }
        if (dateSource && !dateSource->hasDate()) fail(at, "the value to take a date from has none");
        if (timeSource && !timeSource->hasTime() && !options.truncated) {
            fail(at, "the value to take a time from has none");
        }
        std::optional<std::int64_t> baseDay, baseTime;
        if (dateSource) baseDay = dateSource->epochDay;
        if (timeSource) baseTime = timeSource->nanoOfDay;

        if (type == TemporalType::DateTime && (m.epochSeconds || m.epochMillis)) {
            const std::int64_t millis = m.epochMillis.value_or(0);
            const std::int64_t seconds = m.epochSeconds.value_or(temporal::floorDiv(millis, 1000));
            const std::int64_t nanos = m.epochSeconds ? m[Field::Nanosecond].value_or(0)
                                                      : temporal::floorMod(millis, 1000) * 1'000'000;
            checkRange(nanos, 0, kNanosPerSecond - 1, "nanosecond", at);
            return temporal::dateTimeAtInstant(seconds, nanos, m.timezone.value_or(ZoneSpec{}));
        }
        if (m.epochSeconds || m.epochMillis) fail(at, "only a DateTime takes `epochSeconds` or `epochMillis`");

        if (wantsDate) out.epochDay = buildDate(m, baseDay, at);
        if (wantsTime) out.nanoOfDay = buildTime(m, baseTime, options.truncating, at);
        if (wantsDate) temporal::checkEpochDay(out.epochDay);
        if (!wantsZone) return out;

        // The zone: the time source's, converted to `timezone` when both are given (the
        // same instant), or `timezone` alone, or UTC. Truncation keeps the local time.
        std::optional<ZoneSpec> sourceZone;
        if (timeSource && timeSource->hasOffset()) sourceZone = temporal::zoneOf(*timeSource);
        if (type == TemporalType::Time) {
            out.offsetSeconds = sourceZone ? timeSource->offsetSeconds : 0;
            if (!m.timezone) return out;
            if (sourceZone && !options.truncating) {
                return temporal::withZoneSameInstant(out, *m.timezone);
            }
            // A Time keeps an offset only: a named zone gives the one it has now.
            out.offsetSeconds = m.timezone->isNamed()
                                    ? temporal::zoneOffsetAt(m.timezone->zoneId, std::time(nullptr))
                                    : m.timezone->offsetSeconds;
            return out;
        }
        if (sourceZone && m.timezone && !options.truncating) {
            const Temporal inSource = temporal::dateTimeAt(out.epochDay, out.nanoOfDay, *sourceZone,
                                                           timeSource->offsetSeconds);
            return temporal::withZoneSameInstant(inSource, *m.timezone);
        }
        if (m.timezone) return temporal::dateTimeAt(out.epochDay, out.nanoOfDay, *m.timezone);
        if (sourceZone) {
            return temporal::dateTimeAt(out.epochDay, out.nanoOfDay, *sourceZone,
                                        timeSource->offsetSeconds);
        }
        return temporal::dateTimeAt(out.epochDay, out.nanoOfDay, ZoneSpec{});
    } catch (const temporal::TemporalError& e) {
        throwTemporalError(e, at);
    }
}

Temporal currentTemporal(TemporalType type, std::int64_t epochSeconds, std::int64_t nanoOfSecond,
                         const ZoneSpec& zone) {
    Temporal now = temporal::dateTimeAtInstant(epochSeconds, nanoOfSecond, zone);
    now.type = type;
    if (!now.hasDate()) now.epochDay = 0;
    if (!now.hasTime()) now.nanoOfDay = 0;
    if (!now.hasOffset()) now.offsetSeconds = 0;
    if (type != TemporalType::DateTime) now.zoneId = Temporal::kNoZone;
    return now;
}

}  // namespace newsgraph::query
