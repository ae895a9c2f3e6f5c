// The temporal functions: date(), datetime.truncate(), duration.between() and the rest.
#include "shell/query/temporal_functions.h"

#include <cctype>
#include <chrono>

#include "shell/query/error.h"
#include "shell/query/temporal_map.h"
#include "temporal/civil_calendar.h"
#include "temporal/temporal_arithmetic.h"
#include "temporal/temporal_parse.h"

namespace newsgraph::query {

namespace {

using temporal::Duration;
using temporal::Temporal;
using temporal::TemporalType;

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

[[noreturn]] void badArgument(const std::string& function, const std::string& expected,
                              const RuntimeValue& got, SourceSpan at) {
    throw EvalError(at, "function `" + function + "` expects " + expected + ", not " +
                            kindWithArticle(got.kind()),
                    "TypeError", "InvalidArgumentType");
}

std::optional<TemporalType> typeNamed(const std::string& prefix) {
    if (prefix == "date") return TemporalType::Date;
    if (prefix == "localtime") return TemporalType::LocalTime;
    if (prefix == "time") return TemporalType::Time;
    if (prefix == "localdatetime") return TemporalType::LocalDateTime;
    if (prefix == "datetime") return TemporalType::DateTime;
    return std::nullopt;
}

// date(x), datetime(x)...: from nothing (now), a string, a map or another temporal value.
RuntimeValue construct(TemporalType type, const FunctionInfo& f,
                       const std::vector<RuntimeValue>& args, const StatementClock& clock,
                       SourceSpan at) {
    if (args.empty()) {
        return currentTemporal(type, clock.epochSeconds, clock.nanoOfSecond, {});
    }
    const RuntimeValue& a = args[0];
    if (a.isNull()) return {};
    if (a.isString()) return temporal::parseTemporal(type, a.asString());
    if (a.isMap()) {
        const auto& map = a.asMap();
        if (map.size() == 1 && lower(map.begin()->first) == "timezone") {
            // {timezone: 'Europe/Stockholm'} alone: now, in that zone.
            const RuntimeValue& zone = map.begin()->second;
            if (!zone.isString()) badArgument(f.name, "a String `timezone`", zone, at);
            return currentTemporal(type, clock.epochSeconds, clock.nanoOfSecond,
                                   temporal::parseZone(zone.asString()));
        }
        return temporalFromMap(type, map, at);
    }
    if (a.isTemporal()) {
        const Temporal& t = a.asTemporal();
        const char* key = t.hasDate() && t.hasTime() ? "datetime" : t.hasDate() ? "date" : "time";
        if (type == TemporalType::Date && t.hasDate()) key = "date";
        if ((type == TemporalType::LocalTime || type == TemporalType::Time) && t.hasTime()) key = "time";
        return temporalFromMap(type, {{key, a}}, at);
    }
    badArgument(f.name, "a String, a Map or a temporal value", a, at);
}

// date.truncate(unit, value, map?).
RuntimeValue truncate(TemporalType type, const FunctionInfo& f, const std::vector<RuntimeValue>& args,
                      SourceSpan at) {
    if (args[0].isNull() || args[1].isNull()) return {};
    if (!args[0].isString()) badArgument(f.name, "a String unit", args[0], at);
    if (!args[1].isTemporal()) badArgument(f.name, "a temporal value", args[1], at);
    RuntimeValue::Map map;
    if (args.size() > 2 && !args[2].isNull()) {
        if (!args[2].isMap()) badArgument(f.name, "a Map of fields", args[2], at);
        map = args[2].asMap();
    }
    const auto unit = temporal::truncationUnit(args[0].asString());
    if (!unit) {
        throw EvalError(at, "`" + args[0].asString() + "` is not a unit to truncate to",
                        "ArgumentError", "InvalidArgumentValue");
    }
    Temporal value = args[1].asTemporal();
    const bool targetHasDate = type == TemporalType::Date || type == TemporalType::LocalDateTime ||
                               type == TemporalType::DateTime;
    const bool dateUnit = temporal::isDateUnit(*unit);
    if ((type == TemporalType::Date && !dateUnit) ||
        (!targetHasDate && dateUnit && *unit != temporal::TruncationUnit::Day) ||
        (dateUnit && *unit != temporal::TruncationUnit::Day && !value.hasDate()) ||
        (targetHasDate && !value.hasDate())) {
        throw EvalError(at, std::string("cannot truncate ") + typeName(args[1]) + " to `" +
                                args[0].asString() + "` for " + temporal::typeName(type),
                        "ArgumentError", "InvalidArgumentValue");
    }
    temporal::truncateLocal(value.epochDay, value.nanoOfDay, *unit);
    TemporalMapOptions options;
    options.truncating = true;
    options.truncated = value;
    return temporalFromMap(type, map, at, options);
}

Duration durationFromMap(const FunctionInfo& f, const RuntimeValue::Map& map, SourceSpan at) {
    temporal::DurationComponents c;
    for (const auto& [key, value] : map) {
        if (value.isNull()) continue;
        if (!value.isNumber()) badArgument(f.name, "numbers in its Map", value, at);
        const long double v = value.isInt() ? static_cast<long double>(value.asInt())
                                            : static_cast<long double>(value.asDouble());
        const std::string k = lower(key);
        long double* slot = k == "years"          ? &c.years
                            : k == "months"       ? &c.months
                            : k == "weeks"        ? &c.weeks
                            : k == "days"         ? &c.days
                            : k == "hours"        ? &c.hours
                            : k == "minutes"      ? &c.minutes
                            : k == "seconds"      ? &c.seconds
                            : k == "milliseconds" ? &c.milliseconds
                            : k == "microseconds" ? &c.microseconds
                            : k == "nanoseconds"  ? &c.nanoseconds
                                                  : nullptr;
        if (!slot) {
            throw EvalError(at, "`" + key + "` is not a unit of a Duration", "ArgumentError",
                            "InvalidArgumentValue");
        }
        *slot = v;
    }
    return temporal::makeDuration(c);
}

RuntimeValue durationFunction(const FunctionInfo& f, const std::string& suffix,
                              const std::vector<RuntimeValue>& args, SourceSpan at) {
    if (suffix.empty()) {
        const RuntimeValue& a = args[0];
        if (a.isNull()) return {};
        if (a.isString()) return temporal::parseDuration(a.asString());
        if (a.isMap()) return durationFromMap(f, a.asMap(), at);
        if (a.isDuration()) return a;
        badArgument(f.name, "a String or a Map", a, at);
    }
    if (args[0].isNull() || args[1].isNull()) return {};
    for (const auto& a : args) {
        if (!a.isTemporal()) badArgument(f.name, "two temporal values", a, at);
    }
    const auto unit = suffix == "between"    ? temporal::BetweenUnit::All
                      : suffix == "inmonths" ? temporal::BetweenUnit::Months
                      : suffix == "indays"   ? temporal::BetweenUnit::Days
                                             : temporal::BetweenUnit::Seconds;
    return temporal::between(args[0].asTemporal(), args[1].asTemporal(), unit);
}

}  // namespace

StatementClock StatementClock::now() {
    const auto since = std::chrono::system_clock::now().time_since_epoch();
    const auto nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(since).count();
    return {nanos / temporal::kNanosPerSecond, nanos % temporal::kNanosPerSecond};
}

RuntimeValue callTemporal(const FunctionInfo& f, const std::vector<RuntimeValue>& args,
                          const StatementClock& clock, SourceSpan at) {
    const std::string name = lower(f.name);
    const auto dot = name.find('.');
    const std::string prefix = name.substr(0, dot);
    const std::string suffix = dot == std::string::npos ? "" : name.substr(dot + 1);
    try {
        if (prefix == "duration") return durationFunction(f, suffix, args, at);
        if (suffix == "fromepoch" || suffix == "fromepochmillis") {
            for (const auto& a : args) {
                if (a.isNull()) return {};
                if (!a.isInt()) badArgument(f.name, "Integers", a, at);
            }
            if (suffix == "fromepochmillis") {
                const std::int64_t millis = args[0].asInt();
                return temporal::dateTimeAtInstant(temporal::floorDiv(millis, 1000),
                                                   temporal::floorMod(millis, 1000) * 1'000'000, {});
            }
            const std::int64_t nanos = args[1].asInt();
            const std::int64_t seconds = args[0].asInt();
            if (nanos < 0 || nanos >= temporal::kNanosPerSecond) {
                throw EvalError(at, "the nanoseconds must be 0 to 999999999", "ArgumentError",
                                "InvalidArgumentValue");
            }
            return temporal::dateTimeAtInstant(seconds, nanos, {});
        }
        const auto type = typeNamed(prefix);
        if (!type) throw EvalError(at, "unknown function `" + f.name + "`", "SyntaxError", "UnknownFunction");
        if (suffix == "truncate") return truncate(*type, f, args, at);
        return construct(*type, f, args, clock, at);
    } catch (const temporal::TemporalError& e) {
        throwTemporalError(e, at);
    }
}

}  // namespace newsgraph::query
