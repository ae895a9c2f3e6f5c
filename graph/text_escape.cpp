#include "graph/text_escape.h"

#include <cstdio>

namespace newsgraph::graph {

namespace {

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string csvField(std::string_view text, char separator) {
    if (text.empty()) return "\"\"";
    bool quote = text.front() == ' ' || text.back() == ' ' ||
                 text.find_first_of(std::string{separator, '"', '\r', '\n'}) != text.npos;
    if (!quote) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string xmlEscape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            case '\r':
                out += "&#13;";
                break;
            case '\n':
            case '\t':
                out += c;
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    out += "\xEF\xBF\xBD";
                } else {
                    out += c;
                }
        }
    }
    return out;
}

std::string dotEscape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '&') {
            out += "&amp;";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            continue;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

std::string cypherString(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '\'':
                out += "\\'";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    out += '\'';
    return out;
}

std::string cypherName(std::string_view name) {
    auto isStart = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    };
    auto isPart = [&](char c) { return isStart(c) || (c >= '0' && c <= '9'); };
    bool plain = !name.empty() && isStart(name.front());
    for (char c : name) plain = plain && isPart(c);
    if (plain) return std::string(name);
    std::string out = "`";
    for (char c : name) {
        if (c == '`') out += '`';
        out += c;
    }
    out += '`';
    return out;
}

std::string truncateText(std::string_view text, std::size_t maxChars) {
    if (maxChars == 0) return "";
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (isContinuationByte(text[i])) continue;
        if (chars == maxChars) {
            // Keep room for the ellipsis: cut before the last kept code point.
            std::size_t cut = i;
            do {
                --cut;
            } while (cut > 0 && isContinuationByte(text[cut]));
            return std::string(text.substr(0, cut)) + "\xE2\x80\xA6";
        }
        ++chars;
    }
    return std::string(text);
}

}  // namespace newsgraph::graph
