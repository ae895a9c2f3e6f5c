#include "tests/tck/tck_value.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace newsgraph::tck {

namespace {

struct Node {
    enum class Kind { Scalar, String, List, Map, GraphNode, Rel, Path } kind = Kind::Scalar;
    std::string text;  // scalar canonical text, string content, or labels/type
    std::vector<std::string> labels;
    std::vector<std::pair<std::string, Node>> entries;  // map entries / properties
    std::vector<Node> items;                              // list items / path elements
    std::vector<std::string> arrows;                      // path: "->" or "<-" per rel
};

class Reader {
public:
    explicit Reader(const std::string& s) : s_(s) {}

    bool atEnd() {
        skip();
        return i_ >= s_.size();
    }

    bool value(Node& out) {
        skip();
        if (i_ >= s_.size()) return false;
        char c = s_[i_];
        if (c == '\'' || c == '"') return string(out);
        if (c == '[') return s_.compare(i_, 2, "[:") == 0 ? rel(out) : list(out);
        if (c == '{') {
            out.kind = Node::Kind::Map;
            return map(out.entries);
        }
        if (c == '(') return node(out);
        if (c == '<') return path(out);
        return scalar(out);
    }

private:
    void skip() {
        while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
    }
    bool eat(char c) {
        skip();
        if (i_ < s_.size() && s_[i_] == c) {
            ++i_;
            return true;
        }
        return false;
    }
    std::string name() {
        skip();
        std::size_t b = i_;
        if (i_ < s_.size() && s_[i_] == '`') {
            auto e = s_.find('`', i_ + 1);
            if (e == std::string::npos) return "";
            i_ = e + 1;
            return s_.substr(b + 1, e - b - 1);
        }
        while (i_ < s_.size() &&
               (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_')) {
            ++i_;
        }
        return s_.substr(b, i_ - b);
    }
    bool string(Node& out) {
        char quote = s_[i_++];
        out.kind = Node::Kind::String;
        while (i_ < s_.size() && s_[i_] != quote) {
            if (s_[i_] == '\\' && i_ + 1 < s_.size()) {
                char n = s_[++i_];
                out.text += n == 'n' ? '\n' : n == 't' ? '\t' : n;
            } else {
                out.text += s_[i_];
            }
            ++i_;
        }
        return eat(quote);
    }
    bool list(Node& out) {
        out.kind = Node::Kind::List;
        eat('[');
        if (eat(']')) return true;
        do {
            Node item;
            if (!value(item)) return false;
            out.items.push_back(std::move(item));
        } while (eat(','));
        return eat(']');
    }
    bool map(std::vector<std::pair<std::string, Node>>& entries) {
        eat('{');
        if (eat('}')) return true;
        do {
            std::string key = name();
            if (key.empty() || !eat(':')) return false;
            Node item;
            if (!value(item)) return false;
            entries.emplace_back(key, std::move(item));
        } while (eat(','));
        std::sort(entries.begin(), entries.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        return eat('}');
    }
    bool node(Node& out) {
        out.kind = Node::Kind::GraphNode;
        eat('(');
        while (eat(':')) out.labels.push_back(name());
        std::sort(out.labels.begin(), out.labels.end());
        skip();
        if (i_ < s_.size() && s_[i_] == '{' && !map(out.entries)) return false;
        return eat(')');
    }
    bool rel(Node& out) {
        out.kind = Node::Kind::Rel;
        eat('[');
        if (!eat(':')) return false;
        out.text = name();
        skip();
        if (i_ < s_.size() && s_[i_] == '{' && !map(out.entries)) return false;
        return eat(']');
    }
    bool path(Node& out) {
        out.kind = Node::Kind::Path;
        eat('<');
        Node first;
        if (!node(first)) return false;
        out.items.push_back(std::move(first));
        for (;;) {
            skip();
            if (eat('>')) return true;
            bool left = s_.compare(i_, 2, "<-") == 0;
            i_ += left ? 2 : 1;
            Node r;
            if (!rel(r)) return false;
            skip();
            bool right = s_.compare(i_, 2, "->") == 0;
            i_ += right ? 2 : 1;
            out.arrows.push_back(left ? "<-" : "->");
            out.items.push_back(std::move(r));
            Node next;
            if (!node(next)) return false;
            out.items.push_back(std::move(next));
        }
    }
    bool scalar(Node& out) {
        std::size_t b = i_;
        while (i_ < s_.size() && !std::strchr(",]}|) \t", s_[i_])) ++i_;
        std::string word = s_.substr(b, i_ - b);
        if (word.empty()) return false;
        out.kind = Node::Kind::Scalar;
        if (word == "null" || word == "true" || word == "false") {
            out.text = word;
            return true;
        }
        if (word == "NaN" || word == "Infinity" || word == "-Infinity" || word == "+Infinity") {
            out.text = "f:" + (word == "+Infinity" ? std::string("Infinity") : word);
            return true;
        }
        char* end = nullptr;
        bool isFloat = word.find_first_of(".eE") != std::string::npos &&
                       word.find("0x") == std::string::npos;
        if (!isFloat) {
            long long n = std::strtoll(word.c_str(), &end, 10);
            if (*end != '\0') return false;
            out.text = "i:" + std::to_string(n);
            return true;
        }
        double d = std::strtod(word.c_str(), &end);
        if (*end != '\0') return false;
        if (d == 0) d = 0.0;  // -0.0 equals 0.0
        out.text = "f:" + query::formatFloat(d);
        return true;
    }

    const std::string& s_;
    std::size_t i_ = 0;
};

std::string print(const Node& n, bool unordered) {
    switch (n.kind) {
        case Node::Kind::Scalar: return n.text;
        case Node::Kind::String: {
            std::string out = "'";
            for (char c : n.text) {
                if (c == '\'' || c == '\\') out += '\\';
                out += c;
            }
            return out + "'";
        }
        case Node::Kind::List: {
            std::vector<std::string> items;
            for (const auto& i : n.items) items.push_back(print(i, unordered));
            if (unordered) std::sort(items.begin(), items.end());
            std::string out = "[";
            for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
            return out + "]";
        }
        case Node::Kind::Map:
        case Node::Kind::GraphNode:
        case Node::Kind::Rel: {
            std::string out = n.kind == Node::Kind::Map ? "{" : n.kind == Node::Kind::Rel ? "[:" + n.text + " {" : "(";
            for (const auto& l : n.labels) out += ":" + l;
            if (n.kind == Node::Kind::GraphNode) out += " {";
            for (std::size_t i = 0; i < n.entries.size(); ++i) {
                out += (i ? ", " : "") + n.entries[i].first + ": " + print(n.entries[i].second, unordered);
            }
            return out + (n.kind == Node::Kind::Map ? "}" : n.kind == Node::Kind::Rel ? "}]" : "})");
        }
        case Node::Kind::Path: {
            std::string out = "<" + print(n.items[0], unordered);
            for (std::size_t i = 0; i < n.arrows.size(); ++i) {
                out += n.arrows[i] + print(n.items[2 * i + 1], unordered) + print(n.items[2 * i + 2], unordered);
            }
            return out + ">";
        }
    }
    return "";
}

std::optional<query::RuntimeValue> toRuntime(const Node& n) {
    switch (n.kind) {
        case Node::Kind::Scalar:
            if (n.text == "null") return query::RuntimeValue();
            if (n.text == "true") return query::RuntimeValue(true);
            if (n.text == "false") return query::RuntimeValue(false);
            if (n.text.rfind("i:", 0) == 0) return query::RuntimeValue(static_cast<std::int64_t>(std::stoll(n.text.substr(2))));
            return query::RuntimeValue(std::strtod(n.text.substr(2).c_str(), nullptr));
        case Node::Kind::String: return query::RuntimeValue(n.text);
        case Node::Kind::List: {
            query::RuntimeValue::List out;
            for (const auto& i : n.items) {
                auto v = toRuntime(i);
                if (!v) return std::nullopt;
                out.push_back(*v);
            }
            return query::RuntimeValue(out);
        }
        case Node::Kind::Map: {
            query::RuntimeValue::Map out;
            for (const auto& [k, i] : n.entries) {
                auto v = toRuntime(i);
                if (!v) return std::nullopt;
                out[k] = *v;
            }
            return query::RuntimeValue(out);
        }
        default: return std::nullopt;
    }
}

}  // namespace

std::optional<std::string> canonical(const std::string& text, bool unorderedLists) {
    Reader reader(text);
    Node n;
    if (!reader.value(n) || !reader.atEnd()) return std::nullopt;
    return print(n, unorderedLists);
}

std::optional<query::RuntimeValue> parseLiteral(const std::string& text) {
    Reader reader(text);
    Node n;
    if (!reader.value(n) || !reader.atEnd()) return std::nullopt;
    return toRuntime(n);
}

}  // namespace newsgraph::tck
