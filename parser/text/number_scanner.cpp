#include "parser/text/number_scanner.h"

#include <cctype>
#include <set>
#include <string>
#include <string_view>

#include "parser/text/number_grammar.h"

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

// The text as the grammar may read it: Spirit X3's character classes take only ASCII
// (a byte >= 0x80 is a negative `char`, which its classifiers must not see), so each
// other byte becomes 0x7F, which no rule matches and which ends a word, except the en
// dash, which becomes "  -", and a no-break or thin space between digit groups, which
// becomes ',' and 0x01 fillers (same length: byte offsets stay the same).
std::string asciiForGrammar(std::string_view text) {
    std::string folded(text);
    auto digit = [&](std::size_t k) {
        return k < text.size() && std::isdigit(static_cast<unsigned char>(text[k])) != 0;
    };
    for (std::size_t i = 0; i < folded.size(); ++i) {
        // "3 624 houses", "16 000 people": a plain space between a group of one to three
        // digits that opens a word and a group of exactly three is a thousands separator.
        if (text[i] == ' ' && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4) &&
            (i + 4 >= text.size() || !std::isalpha(static_cast<unsigned char>(text[i + 4]))) &&
            !(i + 5 < text.size() && (text[i + 4] == '.' || text[i + 4] == ',') && digit(i + 5))) {
            std::size_t b = i;
            while (b > 0 && digit(b - 1)) --b;
            const bool opens = b == 0 || (text[b - 1] != ',' && text[b - 1] != '.' &&
                                          !std::isalnum(static_cast<unsigned char>(text[b - 1])));
            // "on March 15 200 people", "in 2023 2 352": a date or another number before
            // the first group makes two numbers.
            std::size_t w = b;
            while (w > 0 && text[w - 1] == ' ') --w;
            std::size_t ws = w;
            while (ws > 0 && (std::isalnum(static_cast<unsigned char>(text[ws - 1])) || text[ws - 1] == '.')) --ws;
            std::string before(text.substr(ws, w - ws));
            for (auto& c : before) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            while (!before.empty() && before.back() == '.') before.pop_back();
            static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
                                                  "aug", "sep", "sept", "oct", "nov", "dec"};
            bool dated = !before.empty() && std::isdigit(static_cast<unsigned char>(before[0]));
            for (const char* m : kMonths) dated = dated || before.rfind(m, 0) == 0;
            if (i - b >= 1 && i - b <= 3 && opens && !dated) {
                folded[i] = ',';
                continue;
            }
        }
        if (static_cast<unsigned char>(folded[i]) < 0x80) continue;
        if (text.substr(i, 3) == "\xE2\x80\x93") {
            folded.replace(i, 3, "  -");
            i += 2;
            continue;
        }
        // "300 000" with a no-break (C2 A0), thin (E2 80 89) or narrow no-break (E2 80 AF)
        // space between digit groups: a thousands separator.
        std::size_t width = 0;
        if (text.substr(i, 2) == "\xC2\xA0") width = 2;
        if (text.substr(i, 3) == "\xE2\x80\x89" || text.substr(i, 3) == "\xE2\x80\xAF") width = 3;
        if (width > 0 && i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
            i + width + 3 <= text.size() &&
            std::isdigit(static_cast<unsigned char>(text[i + width])) &&
            std::isdigit(static_cast<unsigned char>(text[i + width + 1])) &&
            std::isdigit(static_cast<unsigned char>(text[i + width + 2])) &&
            (i + width + 3 == text.size() ||
             !std::isdigit(static_cast<unsigned char>(text[i + width + 3])))) {
            folded.replace(i, width, "," + std::string(width - 1, '\x01'));
            i += width - 1;
            continue;
        }
        folded[i] = '\x7F';
    }
    return folded;
}

// Whether a number of the grammar (number_grammar_def.h) can open with the word at `pos`
// of `folded`: a digit, or one of the words its alternatives open with. Every other word
// is passed over without running the grammar, which most words of a text would fail.
// Keep in step with the grammar's tables and literals.
bool mayOpenNumber(std::string_view folded, std::size_t pos) {
    if (std::isdigit(static_cast<unsigned char>(folded[pos]))) return true;
    // The openers' first letters: the common case, most words, is settled here.
    const char first = static_cast<char>(std::tolower(static_cast<unsigned char>(folded[pos])));
    if (std::string_view("abefhnost").find(first) == std::string_view::npos) return false;
    static const std::set<std::string, std::less<>> kOpeners = {
        "a",       "half",      "between",  "one",      "two",     "three",    "four",
        "five",    "six",       "seven",    "eight",    "nine",    "ten",      "eleven",
        "twelve",  "thirteen",  "fourteen", "fifteen",  "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty",   "thirty",   "forty",    "fifty",   "sixty",    "seventy",
        "eighty",  "ninety"};
    constexpr std::size_t kLongest = 9;  // "seventeen"
    char word[kLongest];
    std::size_t n = 0;
    for (std::size_t i = pos; i < folded.size() && isAlnum(folded[i]); ++i) {
        if (n == kLongest) return false;
        word[n++] = static_cast<char>(std::tolower(static_cast<unsigned char>(folded[i])));
    }
    return kOpeners.count(std::string_view(word, n)) > 0;
}

bool hasDigit(std::string_view text) {
    for (char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c))) return true;
    }
    return false;
}

// Parses at `pos` of `folded` (asciiForGrammar of `text`); spans are `text`'s.
std::optional<NumberMatch> parseFolded(std::string_view folded, std::string_view text,
                                       std::size_t pos) {
    if (pos >= folded.size()) return std::nullopt;
    const char* first = folded.data() + pos;
    const char* const last = folded.data() + folded.size();
    ast::NumberAst number;
    if (!boost::spirit::x3::parse(first, last, grammar::number(), number)) return std::nullopt;
    const std::size_t end = static_cast<std::size_t>(first - folded.data());
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
        if (!match.isRange) {
            // "revised from 95 to 84": a falling pair is two counts, not a range; the
            // match is its first number alone, and the second is read on its own.
            for (std::size_t e = end; e-- > pos + 1;) {
                if (isAlnum(text[e - 1]) && (e >= text.size() || !isAlnum(text[e]))) {
                    const char* from = folded.data() + pos;
                    ast::NumberAst first;
                    if (boost::spirit::x3::parse(from, folded.data() + e, grammar::number(), first) &&
                        !first.high && static_cast<std::size_t>(from - folded.data()) == e) {
                        match.end = e;
                        match.low = match.high = first.low.value();
                        break;
                    }
                }
            }
            match.high = match.low;
        }
    }
    return match;
}

}  // namespace

std::optional<NumberMatch> parseNumberAt(std::string_view text, std::size_t pos) {
    return parseFolded(asciiForGrammar(text), text, pos);
}

std::vector<NumberMatch> findNumbers(std::string_view text) {
    const std::string folded = asciiForGrammar(text);
    std::vector<NumberMatch> found;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (!startsWord(text, pos)) {
            ++pos;
            continue;
        }
        if (!mayOpenNumber(folded, pos)) {
            while (pos < text.size() && isAlnum(text[pos])) ++pos;
            continue;
        }
        if (auto match = parseFolded(folded, text, pos)) {
            found.push_back(*match);
            pos = match->end;
            continue;
        }
        while (pos < text.size() && isAlnum(text[pos])) ++pos;
    }
    return found;
}

}  // namespace newsgraph::parser
