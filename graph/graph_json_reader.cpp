// graph.json reader: RapidJSON's SAX Reader. Each article, node and edge is assembled
// as a small Value on its own and added to the graph, so memory stays proportional to
// the graph, never to a DOM of the file. See docs/graph-json.md.
#include <rapidjson/error/en.h>
#include <rapidjson/filereadstream.h>
#include <rapidjson/reader.h>

#include <cerrno>
#include <cstring>
#include <limits>

#include "graph/graph_json.h"
#include "graph/news_graph.h"
#include "graph/news_schema.h"

namespace newsgraph::graph {

namespace {

// Builds one JSON value (and everything nested in it) from SAX events.
class ValueBuilder {
public:
    bool active() const { return !stack_.empty() || done_; }
    bool done() const { return done_; }
    Value take() {
        done_ = false;
        return std::move(result_);
    }

    void scalar(Value v) { insert(std::move(v)); }
    void start(Value container) {
        stack_.push_back({std::move(container), {}});
    }
    void key(std::string k) { stack_.back().pendingKey = std::move(k); }
    void end() {
        Value finished = std::move(stack_.back().container);
        stack_.pop_back();
        insert(std::move(finished));
    }

private:
    struct Frame {
        Value container;
        std::string pendingKey;
    };

    void insert(Value v) {
        if (stack_.empty()) {
            result_ = std::move(v);
            done_ = true;
            return;
        }
        Frame& top = stack_.back();
        if (top.container.isList()) {
            top.container.asList().push_back(std::move(v));
        } else {
            top.container.asMap()[top.pendingKey] = std::move(v);
        }
    }

    std::vector<Frame> stack_;
    Value result_;
    bool done_ = false;
};

enum class Section { None, Articles, Nodes, Edges };

struct PendingEdge {
    std::size_t offset;
    NodeId from;
    NodeId to;
    EdgeId id;
    std::string type;
    PropertyMap properties;
};

class GraphJsonHandler
    : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, GraphJsonHandler> {
public:
    GraphJsonHandler(rapidjson::FileReadStream& in, PropertyGraph& graph)
        : in_(in), graph_(graph) {}

    bool Null() { return scalar(Value()); }
    bool Bool(bool b) { return scalar(Value(b)); }
    bool Int(int i) { return scalar(Value(static_cast<std::int64_t>(i))); }
    bool Uint(unsigned u) { return scalar(Value(static_cast<std::int64_t>(u))); }
    bool Int64(std::int64_t i) { return scalar(Value(i)); }
    bool Uint64(std::uint64_t u) {
        if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            return scalar(Value(static_cast<double>(u)));
        }
        return scalar(Value(static_cast<std::int64_t>(u)));
    }
    bool Double(double d) { return scalar(Value(d)); }
    bool String(const char* s, rapidjson::SizeType n, bool) {
        return scalar(Value(std::string(s, n)));
    }
    bool Key(const char* s, rapidjson::SizeType n, bool) {
        if (builder_.active()) {
            builder_.key(std::string(s, n));
        } else {
            topKey_.assign(s, n);
        }
        return true;
    }
    bool StartObject() { return startContainer(Value(Value::Map{})); }
    bool StartArray() { return startContainer(Value(Value::List{})); }
    bool EndObject(rapidjson::SizeType) { return endContainer(); }
    bool EndArray(rapidjson::SizeType) { return endContainer(); }

    // Adds the edges and the articles not already present as nodes; false on error.
    bool finish();

    const std::string& error() const { return error_; }
    std::size_t errorOffset() const { return errorOffset_; }

private:
    bool fail(std::string message) {
        if (error_.empty()) {
            error_ = std::move(message);
            errorOffset_ = elementOffset_;
        }
        return false;
    }

    bool scalar(Value v) {
        if (depth_ == 0) return fail("the document is not a JSON object");
        if (!builder_.active()) {
            if (section_ != Section::None) return fail(elementName() + " is not an object");
            elementOffset_ = in_.Tell();
        }
        builder_.scalar(std::move(v));
        return complete();
    }

    bool startContainer(Value container) {
        if (depth_ == 0) {
            if (!container.isMap()) return fail("the document is not a JSON object");
            depth_ = 1;
            return true;
        }
        if (!builder_.active()) {
            if (depth_ == 1 && container.isList()) {
                section_ = topKey_ == "articles" ? Section::Articles
                           : topKey_ == "nodes"  ? Section::Nodes
                           : topKey_ == "edges"  ? Section::Edges
                                                 : Section::None;
                if (section_ != Section::None) {
                    depth_ = 2;
                    elementIndex_ = 0;
                    return true;
                }
            }
            if (section_ != Section::None && !container.isMap()) {
                return fail(elementName() + " is not an object");
            }
            elementOffset_ = in_.Tell() - 1;  // at the opening bracket
        }
        builder_.start(std::move(container));
        return true;
    }

