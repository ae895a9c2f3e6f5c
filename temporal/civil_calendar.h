#pragma once

#include <cstdint>

namespace newsgraph::temporal {

// The proleptic Gregorian calendar (ISO 8601), as openCypher's temporal values use it:
// years -999,999,999 to 999,999,999, day 0 is 1970-01-01. Pure arithmetic, thread-safe.

constexpr std::int64_t kMinYear = -999'999'999;
constexpr std::int64_t kMaxYear = 999'999'999;

struct CivilDate {
    std::int64_t year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..daysInMonth
};

bool isLeapYear(std::int64_t year);
int daysInMonth(std::int64_t year, int month);
int daysInYear(std::int64_t year);

// Days since 1970-01-01 of a valid date, and back. REQUIRES: the date is valid.
std::int64_t toEpochDay(const CivilDate& date);
CivilDate fromEpochDay(std::int64_t epochDay);

// The ISO day of the week, 1 (Monday) to 7 (Sunday).
int dayOfWeek(std::int64_t epochDay);
// The day of the year, 1 to 366.
int ordinalDay(std::int64_t epochDay);

// The ISO week-numbering year and week (1 to 53) a day belongs to.
struct IsoWeek {
    std::int64_t weekYear = 1970;
    int week = 1;
};
IsoWeek isoWeek(std::int64_t epochDay);
// How many ISO weeks a week-numbering year has: 52 or 53.
int weeksInWeekYear(std::int64_t weekYear);
// The Monday that starts week 1 of a week-numbering year.
std::int64_t weekYearStart(std::int64_t weekYear);

// Quarter 1..4 of a month, the first month of a quarter, and a quarter's length in days.
inline int quarterOfMonth(int month) { return (month - 1) / 3 + 1; }
inline int firstMonthOfQuarter(int quarter) { return (quarter - 1) * 3 + 1; }
int daysInQuarter(std::int64_t year, int quarter);

// Floor division and modulo (towards minus infinity), for dates before 1970.
inline std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
inline std::int64_t floorMod(std::int64_t a, std::int64_t b) { return a - floorDiv(a, b) * b; }

}  // namespace newsgraph::temporal
