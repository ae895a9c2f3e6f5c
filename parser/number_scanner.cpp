#include "parser/number_scanner.h"

#include <cctype>

#include "parser/number_grammar.h"

namespace newsgraph::parser {

namespace {

bool isAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// A numeral may start here: the start of a word, not the inside of "1.5", "SA-22" or a
// URL path ("afp-3").
bool startsWord(std::string_view text, std::size_t pos) {
    if (!isAlnum(text[pos])) return false;
    if (pos == 0) return true;
    const char before = text[pos - 1];
    if (isAlnum(before) || before == '/' || before == '_') return false;
    if ((before == '-' || before == '.' || before == ',') && pos >= 2 && isAlnum(text[pos - 2])) {
        return false;
    }
    return true;
}

bool hasDigit(std::string_view text) {
    for (char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c))) return true;
    }
    return false;
}

}  // namespace

std::optional<NumberMatch> parseNumberAt(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return std::nullopt;
    const char* first = text.data() + pos;
    const char* const last = text.data() + text.size();
    ast::NumberAst number;
    if (!boost::spirit::x3::parse(first, last, grammar::number(), number)) return std::nullopt;
    const std::size_t end = static_cast<std::size_t>(first - text.data());
    if (end < text.size() && isAlnum(text[end])) return std::nullopt;
    NumberMatch match;
    match.begin = pos;
    match.end = end;
    match.spelled = !hasDigit(text.substr(pos, end - pos));
    match.low = match.high = number.low.value();
    if (number.high) {
        ast::Cardinal low = number.low;
        // "10 to 15 thousand": the scale written once applies to both ends.
        if (low.scale == 1 && number.high->scale > 1 && low.mantissa < number.high->mantissa) {
            low.scale = number.high->scale;
        }
        match.low = low.value();
        match.high = number.high->value();
        match.isRange = match.high > match.low;
        if (!match.isRange) match.high = match.low;
    }
    return match;
}

std::vector<NumberMatch> findNumbers(std::string_view text) {
    std::vector<NumberMatch> found;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (!startsWord(text, pos)) {
            ++pos;
            continue;
        }
        if (auto match = parseNumberAt(text, pos)) {
            found.push_back(*match);
            pos = match->end;
            continue;
        }
        while (pos < text.size() && isAlnum(text[pos])) ++pos;
    }
    return found;
}

}  // namespace newsgraph::parser
