#pragma once

#include <cstdint>
#include <string>

#include "temporal/duration.h"
#include "temporal/temporal.h"

namespace newsgraph::temporal {

// The ISO 8601 text openCypher gives a value (and the TCK expects):
//   Date           1984-10-11 (years beyond 9999 signed: +10000-01-01)
//   LocalTime      12:31:14.645876123 (seconds only when not zero; fractions in 3, 6 or 9 digits)
//   Time           12:31:14+01:00, 12:00Z
//   LocalDateTime  1984-10-11T12:31
//   DateTime       1984-10-11T12:31+01:00[Europe/Stockholm]
// Each string reads back to the same value with parseTemporal.
std::string formatTemporal(const Temporal& t);

// An offset as ISO 8601 writes it: Z, +01:00, -02:05:07.
std::string formatOffset(std::int32_t offsetSeconds);

// A duration as openCypher writes it: P12Y5M14DT16H13M10.000000001S, PT0S for none.
// Each unit has its own sign (P1M-14D); the fraction has no trailing zeros.
std::string formatDuration(const Duration& d);

}  // namespace newsgraph::temporal
