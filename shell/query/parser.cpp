#include "shell/query/parser.h"

#include <cctype>

#include "graph/utf8.h"
#include "shell/query/config.h"
#include "shell/query/error.h"
#include "shell/query/grammar.h"
#include "shell/query/unclosed.h"

namespace newsgraph::query {

namespace {

// Comments become spaces, so offsets (and so columns) stay those of the original text.
std::string blankComments(const std::string& text) {
    std::string out = text;
    char quote = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        char c = out[i];
        if (quote) {
            if (c == '\\') ++i;
            else if (c == quote) quote = 0;
            continue;
        }
        if (c == '\'' || c == '"' || c == '`') {
            quote = c;
        } else if (c == '/' && i + 1 < out.size() && out[i + 1] == '/') {
            while (i < out.size() && out[i] != '\n') out[i++] = ' ';
        } else if (c == '/' && i + 1 < out.size() && out[i + 1] == '*') {
            std::size_t end = out.find("*/", i + 2);
            end = end == std::string::npos ? out.size() : end + 2;
            for (; i < end; ++i) {
                if (out[i] != '\n') out[i] = ' ';
            }
            --i;
        }
    }
    return out;
}

// Just past the last non-blank character.
std::size_t trimmedEnd(const std::string& text) {
    std::size_t end = text.size();
    while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    return end;
}

// The token at `offset`: a word, a number, a quoted string or one character; empty at the
// end of the text (trailing blanks included).
SourceSpan tokenAt(const std::string& text, std::size_t offset) {
    if (offset >= trimmedEnd(text)) return {offset, offset};
    std::size_t end = offset;
    auto isWord = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
                                      (static_cast<unsigned char>(c) & 0x80); };
    if (end >= text.size()) return {text.size(), text.size()};
    if (isWord(text[end])) {
        while (end < text.size() && isWord(text[end])) ++end;
    } else {
        ++end;
    }
    return {offset, end};
}

// X3 names what it expected after its own fashion (`no_case["END"]`, `')'`): make it a
// phrase for people.
std::string describeExpected(const std::string& which) {
    // Actions have no name of their own: X3 gives their mangled type; find the rule in it.
    if (which.find("boost") != std::string::npos) {
        static const std::pair<const char*, const char*> kRules[] = {
            {"PatternTag", "a pattern"}, {"Pattern", "a pattern"}, {"variableName", "a variable"},
            {"symbolicName", "a name"},  {"Expr", "an expression"}, {"atom", "an expression"},
            {"Clause", "a clause"},      {"sortItem", "an expression"},
        };
        for (const auto& [key, phrase] : kRules) {
            if (which.find(key) != std::string::npos) return phrase;
        }
        return "something else";
    }
    auto open = which.find('"');
    if (open != std::string::npos) {
        auto close = which.find('"', open + 1);
        if (close != std::string::npos) return which.substr(open + 1, close - open - 1);
    }
    return which;
}

std::string describeFound(const std::string& text, SourceSpan token) {
    if (token.begin >= trimmedEnd(text)) return "the end of the query";
    return "`" + text.substr(token.begin, token.end - token.begin) + "`";
}

// The next non-blank offset; past the last one, the end of the last line that has text,
// so that "found the end of the query" is shown on that line rather than on an empty one.
std::size_t skipSpaces(const std::string& text, std::size_t offset) {
    while (offset < text.size() && std::isspace(static_cast<unsigned char>(text[offset]))) {
        ++offset;
    }
    return offset < text.size() ? offset : trimmedEnd(text);
}

bool isCloser(const std::string& expected) {
    return expected == "')'" || expected == "']'" || expected == "'}'";
}

// Brackets nested deeper than this are refused before parsing: the parser is recursive
// descent, and no real query comes near it.
constexpr std::size_t kMaxNesting = 200;

