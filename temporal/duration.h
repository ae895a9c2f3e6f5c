#pragma once

#include <cstdint>
#include <string>

namespace newsgraph::temporal {

// An openCypher duration: months, days and seconds kept apart, because a month and a
// day have no fixed length in seconds. `nanos` is always 0..999,999,999 and carries the
// sign of nothing: -1.5 s is seconds -2, nanos 500,000,000 (as java.time keeps it).
// Equality is field by field (PT1H = PT60M, but P1D != PT24H).
struct Duration {
    std::int64_t months = 0;
    std::int64_t days = 0;
    std::int64_t seconds = 0;
    std::int32_t nanos = 0;

    friend bool operator==(const Duration&, const Duration&) = default;
};

// A total order for sorting and grouping: months, then days, then seconds and nanos.
// (Durations have no chronological order: P1M and P30D are incomparable.)
int compareFields(const Duration& a, const Duration& b);

// The components of a duration as a map or string gives them, each possibly
// fractional. A fraction of a larger unit flows into the smaller ones: half a year is
// six months, a fraction of a month is that share of an average month (2,629,746 s,
// split into whole days and seconds), a fraction of a day 86,400 s of it.
struct DurationComponents {
    long double years = 0, months = 0, weeks = 0, days = 0;
    long double hours = 0, minutes = 0, seconds = 0;
    long double milliseconds = 0, microseconds = 0, nanoseconds = 0;
};

// The duration the components sum to, rounded to the nanosecond.
// Throws TemporalError when a field overflows 64 bits.
Duration makeDuration(const DurationComponents& components);

// Arithmetic field by field; every operation throws TemporalError on overflow.
Duration add(const Duration& a, const Duration& b);
Duration subtract(const Duration& a, const Duration& b);
Duration negate(const Duration& d);
// Scales each field; fractions flow into the smaller units as in makeDuration.
// Throws TemporalError for a non-finite factor or on overflow.
Duration multiply(const Duration& d, long double factor);
// REQUIRES: nothing; throws TemporalError when divisor is 0 (or on overflow).
Duration divide(const Duration& d, long double divisor);

// The seconds and nanoseconds as one signed count of nanoseconds (128 bits: a duration
// may span more than 292 years of seconds).
__int128 totalNanos(const Duration& d);
// The seconds part of a duration from a signed nanosecond count.
// Throws TemporalError when it does not fit.
Duration fromNanos(std::int64_t months, std::int64_t days, __int128 nanos);

}  // namespace newsgraph::temporal
