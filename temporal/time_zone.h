#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace newsgraph::temporal {

// Named time zones ("Europe/Stockholm") from the system's tz database: the TZif files
// under $TZDIR, or /usr/share/zoneinfo. A zone is read on first use and kept for the
// life of the process under a small integer id, so a Temporal can name it in 4 bytes.
// All functions are thread-safe.

// The id of the zone `name`. Throws TemporalError when no such zone exists (names are
// case-sensitive, as in the tz database) or its file cannot be read.
std::int32_t zoneId(const std::string& name);
// REQUIRES: id came from zoneId().
const std::string& zoneName(std::int32_t id);

// The offset (seconds east of UTC) zone `id` has at `utcSeconds`.
std::int32_t zoneOffsetAt(std::int32_t id, std::int64_t utcSeconds);

// The offset a local date-time (seconds since 1970-01-01T00:00 local) takes in zone `id`,
// resolved as java.time does: in an overlap (clocks set back) `preferred` when it is one
// of the two offsets, else the earlier one; in a gap (clocks set forward) the local time
// moves forward by the length of the gap. Returns the offset and the (moved) local time.
struct LocalResolution {
    std::int32_t offset = 0;
    std::int64_t localSeconds = 0;
};
LocalResolution resolveLocal(std::int32_t id, std::int64_t localSeconds,
                             std::optional<std::int32_t> preferred = std::nullopt);

}  // namespace newsgraph::temporal
