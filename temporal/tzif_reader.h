#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "temporal/posix_tz_rule.h"

namespace newsgraph::temporal {

// A zone's offsets as a TZif file (RFC 8536, /usr/share/zoneinfo) lists them: the offset
// before the first transition, each transition's instant and the offset from then on,
// and the POSIX rule for instants after the last one (when the file has one).
struct ZoneOffsets {
    std::int32_t initialOffset = 0;
    std::vector<std::int64_t> transitions;  // UTC seconds, ascending
    std::vector<std::int32_t> offsets;      // offsets[i] is in force from transitions[i]
    std::optional<PosixTzRule> rule;

    std::int32_t offsetAt(std::int64_t utcSeconds) const;
};

// The offsets in a TZif file's bytes: version 2 or later reads the 64-bit section and
// the footer, version 1 the 32-bit one. nullopt when the bytes are not a TZif file or
// are cut short: every count is checked against the size before it is read.
std::optional<ZoneOffsets> readTzif(std::string_view bytes);

}  // namespace newsgraph::temporal
