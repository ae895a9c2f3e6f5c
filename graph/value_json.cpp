#include "graph/value_json.h"

#include "graph/temporal_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace newsgraph::graph {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                                 rapidjson::CrtAllocator, rapidjson::kWriteNanAndInfFlag>;

void write(Writer& w, const Value& v) {
    switch (v.kind()) {
        case Value::Kind::Null:
            w.Null();
            break;
        case Value::Kind::Bool:
            w.Bool(v.asBool());
            break;
        case Value::Kind::Int:
            w.Int64(v.asInt());
            break;
        case Value::Kind::Double:
            w.Double(v.asDouble());
            break;
        case Value::Kind::String:
            w.String(v.asString().data(), static_cast<rapidjson::SizeType>(v.asString().size()));
            break;
        case Value::Kind::List:
            w.StartArray();
            for (const auto& item : v.asList()) write(w, item);
            w.EndArray();
            break;
        case Value::Kind::Map:
            w.StartObject();
            for (const auto& [key, item] : v.asMap()) {
                w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
                write(w, item);
            }
            w.EndObject();
            break;
        case Value::Kind::Temporal:
        case Value::Kind::Duration: {
            const std::string_view key = temporalJsonKey(v);
            const std::string text = temporalJsonText(v);
            w.StartObject();
            w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
            w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
            w.EndObject();
            break;
        }
    }
}

}  // namespace

std::string valueToJson(const Value& value) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    write(w, value);
    return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace newsgraph::graph
