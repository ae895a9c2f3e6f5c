#include "parser/figures/figure_filters.h"

#include <cctype>
#include <cmath>
#include <set>
#include <string>

#include "parser/text/cue_table.h"
#include "parser/text/lexicon.h"
#include "parser/time/time_expression.h"

namespace newsgraph::parser {

namespace {

bool isLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// The word right after the numeral, across spaces or a hyphen ("24-year-old" ->
// "year-old", "6.8-magnitude"), or the symbol glued to it ("%").
std::string wordAfter(std::string_view s, std::size_t pos) {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\n' || s[pos] == '-')) ++pos;
    if (pos < s.size() && !isLetter(s[pos]) && s[pos] != '\xC2') return std::string(1, s[pos]);
    std::string word;
    while (pos < s.size() && (isLetter(s[pos]) || s[pos] == '-' || s[pos] == '.')) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(s[pos++])));
    }
    while (!word.empty() && (word.back() == '.' || word.back() == '-')) word.pop_back();
    return word;
}

// The word (or currency symbol) right before the numeral.
std::string wordBefore(std::string_view s, std::size_t pos) {
    while (pos > 0 && s[pos - 1] == ' ') --pos;
    if (pos == 0) return {};
    const unsigned char last = static_cast<unsigned char>(s[pos - 1]);
    if (last == '$') return "$";
    if (last >= 0x80) {  // a multi-byte symbol such as € or £
        std::size_t start = pos - 1;
        while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
        std::string symbol(s.substr(start, pos - start));
        if (symbol == "\u20AC" || symbol == "\u00A3" || symbol == "\u00A5") return symbol;
        return {};
    }
    // An abbreviation's dot ("Feb. 3", "No. 5") belongs to the word before it.
    if (s[pos - 1] == '.' && pos > 1 && isLetter(s[pos - 2])) --pos;
    std::size_t start = pos;
    while (start > 0 && (isLetter(s[start - 1]) || s[start - 1] == '$')) --start;
    return foldCase(s.substr(start, pos - start));
}

bool looksLikeYear(std::string_view text, double value) {
    return text.size() == 4 && text.find(',') == std::string_view::npos && value >= 1900 &&
           value <= 2100;
}

// Whether the word before "in" ending at `pos` (the numeral's start) is a number: the
// first term of a ratio ("1 in 5", "one in three").
bool ratioFirstTerm(std::string_view s, std::size_t pos) {
    while (pos > 0 && s[pos - 1] == ' ') --pos;
    if (pos < 2 || s.substr(pos - 2, 2) != "in") return false;
    pos -= 2;
    while (pos > 0 && s[pos - 1] == ' ') --pos;
    std::size_t start = pos;
    while (start > 0 && (std::isalnum(static_cast<unsigned char>(s[start - 1])) || s[start - 1] == ',')) --start;
    return start < pos && !findNumbers(s.substr(start, pos - start)).empty();
}

// "two Arab diplomats told AFP that 550 ...", "three officials said": a count of the
// unnamed people who speak, not a claim about the world.
bool countsSpeakers(std::string_view s, std::size_t end) {
    static const std::set<std::string> kSpeakers = {"diplomats", "officials", "sources",  "witnesses",
                                                    "residents", "doctors",   "analysts", "experts"};
    static const std::set<std::string> kSay = {"said", "say", "says", "told", "tell", "tells"};
    bool speakers = false;
    std::size_t pos = end;
    for (int k = 0; k < 4; ++k) {
        while (pos < s.size() && s[pos] == ' ') ++pos;
        std::size_t e = pos;
        while (e < s.size() && isLetter(s[e])) ++e;
        if (e == pos) return false;
        std::string word(s.substr(pos, e - pos));
        for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (kSay.count(word)) return speakers;
        speakers = kSpeakers.count(word) > 0;
        pos = e;
    }
    return false;
}

// "hit around three last night", "at two in the morning", "at 11 o'clock": an hour named
// by a preposition of time and a part of the day after it. Only after such a preposition,
// since "gunmen killed three last night" counts.
bool clockHour(std::string_view s, const NumberMatch& n, const std::string& before) {
    static const std::set<std::string> kPrepositions = {"at",     "around", "about", "after",
                                                        "before", "until",  "till",  "since",
                                                        "by",     "from",   "past"};
    static const std::set<std::string> kDayParts = {
        "last night",     "this morning",     "in the morning", "in the afternoon",
        "in the evening", "in the night",     "at night",       "tonight",
        "o'clock",        "o\u2019clock", "this afternoon",   "this evening"};
    if (n.high > 12 || n.isRange || !kPrepositions.count(before)) return false;
    std::size_t pos = n.end;
    while (pos < s.size() && s[pos] == ' ') ++pos;
    const std::string rest = foldCase(s.substr(pos, std::min<std::size_t>(20, s.size() - pos)));
    for (const auto& part : kDayParts) {
        if (rest.compare(0, part.size(), part) == 0) return true;
    }
    return false;
}

}  // namespace

