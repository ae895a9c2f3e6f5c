#include "parser/facts_json.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>
#include <charconv>
#include <cmath>
#include <limits>

#include "graph/value_json.h"
#include "parser/input/json_depth.h"

namespace newsgraph::parser {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;
using Json = rapidjson::Value;

// Entity forms by name, in EntityForm's order.
constexpr std::array<std::string_view, 4> kForms = {"named", "acronym", "descriptive",
                                                    "single-name"};

void writeString(Writer& w, const char* key, const std::string& value) {
    if (value.empty()) return;  // absent reads back as empty
    w.Key(key);
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void writeFlag(Writer& w, const char* key, bool value) {
    if (!value) return;
    w.Key(key);
    w.Bool(true);
}

void writeSpan(Writer& w, const Span& span) {
    w.StartArray();
    w.Uint(span.begin);
    w.Uint(span.end);
    w.EndArray();
}

void writeSpans(Writer& w, const char* key, const std::vector<Span>& spans) {
    w.Key(key);
    w.StartArray();
    for (const auto& span : spans) writeSpan(w, span);
    w.EndArray();
}

void writeNumber(Writer& w, const char* key, const graph::Value& value) {
    if (value.isNull()) return;
    w.Key(key);
    const std::string text = graph::valueToJson(value);  // as graph.json writes numbers
    w.RawValue(text.data(), text.size(), rapidjson::kNumberType);
}

void writeArticle(Writer& w, const Article& a) {
    w.Key("article");
    w.StartObject();
    writeString(w, "file", a.file);
    writeString(w, "path", a.path);
    if (a.line != 0) {
        w.Key("line");
        w.Uint64(a.line);
    }
    writeString(w, "title", a.title);
    writeString(w, "date", a.date);
    writeString(w, "source", a.source);
    writeString(w, "url", a.url);
    w.Key("text");
    w.String(a.text.data(), static_cast<rapidjson::SizeType>(a.text.size()));
    w.EndObject();
}

void writeEntity(Writer& w, const EntityFact& e) {
    w.StartObject();
    w.Key("kind");
    const std::string_view kind = graph::jsonTypeOf(e.kind);
    w.String(kind.data(), static_cast<rapidjson::SizeType>(kind.size()));
    writeString(w, "name", e.name);
    if (!e.aliases.empty()) {
        w.Key("aliases");
        w.StartArray();
        for (const auto& alias : e.aliases)
            w.String(alias.data(), static_cast<rapidjson::SizeType>(alias.size()));
        w.EndArray();
    }
    writeString(w, "role", e.role);
    writeSpans(w, "mentions", e.mentions);
    if (e.form != EntityForm::Named)
        writeString(w, "form", std::string(kForms[static_cast<std::size_t>(e.form)]));
    writeString(w, "country", e.country);
    writeString(w, "category", e.category);
    writeFlag(w, "is_source", e.isSource);
    w.EndObject();
}

void writeFigure(Writer& w, const FigureFact& f, const std::string& text) {
    w.StartObject();
    writeNumber(w, "value", f.value);
    writeNumber(w, "low", f.low);
    writeNumber(w, "high", f.high);
    writeString(w, "qualifier", f.qualifier);
    writeString(w, "measure", f.measure);
    writeString(w, "subject", f.subject);
    writeString(w, "when", f.when);
    writeString(w, "when_begin", f.whenBegin);
    writeString(w, "when_end", f.whenEnd);
    writeSpans(w, "mentions", f.mentions);
    w.Key("reporters");
    w.StartArray();
    for (const auto& r : f.reporters) {
        w.StartObject();
        writeString(w, "name", r.name);
        writeString(w, "cue", r.cue);
        writeString(w, "rule", r.rule);
        w.Key("sentence");
        writeSpan(w, r.sentence);
        w.EndObject();
    }
    w.EndArray();
    writeString(w, "place", f.place);
    writeFlag(w, "place_is_destination", f.placeIsDestination);
    writeString(w, "previous_cue", f.previousCue);
    w.Key("sentence_span");
    writeSpan(w, f.sentenceSpan);
    // The sentence is its span's text, unless a stage wrote it otherwise.
    const bool spanned =
        f.sentenceSpan.end <= text.size() && f.sentenceSpan.begin <= f.sentenceSpan.end &&
        text.compare(f.sentenceSpan.begin, f.sentenceSpan.end - f.sentenceSpan.begin, f.sentence) ==
            0;
    if (!spanned) {
        w.Key("sentence");
        w.String(f.sentence.data(), static_cast<rapidjson::SizeType>(f.sentence.size()));
    }
    writeFlag(w, "increment", f.increment);
    writeFlag(w, "one_day", f.oneDay);
    writeFlag(w, "speculative", f.speculative);
    writeString(w, "part", f.part);
    writeString(w, "cause", f.cause);
    writeString(w, "utility", f.utility);
    writeString(w, "setting", f.setting);
    w.EndObject();
}

// Reading: each helper returns false with a reason naming the field.
class LineReader {
  public:
    explicit LineReader(std::string& error) : error_(error) {}

    bool fail(const std::string& reason) {
        error_ = reason;
        return false;
    }

    // Numbers arrive as their text (kParseNumbersAsStringsFlag), converted here with
    // std::from_chars, as graph.json's reader does.
    bool unsignedAt(const Json& v, const std::string& what, std::uint64_t& out, std::uint64_t max) {
        if (!v.IsString()) return fail(what + " is not a number");
        const char* begin = v.GetString();
        const char* end = begin + v.GetStringLength();
        auto [ptr, ec] = std::from_chars(begin, end, out);
        if (ec != std::errc() || ptr != end || out > max)
            return fail(what + " is not a whole number up to " + std::to_string(max));
        return true;
    }

    bool number(const Json& object, const char* key, graph::Value& out) {
        auto it = object.FindMember(key);
        if (it == object.MemberEnd()) {
            out = graph::Value();
            return true;
        }
        const Json& v = it->value;
        if (v.IsNull()) {
            out = graph::Value();
            return true;
        }
        if (!v.IsString()) return fail(std::string("\"") + key + "\" is not a number");
        const char* begin = v.GetString();
        const char* end = begin + v.GetStringLength();
        const std::string_view text(begin, v.GetStringLength());
        if (text.find_first_of(".eE") == std::string_view::npos) {
            std::int64_t i = 0;
            auto [ptr, ec] = std::from_chars(begin, end, i);
            if (ec == std::errc() && ptr == end) {
                out = graph::Value(i);
                return true;
            }
        }
        double d = 0;
        auto [ptr, ec] = std::from_chars(begin, end, d);
        if (ec != std::errc() || ptr != end || !std::isfinite(d)) {
            return fail(std::string("\"") + key + "\" is not a finite number");
        }
        out = graph::Value(d);
        return true;
    }

    bool string(const Json& object, const char* key, std::string& out) {
        auto it = object.FindMember(key);
        if (it == object.MemberEnd()) {
            out.clear();
            return true;
        }
        if (!it->value.IsString()) return fail(std::string("\"") + key + "\" is not a string");
        out.assign(it->value.GetString(), it->value.GetStringLength());
        return true;
    }

    bool flag(const Json& object, const char* key, bool& out) {
        auto it = object.FindMember(key);
        if (it == object.MemberEnd()) {
            out = false;
            return true;
        }
        if (!it->value.IsBool()) return fail(std::string("\"") + key + "\" is not true or false");
        out = it->value.GetBool();
        return true;
    }

    // [begin, end], a byte range of the article's text.
    bool span(const Json& v, const std::string& what, Span& out) {
        if (!v.IsArray() || v.Size() != 2) return fail(what + " is not a [begin, end] pair");
        std::uint64_t begin = 0, end = 0;
        constexpr std::uint64_t kMax = std::numeric_limits<std::uint32_t>::max();
        if (!unsignedAt(v[0], what, begin, kMax) || !unsignedAt(v[1], what, end, kMax))
            return false;
        if (begin > end) return fail(what + " ends before it begins");
        if (end > textSize_) {
            return fail(what + " [" + std::to_string(begin) + ", " + std::to_string(end) +
                        "] ends past the text (" + std::to_string(textSize_) + " bytes)");
        }
        out = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
        return true;
    }

    // `what` names one span ("an entity's mention").
    bool spans(const Json& object, const char* key, const std::string& what,
               std::vector<Span>& out) {
        out.clear();
        auto it = object.FindMember(key);
        if (it == object.MemberEnd()) return true;
        if (!it->value.IsArray())
            return fail(std::string("\"") + key + "\" of " + what + " is not an array");
        for (const auto& s : it->value.GetArray()) {
            Span span;
            if (!this->span(s, what, span)) return false;
            out.push_back(span);
        }
        return true;
    }

    bool article(const Json& v, Article& a) {
        if (!v.IsObject()) return fail("\"article\" is not an object");
        auto text = v.FindMember("text");
        if (text == v.MemberEnd() || !text->value.IsString())
            return fail("the article has no \"text\"");
        a.text.assign(text->value.GetString(), text->value.GetStringLength());
        textSize_ = a.text.size();
        if (!string(v, "file", a.file) || !string(v, "path", a.path) ||
            !string(v, "title", a.title) || !string(v, "date", a.date) ||
            !string(v, "source", a.source) || !string(v, "url", a.url)) {
            return false;
        }
        if (a.file.empty()) return fail("the article has no \"file\"");
        a.line = 0;
        if (auto line = v.FindMember("line"); line != v.MemberEnd()) {
            std::uint64_t n = 0;
            if (!unsignedAt(line->value, "the article's \"line\"", n,
                            std::numeric_limits<std::uint32_t>::max()))
                return false;
            a.line = n;
        }
        return true;
    }

    bool sentences(const Json& v, std::vector<SentenceFact>& out) {
        if (!v.IsArray()) return fail("\"sentences\" is not an array");
        for (const auto& s : v.GetArray()) {
            if (!s.IsArray() || s.Size() != 3)
                return fail("a sentence is not [begin, end, paragraph]");
            std::uint64_t begin = 0, end = 0, paragraph = 0;
            if (!unsignedAt(s[0], "a sentence", begin, textSize_) ||
                !unsignedAt(s[1], "a sentence", end, textSize_) ||
                !unsignedAt(s[2], "a sentence's paragraph", paragraph, textSize_)) {
                return false;
            }
            if (begin > end) return fail("a sentence ends before it begins");
            out.push_back({{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)},
                           static_cast<std::size_t>(paragraph)});
        }
        return true;
    }

    bool entity(const Json& v, EntityFact& e) {
        if (!v.IsObject()) return fail("an entity is not an object");
        std::string kind;
        if (!string(v, "kind", kind)) return false;
        auto parsed = graph::nodeKindFromJsonType(kind);
        if (!parsed || (*parsed != graph::NodeKind::Actor && *parsed != graph::NodeKind::Agency &&
                        *parsed != graph::NodeKind::Place)) {
            return fail("an entity's \"kind\" is not actor, agency or place");
        }
        e.kind = *parsed;
        if (!string(v, "name", e.name) || !string(v, "role", e.role) ||
            !string(v, "country", e.country) || !string(v, "category", e.category) ||
            !flag(v, "is_source", e.isSource) ||
            !spans(v, "mentions", "an entity's mention", e.mentions)) {
            return false;
        }
        if (e.name.empty()) return fail("an entity has no \"name\"");
        if (auto aliases = v.FindMember("aliases"); aliases != v.MemberEnd()) {
            if (!aliases->value.IsArray()) return fail("an entity's \"aliases\" is not an array");
            for (const auto& alias : aliases->value.GetArray()) {
                if (!alias.IsString()) return fail("an entity's alias is not a string");
                e.aliases.emplace_back(alias.GetString(), alias.GetStringLength());
            }
        }
        std::string form;
        if (!string(v, "form", form)) return false;
        e.form = EntityForm::Named;
        if (!form.empty()) {
            std::size_t i = 0;
            while (i < kForms.size() && kForms[i] != form) ++i;
            if (i == kForms.size())
                return fail(
                    "an entity's \"form\" is not named, acronym, descriptive or single-name");
            e.form = static_cast<EntityForm>(i);
        }
        return true;
    }

    bool figure(const Json& v, const std::string& text, FigureFact& f) {
        if (!v.IsObject()) return fail("a figure is not an object");
        if (!number(v, "value", f.value) || !number(v, "low", f.low) ||
            !number(v, "high", f.high) || !string(v, "qualifier", f.qualifier) ||
            !string(v, "measure", f.measure) || !string(v, "subject", f.subject) ||
            !string(v, "when", f.when) || !string(v, "when_begin", f.whenBegin) ||
            !string(v, "when_end", f.whenEnd) ||
            !spans(v, "mentions", "a figure's mention", f.mentions) ||
            !string(v, "place", f.place) ||
            !flag(v, "place_is_destination", f.placeIsDestination) ||
            !string(v, "previous_cue", f.previousCue) || !flag(v, "increment", f.increment) ||
            !flag(v, "one_day", f.oneDay) || !flag(v, "speculative", f.speculative) ||
            !string(v, "part", f.part) || !string(v, "cause", f.cause) ||
            !string(v, "utility", f.utility) || !string(v, "setting", f.setting)) {
            return false;
        }
        if (f.mentions.empty()) return fail("a figure has no mention");
        if (f.value.isNull() && (f.low.isNull() || f.high.isNull()))
            return fail("a figure has no value and no range");
        f.sentenceSpan = {};
        if (auto s = v.FindMember("sentence_span");
            s != v.MemberEnd() && !span(s->value, "a figure's sentence", f.sentenceSpan)) {
            return false;
        }
        if (v.HasMember("sentence")) {
            if (!string(v, "sentence", f.sentence)) return false;
        } else {
            f.sentence =
                text.substr(f.sentenceSpan.begin, f.sentenceSpan.end - f.sentenceSpan.begin);
        }
        if (auto reporters = v.FindMember("reporters"); reporters != v.MemberEnd()) {
            if (!reporters->value.IsArray())
                return fail("a figure's \"reporters\" is not an array");
            for (const auto& r : reporters->value.GetArray()) {
                if (!r.IsObject()) return fail("a reporter is not an object");
                ReportedBy by;
                if (!string(r, "name", by.name) || !string(r, "cue", by.cue) ||
                    !string(r, "rule", by.rule))
                    return false;
                if (by.name.empty()) return fail("a reporter has no \"name\"");
                if (auto s = r.FindMember("sentence");
                    s != r.MemberEnd() && !span(s->value, "a reporter's sentence", by.sentence)) {
                    return false;
                }
                f.reporters.push_back(std::move(by));
            }
        }
        return true;
    }

  private:
    std::string& error_;
    std::uint64_t textSize_ = 0;
};

}  // namespace