    bool endContainer() {
        if (builder_.active()) {
            builder_.end();
            return complete();
        }
        if (depth_ == 2) {  // a section array closes
            depth_ = 1;
            section_ = Section::None;
            return true;
        }
        depth_ = 0;
        return true;
    }

    // Called after each value: hands a finished element to its section.
    bool complete() {
        if (!builder_.done()) return true;
        Value element = builder_.take();  // owned here: sections move out of it
        bool ok = true;
        switch (section_) {
            case Section::None: ok = topLevel(element); break;
            case Section::Articles: ok = article(element); break;
            case Section::Nodes: ok = node(element); break;
            case Section::Edges: ok = edge(element); break;
        }
        ++elementIndex_;
        return ok;
    }

    std::string elementName() const {
        const char* what = section_ == Section::Articles ? "articles"
                           : section_ == Section::Nodes  ? "nodes"
                                                         : "edges";
        return std::string(what) + "[" + std::to_string(elementIndex_) + "]";
    }

    bool topLevel(const Value& v) {
        if (topKey_ == "format" && !(v.isString() && v.asString() == "newsgraph-1")) {
            return fail("unknown format " + v.toDisplayString() + " (expected \"newsgraph-1\")");
        }
        return true;
    }

    bool article(Value& v);
    bool node(Value& v);
    bool edge(Value& v);

