#include "shell/query/unclosed.h"

#include <cctype>
#include <vector>

namespace newsgraph::query {

namespace {

// Words that start a clause or a clause's part: inside `(` or `[` they can only mean that
// the bracket should have been closed before them. WHERE is not one: `any(x IN l WHERE
// ...)` and `[x IN l WHERE ...]` hold it.
constexpr const char* kClauseWords[] = {"MATCH", "OPTIONAL", "WITH",  "RETURN", "UNWIND",
                                        "CREATE", "ORDER",   "SKIP",  "LIMIT",  "UNION"};

bool isWordChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
           (static_cast<unsigned char>(c) & 0x80);
}

bool isClauseWordAt(const std::string& text, std::size_t i) {
    if (i > 0 && isWordChar(text[i - 1])) return false;
    for (const char* word : kClauseWords) {
        std::size_t n = std::char_traits<char>::length(word);
        if (i + n > text.size() || (i + n < text.size() && isWordChar(text[i + n]))) continue;
        bool same = true;
        for (std::size_t k = 0; k < n && same; ++k) {
            same = std::toupper(static_cast<unsigned char>(text[i + k])) == word[k];
        }
        if (same) return true;
    }
    return false;
}

char closerOf(char open) { return open == '(' ? ')' : open == '[' ? ']' : '}'; }

// Just past the last non-blank character: "the end of the query" is shown on its last line.
std::size_t trimmedEnd(const std::string& text) {
    std::size_t end = text.size();
    while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    return end;
}

// Skips the quoted text opening at `i`; returns the offset of its closing quote, or npos.
std::size_t closingQuote(const std::string& text, std::size_t i) {
    const char quote = text[i];
    for (std::size_t k = i + 1; k < text.size(); ++k) {
        if (text[k] == '\\' && quote != '`') ++k;
        else if (text[k] == quote) return k;
    }
    return std::string::npos;
}

// The opener and what follows it up to `end`, blanks collapsed, cut at 20 characters.
std::string excerpt(const std::string& text, std::size_t open, std::size_t end) {
    std::string out;
    for (std::size_t i = open; i < end; ++i) {
        const bool space = std::isspace(static_cast<unsigned char>(text[i]));
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : text[i];
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (out.size() > 20) {
        std::size_t cut = 20;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
        out = out.substr(0, cut) + "…";
    }
    return out;
}

std::string found(const std::string& text, std::size_t at) {
    if (at >= trimmedEnd(text)) return "the end of the query";
    std::size_t end = at + 1;
    if (isWordChar(text[at])) {
        while (end < text.size() && isWordChar(text[end])) ++end;
    }
    return "`" + text.substr(at, end - at) + "`";
}

// Where the closer of the bracket opened at `open` should have been.
std::size_t missingCloserAt(const std::string& text, std::size_t open) {
    std::size_t depth = 0;
    for (std::size_t i = open + 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\'' || c == '"' || c == '`') {
            std::size_t close = closingQuote(text, i);
            if (close == std::string::npos) break;
            i = close;
        } else if (c == '(' || c == '[' || c == '{') {
            ++depth;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            --depth;
        } else if (depth == 0 && text[open] != '{' && isClauseWordAt(text, i)) {
            return i;
        }
    }
    return trimmedEnd(text);
}

// True for a `[` that is not a relationship's (`-[`, `<-[`).
bool opensList(const std::string& text, std::size_t open) {
    if (text[open] != '[') return false;
    std::size_t k = open;
    while (k > 0 && std::isspace(static_cast<unsigned char>(text[k - 1]))) --k;
    return k == 0 || text[k - 1] != '-';
}

}  // namespace

std::optional<SyntaxError> findUnclosed(const std::string& text) {
    std::vector<std::size_t> open;  // offsets of the brackets not closed yet
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\'' || c == '"' || c == '`') {
            std::size_t close = closingQuote(text, i);
            if (close == std::string::npos) {
                const std::string what = c == '`' ? "quoted name" : "string";
                return SyntaxError({i, i + 1}, "unterminated " + what + ": the " +
                                                   std::string(1, c) + " here is never closed");
            }
            i = close;
        } else if (c == '(' || c == '[' || c == '{') {
            open.push_back(i);
        } else if (c == ')' || c == ']' || c == '}') {
            if (open.empty()) continue;  // a stray closer: the grammar's message says it
            const std::size_t opener = open.back();
            if (closerOf(text[opener]) != c) {
                return SyntaxError({i, i + 1}, std::string("expected '") + closerOf(text[opener]) +
                                                   "' after `" + excerpt(text, opener, i) +
                                                   "`, found `" + std::string(1, c) + "`");
            }
            open.pop_back();
        }
    }
    if (open.empty()) return std::nullopt;
    const std::size_t opener = open.back();
    const std::size_t at = missingCloserAt(text, opener);
    const std::size_t tokenEnd = at >= trimmedEnd(text) ? at : at + found(text, at).size() - 2;
    std::string message = std::string("expected '") + closerOf(text[opener]) + "' after `" +
                          excerpt(text, opener, at) + "`, found " + found(text, at);
    if (opensList(text, opener)) message = "unterminated list: " + message;
    return SyntaxError({at, tokenEnd}, message);
}

}  // namespace newsgraph::query
