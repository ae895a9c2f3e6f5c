#include "temporal/civil_calendar.h"

namespace newsgraph::temporal {

bool isLeapYear(std::int64_t year) {
    return floorMod(year, 4) == 0 && (floorMod(year, 100) != 0 || floorMod(year, 400) == 0);
}

int daysInMonth(std::int64_t year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeapYear(year)) return 29;
    return kDays[month - 1];
}

int daysInYear(std::int64_t year) { return isLeapYear(year) ? 366 : 365; }

// Counting from March makes the leap day the last day of the counted year, so each
// 400-year era has the same layout: the day of the era follows from year and month alone.
std::int64_t toEpochDay(const CivilDate& date) {
    const std::int64_t year = date.month <= 2 ? date.year - 1 : date.year;
    const std::int64_t era = floorDiv(year, 400);
    const std::int64_t yearOfEra = year - era * 400;                       // 0..399
    const std::int64_t monthFromMarch = (date.month + 9) % 12;             // March = 0
    const std::int64_t dayOfYear = (153 * monthFromMarch + 2) / 5 + date.day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    constexpr std::int64_t kEpochFromEraStart = 719468;  // 0000-03-01 to 1970-01-01
    return era * 146097 + dayOfEra - kEpochFromEraStart;
}

CivilDate fromEpochDay(std::int64_t epochDay) {
    const std::int64_t z = epochDay + 719468;
    const std::int64_t era = floorDiv(z, 146097);
    const std::int64_t dayOfEra = z - era * 146097;  // 0..146096
    const std::int64_t yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t monthFromMarch = (5 * dayOfYear + 2) / 153;
    CivilDate out;
    out.day = static_cast<int>(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    out.month = static_cast<int>(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    out.year = yearOfEra + era * 400 + (out.month <= 2 ? 1 : 0);
    return out;
}

int dayOfWeek(std::int64_t epochDay) {
    // 1970-01-01 was a Thursday (4).
    return static_cast<int>(floorMod(epochDay + 3, 7)) + 1;
}

int ordinalDay(std::int64_t epochDay) {
    const CivilDate date = fromEpochDay(epochDay);
    return static_cast<int>(epochDay - toEpochDay({date.year, 1, 1})) + 1;
}

std::int64_t weekYearStart(std::int64_t weekYear) {
    // Week 1 is the week that holds January 4th.
    const std::int64_t jan4 = toEpochDay({weekYear, 1, 4});
    return jan4 - (dayOfWeek(jan4) - 1);
}

int weeksInWeekYear(std::int64_t weekYear) {
    return static_cast<int>((weekYearStart(weekYear + 1) - weekYearStart(weekYear)) / 7);
}

IsoWeek isoWeek(std::int64_t epochDay) {
    const std::int64_t year = fromEpochDay(epochDay).year;
    std::int64_t weekYear = year;
    if (epochDay < weekYearStart(year)) {
        weekYear = year - 1;
    } else if (epochDay >= weekYearStart(year + 1)) {
        weekYear = year + 1;
    }
    return {weekYear, static_cast<int>((epochDay - weekYearStart(weekYear)) / 7) + 1};
}

int daysInQuarter(std::int64_t year, int quarter) {
    const int first = firstMonthOfQuarter(quarter);
    return daysInMonth(year, first) + daysInMonth(year, first + 1) + daysInMonth(year, first + 2);
}

}  // namespace newsgraph::temporal
