#include "shell/query/functions.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <random>

#include "shell/query/case_mapping.h"
#include "shell/query/error.h"
#include "temporal/temporal_format.h"

namespace newsgraph::query {

namespace {

constexpr std::size_t kMany = std::numeric_limits<std::size_t>::max();

const std::vector<FunctionInfo>& registry() {
    static const std::vector<FunctionInfo> kFunctions = {
        {"id", 1, 1, false},          {"labels", 1, 1, false},
        {"type", 1, 1, false},        {"properties", 1, 1, false},
        {"keys", 1, 1, false},        {"startNode", 1, 1, false},
        {"endNode", 1, 1, false},     {"length", 1, 1, false},
        {"nodes", 1, 1, false},       {"relationships", 1, 1, false},
        {"size", 1, 1, false},        {"head", 1, 1, false},
        {"last", 1, 1, false},        {"tail", 1, 1, false},
        {"range", 2, 3, false},       {"coalesce", 1, kMany, false},
        {"toLower", 1, 1, false},     {"toUpper", 1, 1, false},
        {"trim", 1, 1, false},        {"ltrim", 1, 1, false},
        {"rtrim", 1, 1, false},       {"replace", 3, 3, false},
        {"split", 2, 2, false},       {"substring", 2, 3, false},
        {"left", 2, 2, false},        {"right", 2, 2, false},
        {"reverse", 1, 1, false},     {"toString", 1, 1, false},
        {"toInteger", 1, 1, false},   {"toFloat", 1, 1, false},
        {"toBoolean", 1, 1, false},   {"abs", 1, 1, false},
        {"ceil", 1, 1, false},        {"floor", 1, 1, false},
        {"round", 1, 1, false},       {"sign", 1, 1, false},
        {"sqrt", 1, 1, false},        {"exp", 1, 1, false},
        {"log", 1, 1, false},         {"log10", 1, 1, false},
        {"rand", 0, 0, false},        {"exists", 1, 1, false},
        {"count", 1, 1, true},        {"collect", 1, 1, true},
        {"sum", 1, 1, true},          {"avg", 1, 1, true},
        {"min", 1, 1, true},          {"max", 1, 1, true},
        {"percentileDisc", 2, 2, true}, {"percentileCont", 2, 2, true},
        {"stDev", 1, 1, true},        {"stDevP", 1, 1, true},
        // Temporal values (temporal_functions.h).
        {"date", 0, 1, false, true}, {"date.transaction", 0, 1, false, true},
        {"date.statement", 0, 1, false, true}, {"date.realtime", 0, 1, false, true},
        {"date.truncate", 2, 3, false, true}, {"localtime", 0, 1, false, true},
        {"localtime.transaction", 0, 1, false, true}, {"localtime.statement", 0, 1, false, true},
        {"localtime.realtime", 0, 1, false, true}, {"localtime.truncate", 2, 3, false, true},
        {"time", 0, 1, false, true}, {"time.transaction", 0, 1, false, true},
        {"time.statement", 0, 1, false, true}, {"time.realtime", 0, 1, false, true},
        {"time.truncate", 2, 3, false, true}, {"localdatetime", 0, 1, false, true},
        {"localdatetime.transaction", 0, 1, false, true}, {"localdatetime.statement", 0, 1, false, true},
        {"localdatetime.realtime", 0, 1, false, true}, {"localdatetime.truncate", 2, 3, false, true},
        {"datetime", 0, 1, false, true}, {"datetime.transaction", 0, 1, false, true},
        {"datetime.statement", 0, 1, false, true}, {"datetime.realtime", 0, 1, false, true},
        {"datetime.truncate", 2, 3, false, true}, {"datetime.fromepoch", 2, 2, false, true},
        {"datetime.fromepochmillis", 1, 1, false, true}, {"duration", 1, 1, false, true},
        {"duration.between", 2, 2, false, true}, {"duration.inMonths", 2, 2, false, true},
        {"duration.inDays", 2, 2, false, true}, {"duration.inSeconds", 2, 2, false, true},
    };
    return kFunctions;
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

[[noreturn]] void badArgument(const FunctionInfo& f, const RuntimeValue& v, SourceSpan at,
                              const std::string& expected) {
    // openCypher classes a wrong type given to a conversion or element function as a bad
    // value (InvalidArgumentValue), and to other functions as a bad type.
    static const char* const kValueChecked[] = {"toBoolean", "toInteger", "toFloat",
                                                "toString",  "labels",    "type"};
    bool valueChecked = std::any_of(std::begin(kValueChecked), std::end(kValueChecked),
                                    [&](const char* name) { return f.name == name; });
    throw EvalError(at, "function `" + f.name + "` expects " + expected + ", not " +
                            kindName(v.kind()),
                    "TypeError", valueChecked ? "InvalidArgumentValue" : "InvalidArgumentType");
}

std::int64_t intArg(const FunctionInfo& f, const RuntimeValue& v, SourceSpan at) {
    if (!v.isInt()) badArgument(f, v, at, "an Integer");
    return v.asInt();
}

const std::string& stringArg(const FunctionInfo& f, const RuntimeValue& v, SourceSpan at) {
    if (!v.isString()) badArgument(f, v, at, "a String");
    return v.asString();
}

// Byte offsets of each code point, plus the end, so substring counts characters.
std::vector<std::size_t> codePointOffsets(const std::string& s) {
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) offsets.push_back(i);
    }
    offsets.push_back(s.size());
    return offsets;
}

RuntimeValue parseNumber(const std::string& text, bool integer) {
    std::string s = text;
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
    std::size_t start = 0;
    while (start < s.size() && std::isspace(static_cast<unsigned char>(s[start]))) ++start;
    s = s.substr(start);
    if (s.empty()) return {};
    char* end = nullptr;
    if (integer) {
        errno = 0;
        long long n = std::strtoll(s.c_str(), &end, 10);
        if (*end == '\0' && errno == 0) return static_cast<std::int64_t>(n);
    }
    double d = std::strtod(s.c_str(), &end);
    if (*end != '\0') return {};
    if (!integer) return d;
    if (std::isnan(d) || std::abs(d) > 9.2e18) return {};
    return static_cast<std::int64_t>(std::trunc(d));
}

}  // namespace

