#pragma once

#include <optional>
#include <string_view>

#include "temporal/duration.h"
#include "temporal/temporal.h"

namespace newsgraph::temporal {

// temporal + duration (sign 1) or temporal - duration (sign -1), as openCypher defines
// it: months first (the day clamped to the month's end), then days, then seconds and
// nanoseconds. A type without a date ignores months and days; a Date takes only the
// whole days of the seconds; a time wraps around midnight. A named zone adds months and
// days on the local date-time and seconds on the instant.
// Throws TemporalError when the result leaves the supported years or overflows.
Temporal shift(const Temporal& t, const Duration& d, int sign);

// What duration.between and its variants measure.
enum class BetweenUnit { All, Months, Days, Seconds };

// The duration from `from` to `to` (negative when `to` comes first): whole months, then
// whole days, then the rest, as Neo4j computes it. A value without a date takes the
// other's date; a value without a zone is read in the other's zone; when both have one,
// `to` is seen in `from`'s. Months and days are counted only when both have dates.
// Throws TemporalError on overflow.
Duration between(const Temporal& from, const Temporal& to, BetweenUnit unit);

// The units temporal values truncate to.
enum class TruncationUnit {
    Millennium, Century, Decade, Year, WeekYear, Quarter, Month, Week, Day,
    Hour, Minute, Second, Millisecond, Microsecond
};
// The unit named `name` ('millennium', 'weekYear', ...; case-insensitive), or nullopt.
std::optional<TruncationUnit> truncationUnit(std::string_view name);
// Whether a unit is a date unit (day and larger).
inline bool isDateUnit(TruncationUnit u) { return u <= TruncationUnit::Day; }

// The local date and time truncated to `unit`: the start of the millennium, year, week...
// REQUIRES: for a date unit other than Day, epochDay is meaningful.
void truncateLocal(std::int64_t& epochDay, std::int64_t& nanoOfDay, TruncationUnit unit);

// The date `months` months after epochDay, the day clamped to the month's end.
// Throws TemporalError outside the supported years.
std::int64_t plusMonths(std::int64_t epochDay, std::int64_t months);

}  // namespace newsgraph::temporal
