// SentenceReader (sentence_reader.h): the measure a numeral takes from before it: the
// subject of a change ("the death toll ... has risen to 144"), the nearest cue, a verb.
#include "parser/figures/sentence_reader.h"

#include <set>

namespace newsgraph::parser {

using namespace figure_text;

std::optional<std::string> SentenceReader::verbBefore(std::size_t first) const {
    std::size_t k = beforeQualifier(first);
    if (k == 0) return std::nullopt;
    const std::string& w = s_.words[k - 1];
    if (!isParticiple(w) || reporting_.contains(w) || neutral_.contains(w)) return std::nullopt;
    return w;
}

std::optional<std::string> SentenceReader::subjectOfChange(std::size_t first) const {
    static const std::set<std::string> kChanges = {
        "rose",   "risen",   "rises",  "climbed", "climbs",  "jumped", "increased", "reached",
        "stood",  "stands",  "hit",    "topped",  "passed",  "surpassed", "exceeded", "grew",
        "soared", "mounted", "crossed", "fell",   "dropped", "lowered", "revised", "raised",
        "was",    "is",      "stand",  "reach",   "rise",    "has",     "had",    "reaches",
        "surpasses", "exceeds", "tops", "grown", "grows", "surged", "swelled", "swollen",
        "fallen", "declined", "decreased", "reduced", "updated", "increases"};
    // "gone up to 2,497": "up to" is no qualifier here (see qualifier()).
    const bool upTo = first >= 2 && s_.words[first - 1] == "to" && s_.words[first - 2] == "up";
    // "has reached 2,719", "has surpassed 1,000": a verb that takes the count as object.
    static const std::set<std::string> kReaching = {"reached", "reaches", "surpassed", "surpasses",
                                                    "exceeded", "exceeds", "topped", "tops",
                                                    "crossed", "passed"};
    std::size_t k = upTo ? first : beforeQualifier(first);
    const bool reaching = !upTo && k > 0 && kReaching.count(s_.words[k - 1]) > 0;
    if (k == 0 || (!reaching && s_.words[k - 1] != "to" && s_.words[k - 1] != "at")) return std::nullopt;
    if (!reaching) --k;
    // "rose on Wednesday to 143": a time between the verb and "to", with the preposition
    // that opens it.
    for (const auto& t : times_) {
        if (t.end == k && t.begin < k) {
            k = t.begin;
            if (k >= 2 && (s_.words[k - 1] == "on" || s_.words[k - 1] == "in" || s_.words[k - 1] == "by")) --k;
        }
    }
    // "has risen sharply to 13": an adverb of manner between the verb and "to".
    if (k >= 2 && isLy(s_.words[k - 1]) && kChanges.count(s_.words[k - 2])) --k;
    // "has risen from 190 (as in our last update) to 225": past the bracket and the older
    // count to the verb.
    if (k >= 1 && s_.words[k - 1] == ")") {
        std::size_t open = k - 1;
        while (open > 0 && open + 20 > k && s_.words[open] != "(") --open;
        if (s_.words[open] == "(") k = open;
    }
    if (k >= 3 && numeral(k - 1) && s_.words[k - 2] == "from") k -= 2;
    // "has gone up to 2,497", "shot up to": a verb of motion with "up".
    static const std::set<std::string> kGoingUp = {"gone", "went", "goes", "go", "shot", "moved",
                                                  "crept", "inched", "ticked"};
    // (Whether "up to" is then a bound is the qualifier's business.)
    if (k >= 2 && s_.words[k - 1] == "up" &&
        (kChanges.count(s_.words[k - 2]) || kGoingUp.count(s_.words[k - 2]))) {
        --k;
    } else if (k == 0 || !kChanges.count(s_.words[k - 1])) {
        return std::nullopt;
    }
    // The subject: back over the verb's auxiliaries to the clause's start.
    std::size_t start = k - 1;
    while (start > 0) {
        const std::size_t j = start - 1;
        if (s_.punct[j] && (s_.words[j] == ";" || s_.words[j] == ":" || isQuote(s_, j))) break;
        // "Rescuers kept digging for survivors as authorities said the number of deaths had
        // risen to 273": the complement of a reporting verb is the clause.
        // (Not a participle with its agent: "a hall attack claimed by a militant group".)
        if (!s_.punct[j] && reporting_.contains(s_.words[j]) && j + 1 < s_.size() &&
            s_.words[j + 1] != "by") {
            break;
        }
        // Another count's clause; a magnitude ("measured 6.8") is no count.
        const bool decimal = s_.words[j].find('.') != std::string::npos &&
                             !(j + 1 < s_.size() && (s_.words[j + 1] == "million" || s_.words[j + 1] == "billion" ||
                                                     s_.words[j + 1] == "lakh" || s_.words[j + 1] == "crore"));
        if (numeral(j) && !decimal) return std::nullopt;
        --start;
    }
    for (std::size_t j = start; j + 1 < k; ++j) {
        if (auto m = measures_.matchAt(s_.words, j)) return joinedMeasure(measures_, s_, j, *m);
    }
    return std::nullopt;
}

std::optional<std::string> SentenceReader::leftMeasure(std::size_t first) const {
    // "The death toll from the attack on a concert hall outside the capital has risen to
    // 144": the subject of a change, however long.
    if (auto subject = subjectOfChange(first)) return subject;
    bool numeralBefore = false;  // a comma then closes the clause of that numeral
    for (std::size_t k = 0; k < first; ++k) numeralBefore = numeralBefore || numeral(k);
    for (std::size_t k = first, steps = 0; k-- > 0 && steps++ < 14;) {
        if (numeralBefore && s_.isPunct(k, ",")) break;
        // "The toll, announced in a statement at 10 am, was up from five": an aside set
        // off by commas that a participle opens is passed over whole.
        if (s_.isPunct(k, ",")) {
            std::size_t j = k;
            while (j > 0 && !s_.punct[j - 1] && j + 12 > k) --j;
            if (j > 0 && j < k && s_.isPunct(j - 1, ",") && isParticiple(s_.words[j])) {
                k = j - 1;
                continue;
            }
        }
        // "pronounced dead at X Hospital (XH) and 10 others": a bracket is passed over.
        if (s_.isPunct(k, ")")) {
            constexpr std::size_t kBracketWords = 8;
            std::size_t j = k;
            while (j > 0 && k - j < kBracketWords && !s_.isPunct(j - 1, "(")) --j;
            if (j > 1 && s_.isPunct(j - 1, "(")) {
                k = j - 1;
                continue;
            }
        }
        if (s_.punct[k] && (s_.words[k] == ";" || s_.words[k] == ":" || s_.words[k] == "("))
            break;
        // "cases rose by 320 to 4,560", "from 12 to 20": the change is no barrier.
        if (numeral(k) && k > 0 && k + 1 < first && s_.words[k + 1] == "to") {
            const std::size_t opener = beforeQualifier(k);  // "from about 1,000 to 2,400"
            if (opener > 0 && (s_.words[opener - 1] == "by" || s_.words[opener - 1] == "from")) {
                k = opener;
                continue;
            }
        }
        if (numeral(k)) break;
        if (auto m = measures_.matchEndingAt(s_.words, k + 1)) {
            // "nine in critical condition and 246 with serious injuries": a state said of
            // one count is no cue of the next.
            if (m->label == "critical") continue;
            return joinedMeasure(measures_, s_, k + 1 - m->words, *m);
        }
    }
    return std::nullopt;
}

std::string SentenceReader::leftSubject(std::size_t first) const {
    for (std::size_t k = first; k-- > 0 && k + 14 > first;) {
        auto m = measures_.matchEndingAt(s_.words, k + 1);
        if (!m) continue;
        std::size_t b = k + 1 - m->words;
        // "the number of Jordanians who died ... has reached 75": the people the relative
        // clause is about.
        if (b >= 2 && (s_.words[b - 1] == "who" || s_.words[b - 1] == "that") && !s_.punct[b - 2] &&
            !numeral(b - 2) && !kAuxiliaries.count(s_.words[b - 2])) {
            b -= 2;
        }
        for (std::size_t n = 0; n < 3 && b > 0; ++n) {
            const std::string& w = s_.words[b - 1];
            if (s_.punct[b - 1] || kAuxiliaries.count(w) || kPhraseEnds.count(w) ||
                numeral(b - 1) || w == "and" || w == "the" || w == "a" ||
                w == "its" || w == "their") {
                break;
            }
            --b;
        }
        return joinOriginal(s_, b, k + 1);
    }
    return {};
}

}  // namespace newsgraph::parser
