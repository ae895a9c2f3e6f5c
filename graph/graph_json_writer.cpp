// graph.json writer: RapidJSON's streaming Writer over a buffered FILE*.
// See docs/graph-json.md for the format.
#include <rapidjson/filewritestream.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "graph/atomic_file.h"
#include "graph/graph_check.h"
#include "graph/graph_json.h"
#include "graph/news_schema.h"
#include "graph/temporal_json.h"

namespace newsgraph::graph {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::FileWriteStream, rapidjson::UTF8<>,
                                     rapidjson::UTF8<>, rapidjson::CrtAllocator,
                                     rapidjson::kWriteNanAndInfFlag>;

void writeString(JsonWriter& w, std::string_view s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void writeValue(JsonWriter& w, const Value& v) {
    switch (v.kind()) {
        case Value::Kind::Null: w.Null(); break;
        case Value::Kind::Bool: w.Bool(v.asBool()); break;
        case Value::Kind::Int: w.Int64(v.asInt()); break;
        case Value::Kind::Double: w.Double(v.asDouble()); break;
        case Value::Kind::String: writeString(w, v.asString()); break;
        case Value::Kind::List:
            w.StartArray();
            for (const auto& item : v.asList()) writeValue(w, item);
            w.EndArray();
            break;
        case Value::Kind::Map:
            w.StartObject();
            for (const auto& [key, item] : v.asMap()) {
                writeString(w, key);
                writeValue(w, item);
            }
            w.EndObject();
            break;
        case Value::Kind::Temporal:
        case Value::Kind::Duration:
            w.StartObject();
            writeString(w, temporalJsonKey(v));
            writeString(w, temporalJsonText(v));
            w.EndObject();
            break;
    }
}

bool isTopLevelField(std::string_view key) {
    auto fields = topLevelNodeFields();
    return std::find(fields.begin(), fields.end(), key) != fields.end();
}

void writeArticles(JsonWriter& w, rapidjson::FileWriteStream& out, const PropertyGraph& graph) {
    writeString(w, "articles");
    w.StartArray();
    for (auto v : graph.nodesWithLabel(std::string(labelOf(NodeKind::Article)))) {
        const NodeRecord& node = graph.node(v);
        // An Article node made by a query may have no key; it is still written in nodes[],
        // but articles[] lists only what mentions can name.
        if (!node.property("key").isString()) continue;
        out.Put('\n');
        w.StartObject();
        writeString(w, "id");
        writeValue(w, node.property("key"));
        for (const char* field : {"file", "title", "date", "source", "url"}) {
            writeString(w, field);
            writeValue(w, node.property(field));
        }
        w.EndObject();
    }
    w.EndArray();
}

void writeNode(JsonWriter& w, const NodeRecord& node) {
    const std::optional<NodeKind> kind = nodeKindOf(node);
    w.StartObject();
    writeString(w, "id");
    w.Int64(node.id);
    writeString(w, "type");
    if (kind) {
        writeString(w, jsonTypeOf(*kind));
    } else {
        w.Null();
    }
    // Labels beyond the one the type gives.
    std::vector<std::string_view> labels;
    bool typeLabelSkipped = false;
    for (const auto& label : node.labels) {
        if (kind && !typeLabelSkipped && label == labelOf(*kind)) {
            typeLabelSkipped = true;
            continue;
        }
        labels.push_back(label);
    }
    if (!labels.empty()) {
        writeString(w, "labels");
        w.StartArray();
        for (auto label : labels) writeString(w, label);
        w.EndArray();
    }
    for (auto field : topLevelNodeFields()) {
        auto it = node.properties.find(std::string(field));
        if (it != node.properties.end()) {
            writeString(w, field);
            writeValue(w, it->second);
        }
    }
    if (kind == NodeKind::Figure) {  // the contract requires these, null when unknown
        for (auto field : requiredFigureFields()) {
            if (!node.properties.count(std::string(field))) {
                writeString(w, field);
                w.Null();
            }
        }
    } else if (kind && *kind != NodeKind::Article) {
        if (!node.properties.count("aliases")) {
            writeString(w, "aliases");
            w.StartArray();
            w.EndArray();
        }
    }
    bool hasOther = std::any_of(node.properties.begin(), node.properties.end(),
                                [](const auto& entry) { return !isTopLevelField(entry.first); });
    if (hasOther) {
        writeString(w, "properties");
        w.StartObject();
        for (const auto& [key, value] : node.properties) {
            if (isTopLevelField(key)) continue;
            writeString(w, key);
            writeValue(w, value);
        }
        w.EndObject();
    }
    writeString(w, "mentions");
    w.StartArray();
    for (const auto& mention : node.mentions) {
        w.StartObject();
        writeString(w, "article");
        writeString(w, mention.source);
        writeString(w, "begin");
        w.Uint(mention.begin);
        writeString(w, "end");
        w.Uint(mention.end);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

void writeEdge(JsonWriter& w, const PropertyGraph& graph, PropertyGraph::Edge e) {
    const EdgeRecord& edge = graph.edge(e);
    w.StartObject();
    writeString(w, "id");
    w.Int64(edge.id);
    writeString(w, "from");
    w.Int64(graph.node(graph.source(e)).id);
    writeString(w, "to");
    w.Int64(graph.node(graph.target(e)).id);
    writeString(w, "type");
    writeString(w, jsonTypeFromRelType(edge.type));
    const Value& article = edge.property("article");
    if (article.isString()) {
        writeString(w, "article");
        writeString(w, article.asString());
    }
    bool hasOther = edge.properties.size() > (article.isString() ? 1u : 0u);
    if (hasOther) {
        writeString(w, "properties");
        w.StartObject();
        for (const auto& [key, value] : edge.properties) {
            if (key == "article" && value.isString()) continue;
            writeString(w, key);
            writeValue(w, value);
        }
        w.EndObject();
    }
    w.EndObject();
}

}  // namespace

bool writeGraphJson(const PropertyGraph& graph, std::FILE* file, std::string& error) {
    // Nothing is written that the reader would refuse: saved work must stay readable.
    if (auto reason = unwritableReason(graph)) {
        error = *reason;
        return false;
    }
    char buffer[1 << 16];
    rapidjson::FileWriteStream out(file, buffer, sizeof buffer);
    JsonWriter w(out);
    w.StartObject();
    writeString(w, "format");
    writeString(w, "newsgraph-1");
    writeArticles(w, out, graph);
    writeString(w, "nodes");
    w.StartArray();
    for (std::size_t v = 0; v < graph.nodeCount(); ++v) {
        out.Put('\n');
        writeNode(w, graph.node(v));
    }
    w.EndArray();
    writeString(w, "edges");
    w.StartArray();
    for (auto e : graph.edges()) {
        out.Put('\n');
        writeEdge(w, graph, e);
    }
    w.EndArray();
    w.EndObject();
    out.Put('\n');
    out.Flush();
    if (std::ferror(file)) {
        error = std::strerror(errno);
        return false;
    }
    return true;
}

Status saveGraphJson(const PropertyGraph& graph, const std::string& path) {
    return writeFileAtomically(path, [&](std::FILE* file, std::string& error) {
        return writeGraphJson(graph, file, error);
    });
}

}  // namespace newsgraph::graph
