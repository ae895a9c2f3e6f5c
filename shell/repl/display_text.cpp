#include "shell/repl/display_text.h"

#include <cstdio>

namespace newsgraph::shell {

std::string groupedNumber(const graph::Value& number) {
    if (!number.isNumber()) return number.toDisplayString();
    const std::string digits =
        number.isInt() ? std::to_string(number.asInt()) : number.toDisplayString();
    const std::size_t sign = digits[0] == '-' ? 1 : 0;
    std::size_t end = digits.find('.');
    if (end == std::string::npos) end = digits.size();
    std::string grouped = digits.substr(0, sign);
    for (std::size_t i = sign; i < end; ++i) {
        if (i > sign && (end - i) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    return grouped + digits.substr(end);
}

std::string figureValueText(const graph::NodeRecord& figure) {
    const graph::Value& value = figure.property("value");
    const graph::Value& low = figure.property("low");
    const graph::Value& high = figure.property("high");
    std::string number = value.isNumber()                   ? groupedNumber(value)
                         : low.isNumber() && high.isNumber() ? groupedNumber(low) + "\u2013" + groupedNumber(high)
                                                             : "?";
    const graph::Value& qualifier = figure.property("qualifier");
    if (!qualifier.isString()) return number;
    const std::string& q = qualifier.asString();
    if (q == "approximately") return "\u2248" + number;
    if (q == "at least") return "\u2265" + number;
    if (q == "at most") return "\u2264" + number;
    return number;
}

std::string nodeCaption(const graph::NodeRecord& node) {
    auto text = [&](const char* key) {
        const graph::Value& v = node.property(key);
        return v.isString() ? v.asString() : std::string();
    };
    if (node.hasLabel("Figure")) {
        std::string caption = figureValueText(node) + " " + text("measure");
        if (!text("subject").empty()) caption += " (" + text("subject") + ")";
        return caption;
    }
    if (node.hasLabel("Article")) return text("file").empty() ? text("key") : text("file");
    if (!text("name").empty()) return text("name");
    std::string caption;
    for (const auto& label : node.labels) caption += ":" + label;
    return caption + " #" + std::to_string(node.id);
}

std::string_view sentenceAround(std::string_view text, std::size_t begin, std::size_t end) {
    if (begin > text.size()) return {};
    end = std::min(end, text.size());
    auto isBoundary = [&](std::size_t i) {  // a sentence ends just before i
        if (i == 0) return true;
        char before = text[i - 1];
        if (before == '\n' && i >= 2 && text[i - 2] == '\n') return true;
        if (before == '\n' && i >= 2 && text[i - 2] == '\r') return true;
        return (before == ' ' || before == '\n') && i >= 2 &&
               (text[i - 2] == '.' || text[i - 2] == '!' || text[i - 2] == '?');
    };
    std::size_t start = begin;
    while (start > 0 && !isBoundary(start)) --start;
    std::size_t stop = end;
    while (stop < text.size() && !(text[stop] == '\n' && stop + 1 < text.size() && text[stop + 1] == '\n') &&
           !((text[stop] == '.' || text[stop] == '!' || text[stop] == '?') &&
             (stop + 1 == text.size() || text[stop + 1] == ' ' || text[stop + 1] == '\n' ||
              text[stop + 1] == '\r'))) {
        ++stop;
    }
    if (stop < text.size() && text[stop] != '\n') ++stop;
    std::string_view sentence = text.substr(start, stop - start);
    while (!sentence.empty() && std::isspace(static_cast<unsigned char>(sentence.front()))) sentence.remove_prefix(1);
    while (!sentence.empty() && std::isspace(static_cast<unsigned char>(sentence.back()))) sentence.remove_suffix(1);
    return sentence;
}

}  // namespace newsgraph::shell
