#include "shell/query/parser.h"

#include <cctype>

#include "shell/query/config.h"
#include "shell/query/error.h"
#include "shell/query/grammar.h"

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

// The token at `offset`: a word, a number, a quoted string or one character.
SourceSpan tokenAt(const std::string& text, std::size_t offset) {
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
    if (token.begin >= text.size()) return "the end of the query";
    return "`" + text.substr(token.begin, token.end - token.begin) + "`";
}

std::size_t skipSpaces(const std::string& text, std::size_t offset) {
    while (offset < text.size() && std::isspace(static_cast<unsigned char>(text[offset]))) {
        ++offset;
    }
    return offset;
}

}  // namespace

ParsedStatement parseStatement(const std::string& original) {
    namespace x3 = boost::spirit::x3;
    const std::string text = blankComments(original);
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
        throw SyntaxError(token, "expected " + describeExpected(failure.which()) + ", found " +
                                     describeFound(text, token));
    }
    if (!ok) {
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