void checkNesting(const std::string& text) {
    std::size_t depth = 0;
    std::size_t prefixRun = 0;  // consecutive `-`, `+` and NOT: each nests the parse too
    char quote = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (!quote && !std::isspace(static_cast<unsigned char>(c))) {
            bool isNot = (c == 'N' || c == 'n') && i + 3 <= text.size() &&
                         (text.compare(i, 3, "NOT") == 0 || text.compare(i, 3, "not") == 0) &&
                         (i + 3 == text.size() || !std::isalnum(static_cast<unsigned char>(text[i + 3])));
            if (c == '-' || c == '+' || isNot) {
                if (++prefixRun > kMaxNesting) {
                    throw SyntaxError({i, i + 1}, "more than " + std::to_string(kMaxNesting) +
                                                      " operators in a row");
                }
                if (isNot) i += 2;
                continue;
            }
            prefixRun = 0;
        }
        if (quote) {
            if (c == '\\') ++i;
            else if (c == quote) quote = 0;
        } else if (c == '\'' || c == '"' || c == '`') {
            quote = c;
        } else if (c == '(' || c == '[' || c == '{') {
            if (++depth > kMaxNesting) {
                throw SyntaxError({i, i + 1}, "brackets are nested more than " +
                                                  std::to_string(kMaxNesting) + " deep");
            }
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
}

std::uint32_t hexValue(const std::string& text, std::size_t begin, std::size_t digits) {
    std::uint32_t value = 0;
    for (std::size_t k = begin; k < begin + digits; ++k) {
        const char c = text[k];
        const std::uint32_t d = std::isdigit(static_cast<unsigned char>(c))
                                    ? static_cast<std::uint32_t>(c - '0')
                                    : static_cast<std::uint32_t>(std::tolower(c) - 'a' + 10);
        value = value * 16 + d;
    }
    return value;
}

// Every string the query makes must be valid UTF-8, or it could be stored and saved and
// then not read back: the text itself, and what `\u` and `\U` escapes in string literals
// make (a lone surrogate such as `\uD800`, or a code point past U+10FFFF, is no character).
void checkEncoding(const std::string& text) {
    if (std::size_t bad = graph::findInvalidUtf8(text); bad != std::string::npos) {
        throw SyntaxError({bad, bad + 1}, "the query is not valid UTF-8 here (byte " +
                                              std::to_string(bad) + ")");
    }
    char quote = 0;
    std::size_t pendingHigh = std::string::npos;  // where an unpaired high surrogate began
    std::size_t pendingEnd = 0;                   // and ended
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (!quote) {
            if (c == '\'' || c == '"' || c == '`') quote = c;
            continue;
        }
        std::size_t digits = 0;
        if (c == '\\' && quote != '`' && i + 1 < text.size()) {
            const char kind = text[i + 1];
            digits = kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
            auto allHex = [&] {
                if (i + 2 + digits > text.size()) return false;
                for (std::size_t k = i + 2; k < i + 2 + digits; ++k) {
                    if (!std::isxdigit(static_cast<unsigned char>(text[k]))) return false;
                }
                return true;
            };
            if (digits > 0 && !allHex()) digits = 0;  // the grammar reports it
        }
        if (digits == 0) {
            if (pendingHigh != std::string::npos) break;
            if (c == '\\') {
                ++i;
            } else if (c == quote) {
                quote = 0;
            }
            continue;
        }
        const SourceSpan escape{i, i + 2 + digits};
        const std::uint32_t cp = hexValue(text, i + 2, digits);
        const std::string written = text.substr(i, 2 + digits);
        if (cp > 0x10FFFF) {
            throw SyntaxError(escape, "`" + written + "` is past the last Unicode character, U+10FFFF");
        }
        const bool high = cp >= 0xD800 && cp <= 0xDBFF;
        const bool low = cp >= 0xDC00 && cp <= 0xDFFF;
        if (pendingHigh != std::string::npos && !low) break;
        if (low && pendingHigh == std::string::npos) {
            throw SyntaxError(escape, "`" + written +
                                          "` is half of a UTF-16 surrogate pair, not a character");
        }
        pendingHigh = high ? i : std::string::npos;
        pendingEnd = escape.end;
        i = escape.end - 1;
    }
    if (pendingHigh != std::string::npos) {
        throw SyntaxError({pendingHigh, pendingEnd},
                          "`" + text.substr(pendingHigh, pendingEnd - pendingHigh) +
                              "` is half of a UTF-16 surrogate pair, not a character");
    }
}

}  // namespace

ParsedStatement parseStatement(const std::string& original) {
    namespace x3 = boost::spirit::x3;
    const std::string text = blankComments(original);
    checkEncoding(text);
    checkNesting(text);
    grammar::Iterator first = text.begin();
    const grammar::Iterator last = text.end();
    std::ostringstream ignored;
    grammar::ErrorHandler handler(first, last, ignored);
    ParsedStatement parsed;
    bool ok = false;
    try {
        auto const parser = x3::with<x3::error_handler_tag>(std::ref(handler))[grammar::statement()];
        ok = x3::phrase_parse(first, last, parser, x3::ascii::space, parsed.statement);
    } catch (const x3::expectation_failure<grammar::Iterator>& failure) {
        std::size_t offset = skipSpaces(text, failure.where() - text.begin());
        SourceSpan token = tokenAt(text, offset);
        const std::string expected = describeExpected(failure.which());
        // An unclosed string or bracket explains the failure better than what the grammar
        // wanted at the point it gave up, unless it wanted that very closer.
        if (!isCloser(expected)) {
            if (auto unclosed = findUnclosed(text)) throw *unclosed;
        }
        throw SyntaxError(token, "expected " + expected + ", found " + describeFound(text, token));
    }
    if (!ok) {
        if (auto unclosed = findUnclosed(text)) throw *unclosed;
        std::size_t offset = skipSpaces(text, 0);
        SourceSpan token = tokenAt(text, offset);
        throw SyntaxError(token, "expected a clause (MATCH, OPTIONAL MATCH, UNWIND, WITH, "
                                 "RETURN or CREATE), found " + describeFound(text, token));
    }
    std::vector<std::size_t> offsets;
    for (const auto& position : handler.get_position_cache().get_positions()) {
        offsets.push_back(static_cast<std::size_t>(position - text.begin()));
    }
    parsed.positions = PositionTable(std::move(offsets));
    return parsed;
}

}  // namespace newsgraph::query
