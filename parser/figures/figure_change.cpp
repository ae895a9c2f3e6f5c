// SentenceReader (sentence_reader.h): counts that change, restate or recall another:
// increments, older estimates, anaphoric totals.
#include "parser/figures/sentence_reader.h"

#include <set>

namespace newsgraph::parser {

using namespace figure_text;

bool SentenceReader::anaphoricTotal(std::size_t first) const {
    static const std::set<std::string> kPronouns = {"that", "this", "it"};
    static const std::set<std::string> kCountNouns = {"figure", "number", "tally", "count",
                                                      "estimate", "total"};
    // The subject opens the sentence: "That", "It", "The figure", "This number".
    std::size_t k = 0;
    // (past an opening connective: "However, it was later revised up to 670")
    static const std::set<std::string> kConnectives = {"however", "but", "and", "yet", "since", "later"};
    while (k < first && (s_.punct[k] || kConnectives.count(s_.words[k]))) ++k;
    if (k >= first) return false;
    bool anaphor = kPronouns.count(s_.words[k]) > 0;
    if (anaphor && k + 1 < first && kCountNouns.count(s_.words[k + 1])) ++k;
    if (!anaphor && s_.words[k] == "the" && k + 1 < first && kCountNouns.count(s_.words[k + 1])) {
        anaphor = true;
        ++k;
    }
    // "The number of people whom ... was reduced to 102" says what it counts itself.
    if (!anaphor || (k + 1 < first && (s_.words[k + 1] == "of" || s_.words[k + 1] == "'s"))) return false;
    // Then a change up to the numeral: "was later revised up to", "has risen to".
    std::size_t to = beforeQualifier(first);
    if (first >= 2 && s_.words[first - 1] == "to" && s_.words[first - 2] == "up") to = first;
    if (to == 0 || (s_.words[to - 1] != "to" && s_.words[to - 1] != "at")) return false;
    for (std::size_t j = k + 1; j + 1 < to; ++j) {
        if (s_.punct[j] || numeral(j)) return false;
    }
    return to > k + 2;
}

bool SentenceReader::anaphoricComparison(std::size_t first) const {
    static const std::set<std::string> kPronouns = {"that", "this", "it"};
    static const std::set<std::string> kBe = {"is", "was", "'s"};
    // "That is up from nine", "This was down from 20", "That compares with 13".
    std::size_t k = 0;
    while (k < first && s_.punct[k]) ++k;
    if (k + 2 >= first || !kPronouns.count(s_.words[k])) return false;
    const std::size_t to = beforeQualifier(first);
    if (to < k + 3) return false;
    const std::string& a = s_.words[to - 2];
    const std::string& b = s_.words[to - 1];
    const bool compared = ((a == "up" || a == "down") && b == "from") ||
                          (a == "compares" && b == "with") || (a == "compared" && b == "with");
    if (!compared) return false;
    // Only a form of "be" between the pronoun and the comparison.
    for (std::size_t j = k + 1; j + 2 < to; ++j) {
        if (!kBe.count(s_.words[j])) return false;
    }
    return true;
}

bool SentenceReader::countNounBefore(std::size_t first) const {
    const Lexicon& nouns = Lexicon::get("count_nouns");
    for (std::size_t k = first; k-- > 0 && k + 8 > first;) {
        if (endsClause(s_, k) || numeral(k)) return false;
        if (nouns.contains(s_.words[k])) return true;
    }
    return false;
}

bool SentenceReader::isIncrement(std::size_t first, std::size_t npBegin, std::size_t npEnd) const {
    for (std::size_t i = npBegin; i < npEnd; ++i) {
        if (kIncrementWords.count(s_.words[i])) return true;
    }
    for (std::size_t i = first >= 3 ? first - 3 : 0; i < first; ++i) {
        const bool comparative = i + 1 < s_.size() && s_.words[i + 1] == "than";
        if (kIncrementWords.count(s_.words[i]) && !comparative) return true;
    }
    // "the toll increased by 100", "rose by 320": the difference, not the total.
    static const std::set<std::string> kChanged = {"increased", "rose", "risen", "climbed", "grew",
                                                   "jumped", "up", "decreased", "fell", "dropped",
                                                   "down", "increase", "rise", "went"};
    const std::size_t k = beforeQualifier(first);
    if (k >= 2 && s_.words[k - 1] == "by" && kChanged.count(s_.words[k - 2]) > 0) return true;
    // "an increase of 12 from the initial tally", "a rise of 30": the change's size.
    static const std::set<std::string> kChangeNouns = {"increase", "rise", "jump", "drop", "decrease",
                                                       "fall", "spike", "surge"};
    return k >= 2 && s_.words[k - 1] == "of" && kChangeNouns.count(s_.words[k - 2]) > 0;
}

std::string SentenceReader::previousCue(std::size_t first) const {
    // "risen to 78 from 56", "rose from about 56 to 78": the number after "from" in a
    // change is the older one.
    const std::size_t opener = beforeQualifier(first);
    if (opener >= 1 && s_.words[opener - 1] == "from") {
        const bool afterNew = opener >= 3 && numeral(opener - 2) && s_.words[opener - 3] == "to";
        // (past a bracket: "from 190 (as in our last update) to 225")
        std::size_t next = first + 1;
        if (next < s_.size() && s_.words[next] == "(") {
            while (next < s_.size() && next < first + 20 && s_.words[next] != ")") ++next;
            ++next;
        }
        const bool beforeNew = next + 1 < s_.size() && s_.words[next] == "to";
        if (afterNew || beforeNew) return s_.original[opener - 1];
    }
    // The new total of a change ("from 190 (as in our previous update) to 225") takes no
    // cue from inside the change.
    std::size_t cuesBefore = first;
    if (opener >= 1 && s_.words[opener - 1] == "to") {
        for (std::size_t k = opener - 1; k-- > 0 && k + 25 > opener;) {
            if (s_.words[k] == "from" && k + 1 < s_.size() && numeral(k + 1)) {
                cuesBefore = k;
                break;
            }
        }
    }
    for (std::size_t k = 0; k < cuesBefore; ++k) {
        if (auto m = previous_.matchAt(s_.words, k); m && k + m->words <= first) {
            // "updated the toll to 29 from 13 earlier Thursday, and the missing from 21 to
            // 60": a cue right after another numeral is that numeral's.
            if (k > 0 && numeral(k - 1)) continue;
            // "has risen from 190 (as in our previous update) to 225 with 707 injured": a
            // change's new total between the cue and the numeral brings the text to now.
            bool current = false;
            for (std::size_t j = k + m->words; j < first && !current; ++j) {
                current = numeral(j) && j > 0 && s_.words[j - 1] == "to";
            }
            if (current) continue;
            return joinOriginal(s_, k, k + m->words);
        }
    }
    return {};
}

}  // namespace newsgraph::parser
