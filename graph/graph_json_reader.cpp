// graph.json reader: RapidJSON's SAX Reader. Each article, node and edge is assembled
// as a small Value on its own and added to the graph, so memory stays proportional to
// the graph, never to a DOM of the file. See docs/graph-json.md.
#include <rapidjson/error/en.h>
#include <rapidjson/filereadstream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <limits>

#include "graph/graph_check.h"
#include "graph/graph_json.h"
#include "graph/news_graph.h"
#include "graph/news_schema.h"
#include "graph/temporal_json.h"
#include "graph/utf8.h"

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
        // {"$date": "1984-10-11"} and its kin are temporal values (temporal_json.h).
        if (finished.isMap() && finished.asMap().size() == 1) {
            const auto& [key, item] = *finished.asMap().begin();
            if (item.isString() && !key.empty() && key[0] == '$') {
                if (auto temporal = temporalFromJson(key, item.asString())) finished = *temporal;
            }
        }
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
    // With `collectAll`, consistency problems are collected and reading goes on (for
    // `newsgraph check`); otherwise the first problem ends the read.
    GraphJsonHandler(rapidjson::FileReadStream& in, PropertyGraph& graph, bool collectAll)
        : in_(in), graph_(graph), collectAll_(collectAll) {}

    bool Null() { return scalar(Value()); }
    bool Bool(bool b) { return scalar(Value(b)); }
    // Numbers arrive as text (kParseNumbersAsStringsFlag) and are converted here:
    // RapidJSON 1.1's own full-precision conversion reads out of bounds on a fraction
    // with hundreds of zeros ("0.000…0", found by fuzzing), and std::from_chars rounds
    // correctly, so every double the writer wrote reads back the same.
    bool RawNumber(const char* s, rapidjson::SizeType n, bool) {
        const char* end = s + n;
        if (std::find_if(s, end, [](char c) { return c == '.' || c == 'e' || c == 'E' ||
                                                   c == 'N' || c == 'I'; }) == end) {
            std::int64_t i = 0;
            auto [ptr, ec] = std::from_chars(s, end, i);
            if (ec == std::errc() && ptr == end) return scalar(Value(i));
        }
        double d = 0;
        auto [ptr, ec] = std::from_chars(s, end, d);
        if (ptr != end) return problemAt(in_.Tell(), "the number " + std::string(s, n) + " cannot be read");
        if (ec == std::errc::result_out_of_range) {
            // from_chars leaves d unset; strtod tells an underflow (zero or subnormal)
            // from an overflow (infinity), which is refused.
            d = std::strtod(std::string(s, n).c_str(), nullptr);
            if (std::isinf(d)) {
                return problemAt(in_.Tell(), "the number " + std::string(s, n) + " is too big for a double");
            }
        }
        return scalar(Value(d));
    }
    bool String(const char* s, rapidjson::SizeType n, bool) {
        if (!goodString(s, n)) return false;
        return scalar(Value(std::string(s, n)));
    }
    bool Key(const char* s, rapidjson::SizeType n, bool) {
        if (!goodString(s, n)) return false;
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

    // Adds the edges and the articles not already present as nodes, then checks what
    // spans elements (mentions against articles); false on a problem.
    bool finish();

    // Every problem found, in the order found: (byte offset, message).
    const std::vector<std::pair<std::size_t, std::string>>& problems() const { return problems_; }

private:
    // A problem that ends the read: the file cannot be followed past it.
    bool fail(std::string message) { return failAt(elementOffset_, std::move(message)); }
    bool failAt(std::size_t offset, std::string message) {
        problems_.emplace_back(offset, std::move(message));
        return false;
    }
    // An inconsistency: the read goes on only when collecting every problem.
    bool problem(std::string message) { return problemAt(elementOffset_, std::move(message)); }
    bool problemAt(std::size_t offset, std::string message) {
        problems_.emplace_back(offset, std::move(message));
        return collectAll_;
    }

    bool goodString(const char* s, rapidjson::SizeType n) {
        if (n > kMaxStringBytes) {
            return failAt(in_.Tell(), "a string of " + std::to_string(n) +
                                          " bytes is over the limit of " +
                                          std::to_string(kMaxStringBytes));
        }
        // RapidJSON validates the bytes; this also refuses what \u escapes can make
        // that UTF-8 cannot hold (a lone surrogate).
        if (findInvalidUtf8(std::string_view(s, n)) != std::string_view::npos) {
            return failAt(in_.Tell(), "a string is not valid UTF-8");
        }
        return true;
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
        // RapidJSON's reader recurses once per level: a limit keeps a deep file from
        // exhausting the stack, and deeper values could not be written back anyway.
        if (++nesting_ > kMaxDocumentDepth) {
            return failAt(in_.Tell() - 1, "lists and objects nest deeper than " +
                                              std::to_string(kMaxDocumentDepth) +
                                              " levels (the limit)");
        }
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
        --nesting_;
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
        if (topKey_ != "format") return true;
        sawFormat_ = true;
        if (!(v.isString() && v.asString() == "newsgraph-1")) {
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
    bool collectAll_;
    int depth_ = 0;    // 0 outside the document, 1 in it, 2 in a section's array
    int nesting_ = 0;  // every open list and object
    bool sawFormat_ = false;
    Section section_ = Section::None;
    std::string topKey_;
    std::size_t elementIndex_ = 0;
    std::size_t elementOffset_ = 0;
    std::vector<PendingEdge> edges_;
    std::vector<Value::Map> articles_;
    std::vector<std::size_t> nodeOffsets_;  // by vertex: where each node was read
    std::vector<std::pair<std::size_t, std::string>> problems_;
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
        return problem(elementName() + " repeats node id " + std::to_string(id->asInt()));
    }
    std::vector<std::string> labels;
    if (const Value* type = field(map, "type"); type && !type->isNull()) {
        if (!type->isString()) return fail(elementName() + " has a \"type\" that is not a string");
        auto kind = nodeKindFromJsonType(type->asString());
        if (!kind && !problem(elementName() + " has an unknown type \"" + type->asString() +
                              "\" (actor, agency, place, figure, article, or null)")) {
            return false;
        }
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
    nodeOffsets_.resize(vertex + 1, elementOffset_);
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
            if (!problemAt(pending.offset, "an edge refers to node " +
                                               std::to_string(from ? pending.to : pending.from) +
                                               ", which the file does not define")) {
                return false;
            }
            continue;
        }
        if (pending.id != PropertyGraph::kAutoId && graph_.findEdge(pending.id)) {
            if (!problemAt(pending.offset, "edge id " + std::to_string(pending.id) + " is used twice")) {
                return false;
            }
            continue;
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
    for (const auto& found : mentionProblems(graph_, collectAll_ ? graph_.nodeCount() : 1)) {
        const std::size_t offset = found.node < nodeOffsets_.size() ? nodeOffsets_[found.node] : 0;
        if (!problemAt(offset, found.message)) return false;
    }
    if (!sawFormat_ && !problemAt(0, "the file has no \"format\" (expected \"newsgraph-1\")")) {
        return false;
    }
    return problems_.empty();
}

}  // namespace

namespace {

// Reads `file` into `graph`; the problems found, each "offset <n>: <message>".
std::vector<std::pair<std::size_t, std::string>> readProblems(std::FILE* file,
                                                              PropertyGraph& graph,
                                                              bool collectAll) {
    char buffer[1 << 16];
    rapidjson::FileReadStream in(file, buffer, sizeof buffer);
    GraphJsonHandler handler(in, graph, collectAll);
    rapidjson::Reader reader;
    constexpr unsigned kFlags = rapidjson::kParseNanAndInfFlag | rapidjson::kParseNumbersAsStringsFlag |
                                rapidjson::kParseValidateEncodingFlag;
    rapidjson::ParseResult result = reader.Parse<kFlags>(in, handler);
    auto problems = handler.problems();
    if (result.IsError() && result.Code() != rapidjson::kParseErrorTermination) {
        std::string message = rapidjson::GetParseError_En(result.Code());
        if (!message.empty() && message.back() == '.') message.pop_back();
        message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
        problems.emplace_back(result.Offset(), message);
    } else if (!result.IsError()) {
        handler.finish();
        problems = handler.problems();
    }
    return problems;
}

}  // namespace

Status readGraphJson(std::FILE* file, const std::string& name, PropertyGraph& graph) {
    auto problems = readProblems(file, graph, false);
    if (!problems.empty()) {
        graph = PropertyGraph();
        return Status::error(name + ": offset " + std::to_string(problems[0].first) + ": " +
                             problems[0].second);
    }
    return Status::ok();
}

Status loadGraphJson(const std::string& path, PropertyGraph& graph) {
    // fopen opens a folder on Linux; reading it then fails as an "empty document".
    if (std::filesystem::is_directory(path)) return Status::error(path + ": is a folder, not a graph.json");
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return Status::error(path + ": " + std::strerror(errno));
    Status status = readGraphJson(file, path, graph);
    std::fclose(file);
    return status;
}

std::vector<std::string> checkGraphJson(const std::string& path) {
    // fopen opens a folder on Linux; reading it then fails as an "empty document".
    if (std::filesystem::is_directory(path)) return {path + ": is a folder, not a graph.json"};
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return {path + ": " + std::strerror(errno)};
    PropertyGraph graph;
    auto problems = readProblems(file, graph, true);
    std::fclose(file);
    std::vector<std::string> messages;
    for (const auto& [offset, message] : problems) {
        messages.push_back(path + ": offset " + std::to_string(offset) + ": " + message);
    }
    return messages;
}

}  // namespace newsgraph::graph
