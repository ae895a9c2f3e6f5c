#include "temporal/temporal_parse.h"

#include <cctype>
#include <cmath>
#include <optional>
#include <string>

#include "temporal/civil_calendar.h"
#include "temporal/time_zone.h"

namespace newsgraph::temporal {

namespace {

// A cursor over the text with the few steps ISO 8601 needs. Every read checks the end.
class Scanner {
public:
    explicit Scanner(std::string_view text) : text_(text) {}

    bool atEnd() const { return pos_ == text_.size(); }
    char peek() const { return atEnd() ? '\0' : text_[pos_]; }
    bool eat(char c) {
        if (peek() != c) return false;
        ++pos_;
        return true;
    }
    // The number of digits from here on.
    std::size_t digitsAhead() const {
        std::size_t n = 0;
        while (pos_ + n < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_ + n]))) ++n;
        return n;
    }
    // Exactly `n` digits as a number. REQUIRES: digitsAhead() >= n, n <= 18.
    std::int64_t digits(std::size_t n) {
        std::int64_t v = 0;
        for (std::size_t i = 0; i < n; ++i) v = v * 10 + (text_[pos_++] - '0');
        return v;
    }
    std::string_view rest() const { return text_.substr(pos_); }
    void skip(std::size_t n) { pos_ += n; }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

[[noreturn]] void invalid(const char* what, std::string_view text) {
    throw TemporalError("`" + std::string(text) + "` is not a valid " + what);
}

void checkRange(std::int64_t value, std::int64_t low, std::int64_t high, const char* field,
                std::string_view text) {
    if (value < low || value > high) {
        throw TemporalError("`" + std::string(text) + "` has " + field + " " +
                            std::to_string(value) + ", outside " + std::to_string(low) + ".." +
                            std::to_string(high));
    }
}

// Reads a date; returns its epoch day. `what` names the type for messages.
std::int64_t readDate(Scanner& in, std::string_view text, const char* what) {
    std::int64_t year;
    const bool negative = in.peek() == '-';
    if (in.eat('+') || in.eat('-')) {
        const std::size_t n = in.digitsAhead();
        if (n < 4 || n > 9) invalid(what, text);
        year = in.digits(n);
        if (negative) year = -year;
    } else {
        if (in.digitsAhead() < 4) invalid(what, text);
        year = in.digits(4);
    }
    const bool extended = in.eat('-');
    auto week = [&]() {
        if (in.digitsAhead() < 2) invalid(what, text);
        const std::int64_t w = in.digits(2);
        std::int64_t dow = 1;
        if (extended ? in.eat('-') : in.digitsAhead() >= 1) {
            if (in.digitsAhead() < 1) invalid(what, text);
            dow = in.digits(1);
        }
        checkRange(w, 1, weeksInWeekYear(year), "week", text);
        checkRange(dow, 1, 7, "day of the week", text);
        return weekYearStart(year) + (w - 1) * 7 + (dow - 1);
    };
    if (in.eat('W')) return week();
    const std::size_t n = in.digitsAhead();
    if (!extended && n == 0) return toEpochDay({year, 1, 1});
    if (n == 3) {
        const std::int64_t ordinal = in.digits(3);
        checkRange(ordinal, 1, daysInYear(year), "day of the year", text);
        return toEpochDay({year, 1, 1}) + ordinal - 1;
    }
    if (n != 2 && !(n == 4 && !extended)) invalid(what, text);
    const std::int64_t month = in.digits(2);
    checkRange(month, 1, 12, "month", text);
    std::int64_t day = 1;
    if (extended ? in.eat('-') : in.digitsAhead() == 2) {
        if (in.digitsAhead() < 2) invalid(what, text);
        day = in.digits(2);
    }
    checkRange(day, 1, daysInMonth(year, static_cast<int>(month)), "day", text);
    return toEpochDay({year, static_cast<int>(month), static_cast<int>(day)});
}

std::int64_t readTime(Scanner& in, std::string_view text, const char* what) {
    if (in.digitsAhead() < 2) invalid(what, text);
    const std::int64_t hour = in.digits(2);
    std::int64_t minute = 0, second = 0, nanos = 0;
    const bool extended = in.peek() == ':';
    auto next = [&]() {
        if (extended) return in.peek() == ':' && (in.skip(1), true);
        return in.digitsAhead() >= 2;
    };
    if (next()) {
        if (in.digitsAhead() < 2) invalid(what, text);
        minute = in.digits(2);
        if (next()) {
            if (in.digitsAhead() < 2) invalid(what, text);
            second = in.digits(2);
            if (in.eat('.') || in.eat(',')) {
                const std::size_t n = in.digitsAhead();
                if (n < 1 || n > 9) invalid(what, text);
                nanos = in.digits(n);
                for (std::size_t i = n; i < 9; ++i) nanos *= 10;
            }
        }
    }
    checkRange(hour, 0, 23, "hour", text);
    checkRange(minute, 0, 59, "minute", text);
    checkRange(second, 0, 59, "second", text);
    return ((hour * 60 + minute) * 60 + second) * kNanosPerSecond + nanos;
}

// An offset: Z, or a sign and hh[[:]mm[[:]ss]]. nullopt when none starts here.
std::optional<std::int32_t> readOffset(Scanner& in, std::string_view text, const char* what) {
    if (in.eat('Z') || in.eat('z')) return 0;
    const char sign = in.peek();
    if (sign != '+' && sign != '-') return std::nullopt;
    in.skip(1);
    if (in.digitsAhead() < 2) invalid(what, text);
    std::int64_t seconds = in.digits(2) * 3600;
    const bool extended = in.peek() == ':';
    for (int part = 0; part < 2; ++part) {
        if (extended ? !in.eat(':') : in.digitsAhead() < 2) break;
        if (in.digitsAhead() < 2) invalid(what, text);
        const std::int64_t v = in.digits(2);
        if (v > 59) invalid(what, text);
        seconds += part == 0 ? v * 60 : v;
    }
    if (seconds > 18 * 3600) invalid(what, text);
    return static_cast<std::int32_t>(sign == '-' ? -seconds : seconds);
}

}  // namespace

