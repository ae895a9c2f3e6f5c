#include "graph/temporal_json.h"

#include "temporal/temporal_format.h"
#include "temporal/temporal_parse.h"

namespace newsgraph::graph {

namespace {

using temporal::TemporalType;

constexpr std::pair<std::string_view, TemporalType> kKeys[] = {
    {"$date", TemporalType::Date},
    {"$localtime", TemporalType::LocalTime},
    {"$time", TemporalType::Time},
    {"$localdatetime", TemporalType::LocalDateTime},
    {"$datetime", TemporalType::DateTime},
};
constexpr std::string_view kDurationKey = "$duration";

}  // namespace

std::string_view temporalJsonKey(const Value& v) {
    if (v.isDuration()) return kDurationKey;
    for (const auto& [key, type] : kKeys) {
        if (type == v.asTemporal().type) return key;
    }
    return kDurationKey;
}

std::string temporalJsonText(const Value& v) {
    if (v.isDuration()) return temporal::formatDuration(v.asDuration());
    return temporal::formatTemporal(v.asTemporal());
}

std::optional<Value> temporalFromJson(std::string_view key, std::string_view text) {
    try {
        if (key == kDurationKey) return Value(temporal::parseDuration(text));
        for (const auto& [name, type] : kKeys) {
            if (name == key) return Value(temporal::parseTemporal(type, text));
        }
    } catch (const temporal::TemporalError&) {
        // Not a value of the type (or a zone this machine lacks): an ordinary map.
    }
    return std::nullopt;
}

}  // namespace newsgraph::graph