std::string factsToJsonLine(const ArticleFacts& facts) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    w.Key("format");
    w.String(kFactsFormat.data(), static_cast<rapidjson::SizeType>(kFactsFormat.size()));
    writeArticle(w, facts.article);
    w.Key("sentences");
    w.StartArray();
    for (const auto& s : facts.sentences) {
        w.StartArray();
        w.Uint(s.span.begin);
        w.Uint(s.span.end);
        w.Uint64(s.paragraph);
        w.EndArray();
    }
    w.EndArray();
    w.Key("entities");
    w.StartArray();
    for (const auto& e : facts.entities) writeEntity(w, e);
    w.EndArray();
    w.Key("figures");
    w.StartArray();
    for (const auto& f : facts.figures) writeFigure(w, f, facts.article.text);
    w.EndArray();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

bool factsFromJsonLine(std::string_view line, ArticleFacts& facts, std::string& error) {
    if (nestsDeeperThan(line, kMaxJsonDepth)) {
        error = "JSON nested more than " + std::to_string(kMaxJsonDepth) + " levels deep; refused";
        return false;
    }
    rapidjson::Document doc;
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag |
                                rapidjson::kParseNumbersAsStringsFlag |
                                rapidjson::kParseValidateEncodingFlag;
    doc.Parse<kFlags>(line.data(), line.size());
    if (doc.HasParseError()) {
        error = std::string("bad JSON at column ") + std::to_string(doc.GetErrorOffset() + 1) +
                ": " + rapidjson::GetParseError_En(doc.GetParseError());
        return false;
    }
    LineReader read(error);
    if (!doc.IsObject()) return read.fail("a facts line must be an object");
    std::string format;
    if (!read.string(doc, "format", format)) return false;
    if (format != kFactsFormat) {
        return read.fail("not a facts line (format \"" + format + "\", expected \"" +
                         std::string(kFactsFormat) + "\")");
    }
    facts = ArticleFacts{};
    auto article = doc.FindMember("article");
    if (article == doc.MemberEnd()) return read.fail("the line has no \"article\"");
    if (!read.article(article->value, facts.article)) return false;
    if (auto s = doc.FindMember("sentences");
        s != doc.MemberEnd() && !read.sentences(s->value, facts.sentences)) {
        return false;
    }
    if (auto entities = doc.FindMember("entities"); entities != doc.MemberEnd()) {
        if (!entities->value.IsArray()) return read.fail("\"entities\" is not an array");
        for (const auto& e : entities->value.GetArray()) {
            EntityFact entity;
            if (!read.entity(e, entity)) return false;
            facts.entities.push_back(std::move(entity));
        }
    }
    if (auto figures = doc.FindMember("figures"); figures != doc.MemberEnd()) {
        if (!figures->value.IsArray()) return read.fail("\"figures\" is not an array");
        for (const auto& f : figures->value.GetArray()) {
            FigureFact figure;
            if (!read.figure(f, facts.article.text, figure)) return false;
            facts.figures.push_back(std::move(figure));
        }
    }
    return true;
}

}  // namespace newsgraph::parser
