#pragma once

#include <cstdint>
#include <optional>

#include "temporal/temporal.h"

namespace newsgraph::temporal {

// A time zone as a query names it: a fixed offset ('+01:00', 'Z') or a named zone.
struct ZoneSpec {
    std::int32_t offsetSeconds = 0;
    std::int32_t zoneId = Temporal::kNoZone;

    bool isNamed() const { return zoneId != Temporal::kNoZone; }
    friend bool operator==(const ZoneSpec&, const ZoneSpec&) = default;
};

// The zone of a Time or DateTime. REQUIRES: t.hasOffset().
ZoneSpec zoneOf(const Temporal& t);

// A DateTime with the local date and time given, in `zone`. A named zone resolves the
// local time as time_zone.h's resolveLocal does (`preferredOffset` settles an overlap).
// Throws TemporalError when the date leaves the supported years.
Temporal dateTimeAt(std::int64_t epochDay, std::int64_t nanoOfDay, const ZoneSpec& zone,
                    std::optional<std::int32_t> preferredOffset = std::nullopt);

// The UTC instant of a DateTime in whole seconds since 1970 (the nanosecond within is
// t.nanoOfDay % kNanosPerSecond). REQUIRES: t.type == TemporalType::DateTime.
std::int64_t epochSeconds(const Temporal& t);

// The same instant seen in another zone: a DateTime (or a Time, whose date is ignored)
// moved to `zone`. REQUIRES: t.hasOffset().
Temporal withZoneSameInstant(const Temporal& t, const ZoneSpec& zone);

// The DateTime at an instant, in `zone`. Throws TemporalError outside the supported years.
Temporal dateTimeAtInstant(std::int64_t epochSeconds, std::int64_t nanoOfSecond,
                           const ZoneSpec& zone);

// Throws TemporalError when epochDay lies outside years kMinYear..kMaxYear.
void checkEpochDay(std::int64_t epochDay);

}  // namespace newsgraph::temporal
