#include "temporal/duration.h"

#include <cmath>

#include "temporal/temporal.h"

namespace newsgraph::temporal {

namespace {

constexpr std::int64_t kSecondsPerAverageMonth = 2'629'746;  // 365.2425 days / 12
constexpr __int128 kInt64Max = INT64_MAX;
constexpr __int128 kInt64Min = INT64_MIN;

[[noreturn]] void overflow() { throw TemporalError("the duration is too large"); }

std::int64_t checked(__int128 v) {
    if (v > kInt64Max || v < kInt64Min) overflow();
    return static_cast<std::int64_t>(v);
}

// The whole part of a component, exactly (a 64-bit integer converts to long double without
// loss), and what is left.
struct Split {
    __int128 whole;
    long double fraction;
};
Split split(long double v) {
    if (!std::isfinite(v)) throw TemporalError("a duration component must be finite");
    const long double whole = std::trunc(v);
    if (std::fabs(whole) >= 1.7e38L) overflow();
    return {static_cast<__int128>(whole), v - whole};
}

// Nearest integer, halves towards zero: a nanosecond is never invented by halving an odd
// count (PT1.000000001S / 2 is PT0.5S).
__int128 roundHalfTowardZero(long double v) {
    const long double whole = std::trunc(v);
    const long double rest = v - whole;
    __int128 out = static_cast<__int128>(whole);
    if (rest > 0.5L) ++out;
    if (rest < -0.5L) --out;
    return out;
}

}  // namespace

int compareFields(const Duration& a, const Duration& b) {
    if (a.months != b.months) return a.months < b.months ? -1 : 1;
    if (a.days != b.days) return a.days < b.days ? -1 : 1;
    if (a.seconds != b.seconds) return a.seconds < b.seconds ? -1 : 1;
    if (a.nanos != b.nanos) return a.nanos < b.nanos ? -1 : 1;
    return 0;
}

__int128 totalNanos(const Duration& d) {
    return static_cast<__int128>(d.seconds) * kNanosPerSecond + d.nanos;
}

Duration fromNanos(std::int64_t months, std::int64_t days, __int128 nanos) {
    __int128 seconds = nanos / kNanosPerSecond;
    __int128 rest = nanos % kNanosPerSecond;
    if (rest < 0) {
        rest += kNanosPerSecond;
        --seconds;
    }
    return {months, days, checked(seconds), static_cast<std::int32_t>(rest)};
}

Duration makeDuration(const DurationComponents& c) {
    if (std::fabs(c.years) > 1e18L || std::fabs(c.months) > 1e19L) overflow();
    const Split months = split(c.years * 12 + c.months);
    const Split days = split(c.weeks * 7 + c.days);
    // A fraction of a month is that share of an average month, in whole days and seconds.
    const Split monthSeconds = split(months.fraction * kSecondsPerAverageMonth);
    const __int128 monthDays = monthSeconds.whole / kSecondsPerDay;
    const __int128 monthRestSeconds = monthSeconds.whole % kSecondsPerDay;

    struct Part {
        long double value;
        std::int64_t nanosPerUnit;
    };
    const Part parts[] = {{c.hours, 3600 * kNanosPerSecond},
                          {c.minutes, 60 * kNanosPerSecond},
                          {c.seconds, kNanosPerSecond},
                          {c.milliseconds, 1'000'000},
                          {c.microseconds, 1'000},
                          {c.nanoseconds, 1}};
    __int128 nanos = (monthRestSeconds + 0) * kNanosPerSecond;
    long double fractionNanos = monthSeconds.fraction * kNanosPerSecond +
                                days.fraction * (kSecondsPerDay * kNanosPerSecond);
    for (const Part& part : parts) {
        const Split s = split(part.value);
        if (s.whole > kInt64Max || s.whole < kInt64Min) overflow();
        nanos += s.whole * part.nanosPerUnit;
        fractionNanos += s.fraction * part.nanosPerUnit;
    }
    nanos += roundHalfTowardZero(fractionNanos);
    return fromNanos(checked(months.whole), checked(days.whole + monthDays), nanos);
}

Duration add(const Duration& a, const Duration& b) {
    return fromNanos(checked(static_cast<__int128>(a.months) + b.months),
                     checked(static_cast<__int128>(a.days) + b.days),
                     totalNanos(a) + totalNanos(b));
}

Duration negate(const Duration& d) {
    return fromNanos(checked(-static_cast<__int128>(d.months)),
                     checked(-static_cast<__int128>(d.days)), -totalNanos(d));
}

Duration subtract(const Duration& a, const Duration& b) { return add(a, negate(b)); }

Duration multiply(const Duration& d, long double factor) {
    if (!std::isfinite(factor)) throw TemporalError("a duration can only be scaled by a finite number");
    DurationComponents c;
    c.months = static_cast<long double>(d.months) * factor;
    c.days = static_cast<long double>(d.days) * factor;
    c.seconds = static_cast<long double>(d.seconds) * factor;
    c.nanoseconds = static_cast<long double>(d.nanos) * factor;
    return makeDuration(c);
}

Duration divide(const Duration& d, long double divisor) {
    if (divisor == 0) throw TemporalError("a duration cannot be divided by zero");
    DurationComponents c;
    c.months = static_cast<long double>(d.months) / divisor;
    c.days = static_cast<long double>(d.days) / divisor;
    c.seconds = static_cast<long double>(d.seconds) / divisor;
    c.nanoseconds = static_cast<long double>(d.nanos) / divisor;
    return makeDuration(c);
}

}  // namespace newsgraph::temporal
