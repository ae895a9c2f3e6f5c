#include "temporal/temporal.h"

namespace newsgraph::temporal {

const char* typeName(TemporalType type) {
    switch (type) {
        case TemporalType::Date: return "Date";
        case TemporalType::LocalTime: return "LocalTime";
        case TemporalType::Time: return "Time";
        case TemporalType::LocalDateTime: return "LocalDateTime";
        case TemporalType::DateTime: return "DateTime";
    }
    return "Temporal";
}

namespace {

template <typename T>
int threeWay(const T& a, const T& b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Nanoseconds since 1970-01-01T00:00 (local, or UTC for the types with an offset).
__int128 timeLine(const Temporal& t) {
    const __int128 local = static_cast<__int128>(t.epochDay) * kNanosPerDay + t.nanoOfDay;
    if (!t.hasOffset()) return local;
    return local - static_cast<__int128>(t.offsetSeconds) * kNanosPerSecond;
}

}  // namespace

int compareChronologically(const Temporal& a, const Temporal& b) {
    return threeWay(timeLine(a), timeLine(b));
}

int compareTotal(const Temporal& a, const Temporal& b) {
    if (int c = compareChronologically(a, b)) return c;
    if (int c = threeWay(a.epochDay, b.epochDay)) return c;
    if (int c = threeWay(a.nanoOfDay, b.nanoOfDay)) return c;
    if (int c = threeWay(a.offsetSeconds, b.offsetSeconds)) return c;
    return threeWay(a.zoneId, b.zoneId);
}

}  // namespace newsgraph::temporal