    rapidjson::FileReadStream& in_;
    PropertyGraph& graph_;
    ValueBuilder builder_;
    int depth_ = 0;
    Section section_ = Section::None;
    std::string topKey_;
    std::size_t elementIndex_ = 0;
    std::size_t elementOffset_ = 0;
    std::vector<PendingEdge> edges_;
    std::vector<Value::Map> articles_;
    std::string error_;
    std::size_t errorOffset_ = 0;
};

const Value* field(const Value::Map& map, const char* key) {
    auto it = map.find(key);
    return it == map.end() ? nullptr : &it->second;
}

bool GraphJsonHandler::article(Value& v) {
    const Value* id = field(v.asMap(), "id");
    if (!id || !id->isString()) return fail(elementName() + " has no string \"id\"");
    articles_.push_back(std::move(v.asMap()));
    return true;
}

bool GraphJsonHandler::node(Value& v) {
    Value::Map& map = v.asMap();
    const Value* id = field(map, "id");
    if (!id || !id->isInt()) return fail(elementName() + " has no integer \"id\"");
    if (graph_.findNode(id->asInt())) {
        return fail(elementName() + " repeats node id " + std::to_string(id->asInt()));
    }
    std::vector<std::string> labels;
    if (const Value* type = field(map, "type"); type && !type->isNull()) {
        if (!type->isString()) return fail(elementName() + " has a \"type\" that is not a string");
        auto kind = nodeKindFromJsonType(type->asString());
        labels.push_back(kind ? std::string(labelOf(*kind)) : type->asString());
    }
    if (const Value* extra = field(map, "labels")) {
        if (!extra->isList()) return fail(elementName() + " has \"labels\" that is not a list");
        for (const auto& label : extra->asList()) {
            if (!label.isString()) return fail(elementName() + " has a label that is not a string");
            labels.push_back(label.asString());
        }
    }
    PropertyMap properties;
    for (auto& [key, value] : map) {
        if (key == "id" || key == "type" || key == "labels" || key == "mentions") continue;
        if (key == "properties") {
            if (!value.isMap()) return fail(elementName() + " has \"properties\" that is not an object");
            for (auto& [k, item] : value.asMap()) properties[k] = std::move(item);
            continue;
        }
        properties[key] = std::move(value);
    }
    auto vertex = graph_.addNode(std::move(labels), std::move(properties), id->asInt());
    if (const Value* mentions = field(map, "mentions")) {
        if (!mentions->isList()) return fail(elementName() + " has \"mentions\" that is not a list");
        for (const auto& m : mentions->asList()) {
            const Value* article = m.isMap() ? field(m.asMap(), "article") : nullptr;
            const Value* begin = m.isMap() ? field(m.asMap(), "begin") : nullptr;
            const Value* end = m.isMap() ? field(m.asMap(), "end") : nullptr;
            if (!article || !article->isString() || !begin || !begin->isInt() || !end ||
                !end->isInt() || begin->asInt() < 0 || end->asInt() < begin->asInt() ||
                end->asInt() > std::numeric_limits<std::uint32_t>::max()) {
                return fail(elementName() +
                            " has a mention without a string \"article\" and a valid "
                            "\"begin\" <= \"end\"");
            }
            graph_.addMention(vertex, Mention{article->asString(),
                                              static_cast<std::uint32_t>(begin->asInt()),
                                              static_cast<std::uint32_t>(end->asInt())});
        }
    }
    return true;
}

bool GraphJsonHandler::edge(Value& v) {
    Value::Map& map = v.asMap();
    const Value* from = field(map, "from");
    const Value* to = field(map, "to");
    const Value* type = field(map, "type");
    if (!from || !from->isInt() || !to || !to->isInt()) {
        return fail(elementName() + " needs integer \"from\" and \"to\"");
    }
    if (!type || !type->isString() || type->asString().empty()) {
        return fail(elementName() + " has no \"type\"");
    }
    const Value* id = field(map, "id");
    if (id && !id->isInt()) return fail(elementName() + " has an \"id\" that is not an integer");
    PendingEdge pending{elementOffset_, from->asInt(), to->asInt(),
                        id ? id->asInt() : PropertyGraph::kAutoId,
                        relTypeFromJsonType(type->asString()), {}};
    for (auto& [key, value] : map) {
        if (key == "id" || key == "from" || key == "to" || key == "type") continue;
        if (key == "properties") {
            if (!value.isMap()) return fail(elementName() + " has \"properties\" that is not an object");
            for (auto& [k, item] : value.asMap()) pending.properties[k] = std::move(item);
            continue;
        }
        pending.properties[key] = std::move(value);
    }
    edges_.push_back(std::move(pending));
    return true;
}

bool GraphJsonHandler::finish() {
    for (auto& pending : edges_) {
        auto from = graph_.findNode(pending.from);
        auto to = graph_.findNode(pending.to);
        if (!from || !to) {
            elementOffset_ = pending.offset;
            return fail("an edge refers to node " +
                        std::to_string(from ? pending.to : pending.from) +
                        ", which the file does not define");
        }
        if (pending.id != PropertyGraph::kAutoId && graph_.findEdge(pending.id)) {
            elementOffset_ = pending.offset;
            return fail("edge id " + std::to_string(pending.id) + " is used twice");
        }
        graph_.addEdge(*from, *to, std::move(pending.type), std::move(pending.properties),
                       pending.id);
    }
    NewsGraph news(graph_);
    for (const auto& article : articles_) {
        ArticleInfo info;
        info.key = article.at("id").asString();
        auto text = [&](const char* key) {
            const Value* v = field(article, key);
            return v && v->isString() ? v->asString() : std::string();
        };
        info.file = text("file");
        info.title = text("title");
        info.date = text("date");
        info.source = text("source");
        info.url = text("url");
        news.addArticle(info);  // no-op when the nodes already hold this article
    }
    return true;
}

}  // namespace

Status readGraphJson(std::FILE* file, const std::string& name, PropertyGraph& graph) {
    char buffer[1 << 16];
    rapidjson::FileReadStream in(file, buffer, sizeof buffer);
    GraphJsonHandler handler(in, graph);
    rapidjson::Reader reader;
    constexpr unsigned kFlags = rapidjson::kParseNanAndInfFlag | rapidjson::kParseFullPrecisionFlag |
                                rapidjson::kParseValidateEncodingFlag;
    rapidjson::ParseResult result = reader.Parse<kFlags>(in, handler);
    std::string message;
    std::size_t offset = 0;
    if (!handler.error().empty()) {
        message = handler.error();
        offset = handler.errorOffset();
    } else if (result.IsError()) {
        message = rapidjson::GetParseError_En(result.Code());
        if (!message.empty() && message.back() == '.') message.pop_back();
        message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
        offset = result.Offset();
    } else if (!handler.finish()) {
        message = handler.error();
        offset = handler.errorOffset();
    }
    if (!message.empty()) {
        graph = PropertyGraph();
        return Status::error(name + ": offset " + std::to_string(offset) + ": " + message);
    }
    return Status::ok();
}

Status loadGraphJson(const std::string& path, PropertyGraph& graph) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return Status::error(path + ": " + std::strerror(errno));
    Status status = readGraphJson(file, path, graph);
    std::fclose(file);
    return status;
}

}  // namespace newsgraph::graph
