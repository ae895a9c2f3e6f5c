#pragma once

#include <cstdint>
#include <optional>

#include "shell/query/runtime_value.h"
#include "shell/query/source_location.h"
#include "temporal/temporal.h"
#include "temporal/zoned.h"

namespace newsgraph::query {

// A temporal value built from a map's fields (`date({year: 1984, week: 10})`), possibly
// over other values the map selects from (`{date: d, time: t, day: 28}`).
struct TemporalMapOptions {
    // truncate(): the truncated value is the base; sub-second fields add to its fraction
    // and `timezone` replaces its zone rather than converting to it. Default: selection.
    bool truncating = false;
    std::optional<temporal::Temporal> truncated;
};

// Builds a value of `type` from `map` (keys as openCypher names them, case-insensitive).
// Throws EvalError (blamed on `at`) for an unknown key, a field of the wrong type or out
// of range, fields that do not go together, or a base value of the wrong type.
temporal::Temporal temporalFromMap(temporal::TemporalType type, const RuntimeValue::Map& map,
                                   SourceSpan at, const TemporalMapOptions& options = {});

// The current value of `type` at the statement's instant, in UTC or `zone`.
temporal::Temporal currentTemporal(temporal::TemporalType type, std::int64_t epochSeconds,
                                   std::int64_t nanoOfSecond, const temporal::ZoneSpec& zone);

// Rethrows a temporal::TemporalError as the EvalError a query reports.
[[noreturn]] void throwTemporalError(const std::exception& e, SourceSpan at);

}  // namespace newsgraph::query
