#include "temporal/zoned.h"

#include <ctime>

#include "temporal/civil_calendar.h"
#include "temporal/time_zone.h"

namespace newsgraph::temporal {

namespace {

const std::int64_t kMinEpochDay = toEpochDay({kMinYear, 1, 1});
const std::int64_t kMaxEpochDay = toEpochDay({kMaxYear, 12, 31});

}  // namespace

void checkEpochDay(std::int64_t epochDay) {
    if (epochDay < kMinEpochDay || epochDay > kMaxEpochDay) {
        throw TemporalError("the date is outside the years -999999999 to 999999999");
    }
}

ZoneSpec zoneOf(const Temporal& t) { return {t.offsetSeconds, t.zoneId}; }

Temporal dateTimeAt(std::int64_t epochDay, std::int64_t nanoOfDay, const ZoneSpec& zone,
                    std::optional<std::int32_t> preferredOffset) {
    checkEpochDay(epochDay);
    Temporal t;
    t.type = TemporalType::DateTime;
    t.epochDay = epochDay;
    t.nanoOfDay = nanoOfDay;
    t.offsetSeconds = zone.offsetSeconds;
    if (!zone.isNamed()) return t;
    t.zoneId = zone.zoneId;
    const std::int64_t secondOfDay = nanoOfDay / kNanosPerSecond;
    const LocalResolution r =
        resolveLocal(zone.zoneId, epochDay * kSecondsPerDay + secondOfDay, preferredOffset);
    t.offsetSeconds = r.offset;
    t.epochDay = floorDiv(r.localSeconds, kSecondsPerDay);
    t.nanoOfDay = floorMod(r.localSeconds, kSecondsPerDay) * kNanosPerSecond +
                  nanoOfDay % kNanosPerSecond;
    checkEpochDay(t.epochDay);
    return t;
}

std::int64_t epochSeconds(const Temporal& t) {
    return t.epochDay * kSecondsPerDay + t.nanoOfDay / kNanosPerSecond - t.offsetSeconds;
}

Temporal dateTimeAtInstant(std::int64_t seconds, std::int64_t nanoOfSecond, const ZoneSpec& zone) {
    if (seconds > INT64_MAX / 2 || seconds < INT64_MIN / 2) {
        throw TemporalError("the instant is outside the supported years");
    }
    const std::int32_t offset =
        zone.isNamed() ? zoneOffsetAt(zone.zoneId, seconds) : zone.offsetSeconds;
    const std::int64_t local = seconds + offset;
    Temporal t;
    t.type = TemporalType::DateTime;
    t.epochDay = floorDiv(local, kSecondsPerDay);
    t.nanoOfDay = floorMod(local, kSecondsPerDay) * kNanosPerSecond + nanoOfSecond;
    t.offsetSeconds = offset;
    t.zoneId = zone.zoneId;
    checkEpochDay(t.epochDay);
    return t;
}

Temporal withZoneSameInstant(const Temporal& t, const ZoneSpec& zone) {
    if (t.type == TemporalType::Time) {
        // A Time has no date to look a named zone's offset up on: the offset the zone
        // has now stands in (as Neo4j does).
        const std::int32_t offset =
            zone.isNamed() ? zoneOffsetAt(zone.zoneId, std::time(nullptr)) : zone.offsetSeconds;
        Temporal out = t;
        out.nanoOfDay = floorMod(t.nanoOfDay + (static_cast<std::int64_t>(offset) - t.offsetSeconds) *
                                                   kNanosPerSecond,
                                 kNanosPerDay);
        out.offsetSeconds = offset;
        return out;
    }
    return dateTimeAtInstant(epochSeconds(t), t.nanoOfDay % kNanosPerSecond, zone);
}

}  // namespace newsgraph::temporal
