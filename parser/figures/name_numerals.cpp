#include "parser/figures/name_numerals.h"

#include <cctype>
#include <string>

#include "parser/time/time_expression.h"

namespace newsgraph::parser {

namespace {

// Calendar words before a day or a count are no names ("Tuesday 27 people", "June 14").
bool isCalendarWord(const std::string& lower) { return isWeekday(lower) || monthIndex(lower) >= 0; }

bool startsUpper(const std::string& w) {
    return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])) != 0;
}

bool startsDigit(const std::string& w) {
    return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])) != 0;
}

// Punctuation after which a word is capitalised for the sentence, not for a name.
bool opensSentence(const SentenceWords& s, std::size_t i) {
    if (!s.punct[i]) return false;
    const std::string& p = s.words[i];
    return p == ":" || p == "\"" || p == "'" || p == "-" || p == "." || p == "?" || p == "!";
}

}  // namespace

std::vector<bool> findNameNumerals(const SentenceWords& s, bool titleCase) {
    std::vector<bool> name(s.size(), false);
    if (titleCase) return name;
    for (std::size_t i = 2; i < s.size(); ++i) {
        const std::size_t w = i - 1;  // the capitalised word
        if (s.punct[i] || !startsDigit(s.original[i]) || s.punct[w] || !startsUpper(s.original[w]))
            continue;
        if (opensSentence(s, w - 1) || isCalendarWord(s.words[w])) continue;
        name[i] = true;
    }
    return name;
}

bool isTitleCase(const SentenceWords& s) {
    std::size_t words = 0;
    std::size_t capitalised = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.punct[i] || s.original[i].size() < 4 || startsDigit(s.original[i])) continue;
        ++words;
        capitalised += startsUpper(s.original[i]) ? 1 : 0;
    }
    return words >= 2 && capitalised * 4 >= words * 3;
}

}  // namespace newsgraph::parser
