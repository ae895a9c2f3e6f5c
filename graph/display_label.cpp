#include "graph/display_label.h"

#include <cmath>
#include <cstdio>

#include "graph/news_schema.h"
#include "graph/text_escape.h"

namespace newsgraph::graph {

namespace {

constexpr std::size_t kLineWidth = 40;

std::string stringProperty(const NodeRecord& node, const char* key) {
    const Value& value = node.property(key);
    return value.isString() ? value.asString() : std::string();
}

std::string groupThousands(std::string digits) {
    std::string out;
    int count = 0;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (count > 0 && count % 3 == 0) out.insert(out.begin(), ',');
        out.insert(out.begin(), *it);
        ++count;
    }
    return out;
}

std::string joinLines(std::initializer_list<std::string> lines) {
    std::string out;
    for (const auto& line : lines) {
        if (line.empty()) continue;
        if (!out.empty()) out += '\n';
        out += truncateText(line, kLineWidth);
    }
    return out;
}

}  // namespace

std::string formatCount(const Value& value) {
    if (value.isInt()) {
        std::int64_t n = value.asInt();
        std::string digits = std::to_string(n);
        if (n < 0) return "-" + groupThousands(digits.substr(1));
        return groupThousands(digits);
    }
    if (!value.isDouble() || !std::isfinite(value.asDouble())) return value.toDisplayString();
    double d = value.asDouble();
    if (std::fabs(d) < 1e15 && d == std::floor(d)) {
        return formatCount(Value(static_cast<std::int64_t>(d)));
    }
    std::string text = value.toDisplayString();
    if (std::fabs(d) >= 1e15 || text.find_first_of("eE") != text.npos) return text;
    std::size_t dot = text.find('.');
    std::string sign = text[0] == '-' ? "-" : "";
    std::string whole = text.substr(sign.size(), dot - sign.size());
    return sign + groupThousands(whole) + text.substr(dot);
}

std::string qualifierSymbol(std::string_view qualifier) {
    if (qualifier.empty() || qualifier == "exact") return "";
    if (qualifier == "approximately") return "\xE2\x89\x88";  // ≈
    if (qualifier == "at least") return "\xE2\x89\xA5";       // ≥
    if (qualifier == "at most") return "\xE2\x89\xA4";        // ≤
    if (qualifier == "more than") return ">";
    if (qualifier == "less than" || qualifier == "fewer than") return "<";
    return std::string(qualifier) + " ";
}

std::string formatDate(std::string_view iso) {
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    auto digits = [&](std::size_t from, std::size_t count) {
        if (iso.size() < from + count) return false;
        for (std::size_t i = from; i < from + count; ++i) {
            if (iso[i] < '0' || iso[i] > '9') return false;
        }
        return true;
    };
    if (!digits(0, 4)) return std::string(iso);
    std::string year(iso.substr(0, 4));
    if (iso.size() == 4) return year;
    if (iso.size() < 7 || iso[4] != '-' || !digits(5, 2)) return std::string(iso);
    int month = (iso[5] - '0') * 10 + (iso[6] - '0');
    if (month < 1 || month > 12) return std::string(iso);
    std::string monthYear = std::string(kMonths[month - 1]) + " " + year;
    if (iso.size() == 7) return monthYear;
    if (iso.size() != 10 || iso[7] != '-' || !digits(8, 2)) return std::string(iso);
    int day = (iso[8] - '0') * 10 + (iso[9] - '0');
    return std::to_string(day) + " " + monthYear;
}

std::string DisplayLabeler::articleLabel(const NodeRecord& node) const {
    std::string date = formatDate(stringProperty(node, "date"));
    std::string source = stringProperty(node, "source");
    std::string second =
        date.empty() || source.empty() ? date + source : date + " \xC2\xB7 " + source;
    std::string title = stringProperty(node, "title");
    if (title.empty()) title = stringProperty(node, "file");
    return joinLines({title, second});
}

DisplayLabeler::DisplayLabeler(const PropertyGraph& graph) : graph_(graph) {
    for (auto v : graph.nodesWithLabel(std::string(labelOf(NodeKind::Article)))) {
        const NodeRecord& article = graph.node(v);
        std::string key = stringProperty(article, "key");
        std::string date = stringProperty(article, "date");
        if (!key.empty() && !date.empty()) articleDates_.emplace(key, date);
    }
}

std::string DisplayLabeler::figureLabel(const NodeRecord& node) const {
    const Value& value = node.property("value");
    const Value& low = node.property("low");
    const Value& high = node.property("high");
    std::string amount;
    if (!value.isNull()) {
        amount = formatCount(value);
    } else if (!low.isNull() && !high.isNull()) {
        amount = formatCount(low) + "\xE2\x80\x93" + formatCount(high);  // en dash
    } else if (!low.isNull()) {
        amount = "\xE2\x89\xA5" + formatCount(low);
    } else if (!high.isNull()) {
        amount = "\xE2\x89\xA4" + formatCount(high);
    } else {
        amount = "?";
    }
    std::string first = qualifierSymbol(stringProperty(node, "qualifier")) + amount;
    if (std::string measure = stringProperty(node, "measure"); !measure.empty()) {
        first += " " + measure;
    }
    // The date it counts up to (a running total "since April" counts to its article's
    // date), else the start of the time it names, else its first article's date.
    std::string date = stringProperty(node, "as_of");
    if (date.empty()) date = stringProperty(node, "when_begin");
    if (date.empty() && !node.mentions.empty()) {
        auto it = articleDates_.find(node.mentions.front().source);
        if (it != articleDates_.end()) date = it->second;
    }
    date = date.empty() ? stringProperty(node, "when") : formatDate(date);
    if (!date.empty()) first += " \xC2\xB7 " + date;  // middle dot
    return joinLines({first, stringProperty(node, "subject")});
}

std::string DisplayLabeler::operator()(PropertyGraph::Vertex v) const {
    const NodeRecord& node = graph_.node(v);
    std::string name = stringProperty(node, "name");
    if (auto kind = nodeKindOf(node)) {
        switch (*kind) {
            case NodeKind::Figure:
                return figureLabel(node);
            case NodeKind::Actor:
                return joinLines({name, stringProperty(node, "role")});
            case NodeKind::Agency:
            case NodeKind::Place:
                return joinLines({name});
            case NodeKind::Article:
                return articleLabel(node);
        }
    }
    std::string labels;
    for (const auto& label : node.labels) labels += ":" + label;
    if (name.empty()) name = stringProperty(node, "title");
    if (name.empty()) name = "#" + std::to_string(node.id);
    return joinLines({labels, name});
}

}  // namespace newsgraph::graph