const FunctionInfo* findFunction(const std::string& name) {
    std::string key = lower(name);
    for (const auto& f : registry()) {
        if (lower(f.name) == key) return &f;
    }
    return nullptr;
}

std::vector<std::string> functionNames() {
    std::vector<std::string> names;
    for (const auto& f : registry()) names.push_back(f.name);
    return names;
}

RuntimeValue callScalar(const FunctionInfo& f, std::vector<RuntimeValue>& args,
                        const graph::PropertyGraph& g, SourceSpan at) {
    const std::string& n = f.name;
    if (n == "coalesce") {
        for (auto& a : args) {
            if (!a.isNull()) return a;
        }
        return {};
    }
    if (n == "rand") {
        static thread_local std::mt19937_64 engine(std::random_device{}());
        return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
    }
    if (n == "range") {
        for (auto& a : args) {
            if (!a.isInt()) {
                throw EvalError(at, std::string("range() needs Integer arguments, not ") +
                                        kindName(a.kind()),
                                "ArgumentError", "InvalidArgumentType");
            }
        }
        std::int64_t from = args[0].asInt(), to = args[1].asInt();
        std::int64_t step = args.size() > 2 ? args[2].asInt() : 1;
        if (step == 0) {
            throw EvalError(at, "range() needs a step other than 0", "ArgumentError",
                            "NumberOutOfRange");
        }
        // The size first, in 128 bits: stepping an int64 towards a bound near its limit
        // would overflow, and a huge list is refused before any of it is built.
        const __int128 span = static_cast<__int128>(to) - from;
        const __int128 count = span == 0 || (span > 0) == (step > 0) ? span / step + 1 : 0;
        if (count > 10'000'000) {
            throw EvalError(at, "range() would make more than 10,000,000 items",
                            "ArgumentError", "NumberOutOfRange");
        }
        RuntimeValue::List out;
        out.reserve(static_cast<std::size_t>(count));
        for (__int128 k = 0; k < count; ++k) {
            out.push_back(static_cast<std::int64_t>(from + k * step));
        }
        return out;
    }
    const RuntimeValue& a = args[0];
    if (n == "exists") return !a.isNull();
    // Every other function returns null for a null first argument.
    if (a.isNull()) {
        if (n == "toString" || n == "size" || n == "length") return {};
        return {};
    }
    if (n == "id") {
        if (a.isNode()) return g.node(a.asNode()).id;
        if (a.isRel()) return g.edge(a.asRel()).id;
        badArgument(f, a, at, "a Node or a Relationship");
    }
    if (n == "labels") {
        if (!a.isNode()) badArgument(f, a, at, "a Node");
        RuntimeValue::List out;
        for (const auto& l : g.node(a.asNode()).labels) out.push_back(l);
        return out;
    }
    if (n == "type") {
        if (!a.isRel()) badArgument(f, a, at, "a Relationship");
        return g.edge(a.asRel()).type;
    }
    if (n == "properties" || n == "keys") {
        const graph::PropertyMap* props = nullptr;
        if (a.isNode()) props = &g.node(a.asNode()).properties;
        else if (a.isRel()) props = &g.edge(a.asRel()).properties;
        if (n == "properties" && a.isMap()) return a;
        if (n == "keys" && a.isMap()) {
            RuntimeValue::List out;
            for (const auto& [k, v] : a.asMap()) out.push_back(k);
            return out;
        }
        if (!props) badArgument(f, a, at, "a Node, a Relationship or a Map");
        if (n == "keys") {
            RuntimeValue::List out;
            for (const auto& [k, v] : *props) out.push_back(k);
            return out;
        }
        RuntimeValue::Map out;
        for (const auto& [k, v] : *props) out.emplace(k, fromProperty(v));
        return out;
    }
    if (n == "startNode" || n == "endNode") {
        if (!a.isRel()) badArgument(f, a, at, "a Relationship");
        return NodeRef{n == "startNode" ? g.source(a.asRel()) : g.target(a.asRel())};
    }
    if (n == "length") {
        if (a.isPath()) return static_cast<std::int64_t>(a.asPath().rels.size());
        if (a.isString()) return static_cast<std::int64_t>(codePointOffsets(a.asString()).size() - 1);
        if (a.isList()) return static_cast<std::int64_t>(a.asList().size());
        badArgument(f, a, at, "a Path");
    }
    if (n == "nodes" || n == "relationships") {
        if (!a.isPath()) badArgument(f, a, at, "a Path");
        RuntimeValue::List out;
        if (n == "nodes") {
            for (auto v : a.asPath().nodes) out.push_back(NodeRef{v});
        } else {
            for (auto e : a.asPath().rels) out.push_back(RelRef{e});
        }
        return out;
    }
    if (n == "size") {
        if (a.isList()) return static_cast<std::int64_t>(a.asList().size());
        if (a.isString()) return static_cast<std::int64_t>(codePointOffsets(a.asString()).size() - 1);
        badArgument(f, a, at, "a List or a String");
    }
    if (n == "head" || n == "last" || n == "tail") {
        if (!a.isList()) badArgument(f, a, at, "a List");
        const auto& list = a.asList();
        if (n == "tail") {
            if (list.empty()) return RuntimeValue::List{};
            return RuntimeValue::List(list.begin() + 1, list.end());
        }
        if (list.empty()) return {};
        return n == "head" ? list.front() : list.back();
    }
    if (n == "reverse") {
        if (a.isList()) {
            auto list = a.asList();
            std::reverse(list.begin(), list.end());
            return list;
        }
        auto offsets = codePointOffsets(stringArg(f, a, at));
        std::string out;
        for (std::size_t i = offsets.size() - 1; i > 0; --i) {
            out += a.asString().substr(offsets[i - 1], offsets[i] - offsets[i - 1]);
        }
        return out;
    }
    if (n == "toLower" || n == "toUpper") {
        const std::string s = stringArg(f, a, at);
        return n == "toLower" ? toLowerCase(s) : toUpperCase(s);
    }
    if (n == "trim" || n == "ltrim" || n == "rtrim") {
        std::string s = stringArg(f, a, at);
        std::size_t b = 0, e = s.size();
        if (n != "rtrim") {
            while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
        }
        if (n != "ltrim") {
            while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
        }
        return s.substr(b, e - b);
    }
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i].isNull()) return {};
    }
    if (n == "replace") {
        std::string s = stringArg(f, a, at);
        const std::string& from = stringArg(f, args[1], at);
        const std::string& to = stringArg(f, args[2], at);
        if (from.empty()) return s;
        std::string out;
        std::size_t pos = 0, hit;
        while ((hit = s.find(from, pos)) != std::string::npos) {
            out += s.substr(pos, hit - pos) + to;
            pos = hit + from.size();
        }
        return out + s.substr(pos);
    }
    if (n == "split") {
        const std::string& s = stringArg(f, a, at);
        const std::string& sep = stringArg(f, args[1], at);
        RuntimeValue::List out;
        if (sep.empty()) {
            auto offsets = codePointOffsets(s);
            for (std::size_t i = 0; i + 1 < offsets.size(); ++i) {
                out.push_back(s.substr(offsets[i], offsets[i + 1] - offsets[i]));
            }
            return out;
        }
        std::size_t pos = 0, hit;
        while ((hit = s.find(sep, pos)) != std::string::npos) {
            out.push_back(s.substr(pos, hit - pos));
            pos = hit + sep.size();
        }
        out.push_back(s.substr(pos));
        return out;
    }
    if (n == "substring" || n == "left" || n == "right") {
        const std::string& s = stringArg(f, a, at);
        auto offsets = codePointOffsets(s);
        std::int64_t length = static_cast<std::int64_t>(offsets.size() - 1);
        std::int64_t start = 0, count = length;
        if (n == "substring") {
            start = intArg(f, args[1], at);
            if (args.size() > 2) count = intArg(f, args[2], at);
        } else {
            count = intArg(f, args[1], at);
            if (n == "right") start = std::max<std::int64_t>(0, length - count);
        }
        if (start < 0 || count < 0) {
            throw EvalError(at, "function `" + n + "` needs a start and length of 0 or more",
                            "ArgumentError", "NegativeIntegerArgument");
        }
        start = std::min(start, length);
        std::int64_t end = std::min(length, start + count);
        return s.substr(offsets[start], offsets[end] - offsets[start]);
    }
    if (n == "toString") {
        if (a.isString()) return a;
        if (a.isInt()) return std::to_string(a.asInt());
        if (a.isDouble()) return formatFloat(a.asDouble());
        if (a.isBool()) return a.asBool() ? "true" : "false";
        if (a.isTemporal()) return temporal::formatTemporal(a.asTemporal());
        if (a.isDuration()) return temporal::formatDuration(a.asDuration());
        badArgument(f, a, at, "a String, a number, a Boolean or a temporal value");
    }
    if (n == "toInteger") {
        if (a.isInt()) return a;
        if (a.isDouble()) {
            if (std::isnan(a.asDouble())) return {};
            return static_cast<std::int64_t>(std::trunc(a.asDouble()));
        }
        if (a.isString()) return parseNumber(a.asString(), true);
        badArgument(f, a, at, "a String or a number");
    }
    if (n == "toFloat") {
        if (a.isDouble()) return a;
        if (a.isInt()) return static_cast<double>(a.asInt());
        if (a.isString()) return parseNumber(a.asString(), false);
        badArgument(f, a, at, "a String or a number");
    }
    if (n == "toBoolean") {
        if (a.isBool()) return a;
        if (a.isString()) {
            std::string s = lower(a.asString());
            if (s == "true") return true;
            if (s == "false") return false;
            return {};
        }
        badArgument(f, a, at, "a String or a Boolean");
    }
    if (!a.isNumber()) badArgument(f, a, at, "a number");
    if (n == "abs") {
        if (a.isInt()) return a.asInt() < 0 ? -a.asInt() : a.asInt();
        return std::abs(a.asDouble());
    }
    if (n == "sign") return static_cast<std::int64_t>((a.asNumber() > 0) - (a.asNumber() < 0));
    double x = a.asNumber();
    if (n == "ceil") return std::ceil(x);
    if (n == "floor") return std::floor(x);
    if (n == "round") return std::floor(x + 0.5);
    if (n == "sqrt") return std::sqrt(x);
    if (n == "exp") return std::exp(x);
    if (n == "log") return std::log(x);
    if (n == "log10") return std::log10(x);
    throw EvalError(at, "function `" + n + "` cannot be called here", "SyntaxError",
                    "UnknownFunction");
}

}  // namespace newsgraph::query
