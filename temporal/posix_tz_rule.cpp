#include "temporal/posix_tz_rule.h"

#include <cctype>

#include "temporal/civil_calendar.h"

namespace newsgraph::temporal {

namespace {

class RuleReader {
public:
    explicit RuleReader(std::string_view text) : text_(text) {}

    bool atEnd() const { return pos_ == text_.size(); }
    bool peek(char c) const { return pos_ < text_.size() && text_[pos_] == c; }
    bool eat(char c) {
        if (!peek(c)) return false;
        ++pos_;
        return true;
    }

    bool name() {
        if (eat('<')) {
            while (pos_ < text_.size() && text_[pos_] != '>') ++pos_;
            return eat('>');
        }
        std::size_t start = pos_;
        while (pos_ < text_.size() && std::isalpha(static_cast<unsigned char>(text_[pos_]))) ++pos_;
        return pos_ - start >= 3;
    }

    std::optional<int> number(int maxDigits) {
        int value = 0, digits = 0;
        while (pos_ < text_.size() && digits < maxDigits &&
               std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
            value = value * 10 + (text_[pos_++] - '0');
            ++digits;
        }
        if (digits == 0) return std::nullopt;
        return value;
    }

    // [+-]hh[:mm[:ss]] as seconds, with the sign as written.
    std::optional<std::int32_t> time() {
        int sign = 1;
        if (eat('-')) sign = -1;
        else eat('+');
        auto hours = number(3);
        if (!hours) return std::nullopt;
        std::int32_t seconds = *hours * 3600;
        if (eat(':')) {
            auto minutes = number(2);
            if (!minutes) return std::nullopt;
            seconds += *minutes * 60;
            if (eat(':')) {
                auto secs = number(2);
                if (!secs) return std::nullopt;
                seconds += *secs;
            }
        }
        return sign * seconds;
    }

    std::optional<PosixTzRule::Date> date() {
        PosixTzRule::Date d;
        using Form = PosixTzRule::Date::Form;
        if (eat('M')) {
            auto m = number(2);
            if (!m || !eat('.')) return std::nullopt;
            auto w = number(1);
            if (!w || !eat('.')) return std::nullopt;
            auto wd = number(1);
            if (!wd || *m < 1 || *m > 12 || *w < 1 || *w > 5 || *wd > 6) return std::nullopt;
            d.form = Form::MonthWeekDay;
            d.month = *m, d.week = *w, d.weekday = *wd;
        } else if (eat('J')) {
            auto n = number(3);
            if (!n || *n < 1 || *n > 365) return std::nullopt;
            d.form = Form::JulianNoLeap;
            d.day = *n;
        } else {
            auto n = number(3);
            if (!n || *n > 365) return std::nullopt;
            d.form = Form::ZeroBasedDay;
            d.day = *n;
        }
        if (eat('/')) {
            auto t = time();
            if (!t) return std::nullopt;
            d.secondsIntoDay = *t;
        }
        return d;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

// The epoch day a rule date falls on in `year`.
std::int64_t ruleDay(const PosixTzRule::Date& d, std::int64_t year) {
    using Form = PosixTzRule::Date::Form;
    if (d.form == Form::JulianNoLeap) {
        // Day n of a year without February 29th.
        int n = d.day;
        std::int64_t first = toEpochDay({year, 1, 1});
        if (isLeapYear(year) && n >= 60) ++n;
        return first + n - 1;
    }
    if (d.form == Form::ZeroBasedDay) return toEpochDay({year, 1, 1}) + d.day;
    // POSIX weekday 0 is Sunday; ISO's is 7.
    const int isoWeekday = d.weekday == 0 ? 7 : d.weekday;
    const std::int64_t first = toEpochDay({year, d.month, 1});
    std::int64_t day = first + floorMod(isoWeekday - dayOfWeek(first), 7) + 7 * (d.week - 1);
    const std::int64_t last = first + daysInMonth(year, d.month) - 1;
    while (day > last) day -= 7;
    return day;
}

}  // namespace

std::optional<PosixTzRule> PosixTzRule::parse(std::string_view text) {
    RuleReader in(text);
    PosixTzRule rule;
    if (!in.name()) return std::nullopt;
    auto standard = in.time();
    if (!standard) return std::nullopt;
    rule.standardOffset = -*standard;
    if (in.atEnd()) return rule;
    if (!in.name()) return std::nullopt;
    rule.hasDaylight = true;
    rule.daylightOffset = rule.standardOffset + 3600;
    if (!in.peek(',') && !in.atEnd()) {
        auto daylight = in.time();
        if (!daylight) return std::nullopt;
        rule.daylightOffset = -*daylight;
    }
    if (in.atEnd()) {
        // No dates: POSIX leaves them to the implementation; the US rules are the custom.
        rule.daylightStart = {Date::Form::MonthWeekDay, 3, 2, 0, 0, 7200};
        rule.daylightEnd = {Date::Form::MonthWeekDay, 11, 1, 0, 0, 7200};
        return rule;
    }
    if (!in.eat(',')) return std::nullopt;
    auto start = in.date();
    if (!start || !in.eat(',')) return std::nullopt;
    auto end = in.date();
    if (!end || !in.atEnd()) return std::nullopt;
    rule.daylightStart = *start;
    rule.daylightEnd = *end;
    return rule;
}

std::int32_t PosixTzRule::offsetAt(std::int64_t utcSeconds) const {
    if (!hasDaylight) return standardOffset;
    const std::int64_t year =
        fromEpochDay(floorDiv(utcSeconds + standardOffset, 86400)).year;
    // Daylight time starts at a local standard time and ends at a local daylight time.
    auto startUtc = [&](std::int64_t y) {
        return ruleDay(daylightStart, y) * 86400 + daylightStart.secondsIntoDay - standardOffset;
    };
    auto endUtc = [&](std::int64_t y) {
        return ruleDay(daylightEnd, y) * 86400 + daylightEnd.secondsIntoDay - daylightOffset;
    };
    const std::int64_t start = startUtc(year), end = endUtc(year);
    bool daylight;
    if (start < end) {
        daylight = utcSeconds >= start && utcSeconds < end;  // northern hemisphere
    } else {
        daylight = utcSeconds < end || utcSeconds >= start;  // southern: spans New Year
    }
    return daylight ? daylightOffset : standardOffset;
}

}  // namespace newsgraph::temporal
