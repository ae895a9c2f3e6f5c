#pragma once

#include <string_view>

#include "temporal/duration.h"
#include "temporal/temporal.h"
#include "temporal/zoned.h"

namespace newsgraph::temporal {

// Reads the ISO 8601 forms openCypher accepts, in basic (20150721) or extended
// (2015-07-21) format:
//   dates      2015-07-21, 2015-07, 2015-W30-2, 2015-W30, 2015-202, 2015, and signed
//              years of more digits (-999999999-01-01)
//   times      21:40:32.142, 21:40:32, 21:40, 21 (a fraction of up to 9 digits, '.' or ',')
//   offsets    Z, +01:00, +0100, +01, +02:05:59
//   zones      [Europe/Stockholm] after a date-time, with or without an offset
// Date: a date. LocalTime: a time. Time: a time and an offset (default Z).
// LocalDateTime: a date, then T and a time. DateTime: that, an offset and/or a zone
// (default Z). The time may be left out of both date-times (midnight).
// Throws TemporalError naming the text when it is not such a value or a field is out
// of range (2015-02-30, 24:00).
Temporal parseTemporal(TemporalType type, std::string_view text);

// A duration: PnYnMnWnDTnHnMnS (any unit may be left out, each a signed number with an
// optional fraction), or the date-time form P2012-02-02T14:37:21.545.
// Throws TemporalError when text is not one.
Duration parseDuration(std::string_view text);

// A time zone as a `timezone` field gives it: an offset (as above, 'Z' included) or a
// tz database name. Throws TemporalError for neither or an unknown zone.
ZoneSpec parseZone(std::string_view text);

}  // namespace newsgraph::temporal
