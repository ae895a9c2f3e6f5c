#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shell/query/functions.h"
#include "shell/query/runtime_value.h"
#include "shell/query/source_location.h"

namespace newsgraph::query {

// The one instant a statement reads for date(), datetime() and the other current-time
// forms, so that every call in it sees the same time (date.statement, date.transaction
// and date.realtime read it too: a statement is its own transaction here).
struct StatementClock {
    std::int64_t epochSeconds = 0;
    std::int64_t nanoOfSecond = 0;

    static StatementClock now();
};

// Calls one of the temporal functions: date, localtime, time, localdatetime, datetime
// (from nothing, a string, a map, or another temporal value) and their .truncate,
// .statement, .transaction and .realtime forms, datetime.fromepoch(millis), duration,
// duration.between, .inMonths, .inDays and .inSeconds. See docs/query-language.md,
// "Temporal values". Null arguments give null. Throws EvalError (blamed on `at`) for a
// malformed string, an out-of-range field, an unknown zone or a wrong argument type.
// REQUIRES: f.temporal and the arity was checked.
RuntimeValue callTemporal(const FunctionInfo& f, const std::vector<RuntimeValue>& args,
                          const StatementClock& clock, SourceSpan at);

// `value.field` for a temporal value or a duration: d.year, t.timezone, dur.minutes...
// Throws EvalError for a field the value's type does not have.
// REQUIRES: value.isTemporal() || value.isDuration().
RuntimeValue temporalField(const RuntimeValue& value, const std::string& field, SourceSpan at);

// `a op b` when either side is a temporal value or a duration: temporal ± duration,
// duration ± duration, duration * number, number * duration, duration / number. nullopt
// when neither side is one; throws EvalError for combinations openCypher does not define
// and on overflow.
std::optional<RuntimeValue> temporalArithmetic(const std::string& op, const RuntimeValue& a,
                                               const RuntimeValue& b, SourceSpan at);

}  // namespace newsgraph::query