bool isNotAFigure(std::string_view s, const NumberMatch& n) {
    const std::string_view text = s.substr(n.begin, n.end - n.begin);
    // "one of them", "a"; but "one death", "one person died" count.
    if (n.spelled && n.high < 2) {
        static const std::set<std::string> kOneOf = {"death", "fatality", "casualty", "person",
                                                     "man", "woman", "child", "body", "boy",
                                                     "girl", "soldier", "civilian"};
        return n.low != 1 || !kOneOf.count(wordAfter(s, n.end));
    }
    if (std::floor(n.low) != n.low || std::floor(n.high) != n.high) return true;
    // "a maximum 7 on the seismic intensity scale", "6 on the Richter scale": a reading.
    if (wordAfter(s, n.end) == "on") {
        const std::string rest = foldCase(s.substr(n.end, std::min<std::size_t>(60, s.size() - n.end)));
        const auto scale = rest.find(" scale");
        if (scale != std::string::npos && rest.find_first_of(".,;", 0) > scale) return true;
    }
    // "more than 2000 people": a year-like numeral before a noun of people is a count.
    static const std::set<std::string> kPeople = {"people", "persons", "residents", "victims",
                                                  "soldiers", "troops", "families", "bodies",
                                                  "homes", "houses", "children", "pilgrims"};
    const bool countOfPeople = kPeople.count(foldCase(wordAfter(s, n.end))) > 0;
    if ((looksLikeYear(text, n.low) && !countOfPeople) || (n.isRange && n.low >= 1900 && n.high <= 2100 &&
                                       n.low < 2100 && text.find(',') == std::string_view::npos)) {
        return true;
    }
    const std::string after = wordAfter(s, n.end);
    // A compound adjective: "four-star general", "two-storey", "10-point plan" (but a
    // "5,000-strong force", "100-odd" and "200-plus" people are counts).
    if (n.end + 1 < s.size() && s[n.end] == '-' && isLetter(s[n.end + 1]) && after != "strong" &&
        after != "odd" && after != "plus" && after != "some") {
        return true;
    }
    // A suspended hyphen: "20- to 30-metre-long", "two- and three-storey" modify a noun.
    if (n.end < s.size() && s[n.end] == '-' && (after == "to" || after == "and" || after == "or")) {
        return true;
    }
    // "Julia Condori, 64, a structural engineer": an age set off after a name.
    if (n.end < s.size() && s[n.end] == ',' && n.begin >= 3 && s[n.begin - 1] == ' ' &&
        s[n.begin - 2] == ',' && !n.spelled) {
        std::size_t w = n.begin - 2;
        while (w > 0 && isLetter(s[w - 1])) --w;
        const std::string name(s.substr(w, n.begin - 2 - w));
        if (!name.empty() && std::isupper(static_cast<unsigned char>(name[0])) &&
            monthIndex(foldCase(name)) < 0 && n.high < 120) {
            return true;
        }
    }
    // "541-555-0187": a telephone number, whose first two groups read as a range.
    if (n.end + 1 < s.size() && (s[n.end] == '-') && std::isdigit(static_cast<unsigned char>(s[n.end + 1]))) {
        return true;
    }
    // "24/7", "9/11", "3/4": a fraction or a date, never a count.
    if (n.end + 1 < s.size() && s[n.end] == '/' && std::isdigit(static_cast<unsigned char>(s[n.end + 1]))) {
        return true;
    }
    const std::string before = wordBefore(s, n.begin);
    if (n.end < s.size() && s[n.end] == ':' && n.end + 1 < s.size() &&
        std::isdigit(static_cast<unsigned char>(s[n.end + 1]))) {
        return true;  // a time of day, "10:30"
    }
    if (n.high <= 31 && (monthIndex(after) >= 0 || monthIndex(before) >= 0)) return true;
    if (clockHour(s, n, before)) return true;
    const CueTable& units = CueTable::get("not_counted");
    if (auto label = units.labelOf(after); label && *label == "after") return true;
    if (after.size() > 1) {  // "year-old", "km-long": the part before the hyphen decides
        const auto dash = after.find('-');
        if (dash != std::string::npos) {
            auto head = units.labelOf(after.substr(0, dash));
            if (head && *head == "after") return true;
        }
    }
    if (auto label = units.labelOf(before); label && *label == "before") return true;
    if (countsSpeakers(s, n.end)) return true;
    // A ratio's first term: "1 in 5 children is malnourished".
    if (after == "in") {
        std::size_t pos = s.find("in", n.end) + 2;
        while (pos < s.size() && s[pos] == ' ') ++pos;
        std::size_t end = pos;
        while (end < s.size() && std::isalnum(static_cast<unsigned char>(s[end]))) ++end;
        if (end > pos && !findNumbers(s.substr(pos, end - pos)).empty()) return true;
    }
    // A ratio's second term: "1 in 5 children", "one in three".
    if (before == "in" && ratioFirstTerm(s, n.begin)) return true;
    return false;
}

}  // namespace newsgraph::parser