ZoneSpec parseZone(std::string_view text) {
    if (text == "Z" || text == "z" || (!text.empty() && (text[0] == '+' || text[0] == '-'))) {
        Scanner in(text);
        auto offset = readOffset(in, text, "time zone");
        if (!offset || !in.atEnd()) invalid("time zone", text);
        return {*offset, Temporal::kNoZone};
    }
    return {0, zoneId(std::string(text))};
}

Temporal parseTemporal(TemporalType type, std::string_view text) {
    const char* what = typeName(type);
    Scanner in(text);
    Temporal t;
    t.type = type;
    switch (type) {
        case TemporalType::Date:
            t.epochDay = readDate(in, text, what);
            break;
        case TemporalType::LocalTime:
            t.nanoOfDay = readTime(in, text, what);
            break;
        case TemporalType::Time:
            t.nanoOfDay = readTime(in, text, what);
            t.offsetSeconds = readOffset(in, text, what).value_or(0);
            break;
        case TemporalType::LocalDateTime:
        case TemporalType::DateTime: {
            t.epochDay = readDate(in, text, what);
            if (in.eat('T') || in.eat('t')) t.nanoOfDay = readTime(in, text, what);
            if (type == TemporalType::LocalDateTime) break;
            auto offset = readOffset(in, text, what);
            ZoneSpec zone{offset.value_or(0), Temporal::kNoZone};
            if (in.eat('[')) {
                const std::string_view rest = in.rest();
                const auto close = rest.find(']');
                if (close == std::string_view::npos || close == 0) invalid(what, text);
                zone.zoneId = zoneId(std::string(rest.substr(0, close)));
                in.skip(close + 1);
            }
            if (!in.atEnd()) invalid(what, text);
            return dateTimeAt(t.epochDay, t.nanoOfDay, zone, offset);
        }
    }
    if (!in.atEnd()) invalid(what, text);
    if (t.hasDate()) checkEpochDay(t.epochDay);
    return t;
}

namespace {

// A signed decimal number: [+-]digits[(.|,)digits]. nullopt when none starts here.
std::optional<long double> readNumber(Scanner& in) {
    long double sign = 1;
    if (in.peek() == '-' || in.peek() == '+') {
        if (in.peek() == '-') sign = -1;
        in.skip(1);
    }
    const std::size_t n = in.digitsAhead();
    if (n == 0 || n > 18) return std::nullopt;
    long double v = static_cast<long double>(in.digits(n));
    if (in.peek() == '.' || in.peek() == ',') {
        in.skip(1);
        const std::size_t f = in.digitsAhead();
        if (f == 0 || f > 18) return std::nullopt;
        v += static_cast<long double>(in.digits(f)) / std::pow(10.0L, static_cast<long double>(f));
    }
    return sign * v;
}

// P2012-02-02T14:37:21.545: the date-time form of a duration.
Duration parseDateTimeDuration(std::string_view body, std::string_view text) {
    Scanner in(body);
    DurationComponents c;
    if (in.digitsAhead() != 4) invalid("Duration", text);
    c.years = static_cast<long double>(in.digits(4));
    if (!in.eat('-') || in.digitsAhead() != 2) invalid("Duration", text);
    c.months = static_cast<long double>(in.digits(2));
    if (!in.eat('-') || in.digitsAhead() != 2) invalid("Duration", text);
    c.days = static_cast<long double>(in.digits(2));
    if (in.eat('T')) {
        const std::int64_t nanos = readTime(in, text, "Duration");
        c.nanoseconds = static_cast<long double>(nanos);
    }
    if (!in.atEnd()) invalid("Duration", text);
    return makeDuration(c);
}

}  // namespace

Duration parseDuration(std::string_view text) {
    std::string upper(text);
    for (auto& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    Scanner in(upper);
    if (!in.eat('P')) invalid("Duration", text);
    if (in.digitsAhead() == 4 && in.rest().size() > 4 && in.rest()[4] == '-') {
        return parseDateTimeDuration(in.rest(), text);
    }
    DurationComponents c;
    bool any = false, inTime = false;
    // Units in the order ISO 8601 requires them; each at most once.
    const char* const dateUnits = "YMWD";
    const char* const timeUnits = "HMS";
    std::size_t next = 0;
    while (!in.atEnd()) {
        if (!inTime && in.eat('T')) {
            inTime = true;
            next = 0;
            if (in.atEnd()) invalid("Duration", text);
            continue;
        }
        auto number = readNumber(in);
        if (!number) invalid("Duration", text);
        const char unit = in.peek();
        const char* units = inTime ? timeUnits : dateUnits;
        const std::string_view list(units);
        const std::size_t at = list.find(unit, next);
        if (unit == '\0' || at == std::string_view::npos) invalid("Duration", text);
        in.skip(1);
        next = at + 1;
        any = true;
        long double* field = nullptr;
        if (!inTime) {
            field = unit == 'Y' ? &c.years : unit == 'M' ? &c.months : unit == 'W' ? &c.weeks : &c.days;
        } else {
            field = unit == 'H' ? &c.hours : unit == 'M' ? &c.minutes : &c.seconds;
        }
        *field = *number;
    }
    if (!any) invalid("Duration", text);
    return makeDuration(c);
}

}  // namespace newsgraph::temporal
