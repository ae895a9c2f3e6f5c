#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace newsgraph::temporal {

// openCypher's five instant types. See docs/query-language.md, "Temporal values".
enum class TemporalType : std::uint8_t { Date, LocalTime, Time, LocalDateTime, DateTime };

constexpr std::int64_t kNanosPerSecond = 1'000'000'000;
constexpr std::int64_t kSecondsPerDay = 86'400;
constexpr std::int64_t kNanosPerDay = kSecondsPerDay * kNanosPerSecond;

// A date, a time of day, or both, with an offset or a named zone for the types that have
// one. The fields a type lacks are zero. A DateTime keeps its local date and time and
// the offset in force there; its instant is local time minus offset. A small regular
// type (32 bytes): copyable, comparable field by field, safe to share across threads.
struct Temporal {
    TemporalType type = TemporalType::Date;
    std::int64_t epochDay = 0;        // Date, LocalDateTime, DateTime: days since 1970-01-01
    std::int64_t nanoOfDay = 0;       // the time types: 0 <= nanoOfDay < kNanosPerDay
    std::int32_t offsetSeconds = 0;   // Time, DateTime: local time minus UTC
    std::int32_t zoneId = kNoZone;    // DateTime with a named zone: a TimeZone id

    static constexpr std::int32_t kNoZone = -1;

    bool hasDate() const {
        return type == TemporalType::Date || type == TemporalType::LocalDateTime ||
               type == TemporalType::DateTime;
    }
    bool hasTime() const { return type != TemporalType::Date; }
    bool hasOffset() const { return type == TemporalType::Time || type == TemporalType::DateTime; }
    bool hasNamedZone() const { return zoneId != kNoZone; }

    friend bool operator==(const Temporal&, const Temporal&) = default;
};

// The name of a type as openCypher writes it: "Date", "LocalTime", "Time", ...
const char* typeName(TemporalType type);

// Where `a` lies against `b` on the time line: -1, 0 or 1. A DateTime or Time compares by
// its instant (12:00+01:00 and 11:00Z are at the same point), the others by date and
// time. REQUIRES: a.type == b.type.
int compareChronologically(const Temporal& a, const Temporal& b);
// A total order on one type, for sorting and grouping: chronological, then by local
// date and time, offset and zone, so that 0 means equal. REQUIRES: a.type == b.type.
int compareTotal(const Temporal& a, const Temporal& b);

// A value that no temporal of the asked type can hold, a string that is not one, or a
// zone that does not exist: the message says which, for the query error that reports it.
class TemporalError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace newsgraph::temporal
