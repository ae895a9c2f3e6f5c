#include "parser/figures/figure_extractor.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include "parser/text/cue_table.h"
#include "parser/figures/figure_filters.h"
#include "parser/entities/gazetteer.h"
#include "parser/text/lexicon.h"
#include "parser/figures/name_numerals.h"
#include "parser/text/number_scanner.h"
#include "parser/text/sentence_words.h"
#include "parser/time/time_expression.h"

namespace newsgraph::parser {

namespace {

// Function words that end a counted noun phrase or sit between an auxiliary and its
// participle. Grammar, not domain: they stay in code.
const std::set<std::string> kAuxiliaries = {"have", "has",  "had",  "having", "been", "being",
                                            "be",   "is",   "are",  "was",    "were", "will",
                                            "would", "may", "might", "could", "get",  "got",
                                            "remain", "remains", "remained", "stay", "stayed"};
const std::set<std::string> kPhraseEnds = {
    "in",    "to",     "at",     "on",    "for",   "from",  "since",  "with",   "by",
    "during", "after", "before", "including", "among", "across", "while", "who", "which",
    "that",  "as",     "into",   "of",    "near",  "under", "over",   "already", "also",
    "reportedly", "allegedly", "now", "so", "still", "either", "both", "or", "but", "than",
    "according", "alongside", "against", "inside", "outside", "said", "says", "this",
    "overnight", "yesterday", "today"};
const std::set<std::string> kStateAdverbs = {"still", "now", "reportedly", "allegedly",
                                             "already", "also", "feared", "presumed"};
const std::set<std::string> kIncrementWords = {"additional", "more", "another", "further",
                                               "extra", "new", "fresh"};

const std::set<std::string> kStartVerbs = {"began", "begun", "broke", "started", "erupted",
                                           "flared", "resumed", "struck", "hit", "came"};

// A past participle or past tense as a measure word: "evacuated", "detained", "beaten".
const std::set<std::string> kEnParticiples = {"beaten", "taken", "driven", "stolen", "hidden",
                                              "bitten", "shaken", "frozen", "broken", "fallen",
                                              "chosen", "given", "forgotten", "thrown", "shown"};

bool isParticiple(const std::string& w) {
    return (w.size() > 4 && w.ends_with("ed") && !kAuxiliaries.count(w)) || kEnParticiples.count(w);
}

bool isIng(const std::string& w) { return w.size() > 4 && w.ends_with("ing"); }
bool isLy(const std::string& w) { return w.size() > 4 && w.ends_with("ly"); }
bool isQuote(const SentenceWords& s, std::size_t i) {
    return s.punct[i] && (s.words[i] == "\"" || s.words[i] == "'");
}
bool endsClause(const SentenceWords& s, std::size_t i) {
    return s.punct[i] && !isQuote(s, i) && s.words[i] != "-" && s.words[i] != "'s" &&
           s.words[i] != "(" && s.words[i] != ")";
}
// Words that open another clause: a predicate after them is not the numeral's.
const std::set<std::string> kClauseOpeners = {"after", "before", "when", "while", "that",
                                              "because", "which", "who", "where", "although",
                                              "though", "if", "but", "said", "says"};
bool isNumeral(const SentenceWords& s, std::size_t i) {
    return !s.punct[i] && !findNumbers(s.original[i]).empty() && s.original[i] != "one";
}

bool isWholeNumeral(const SentenceWords& s, std::size_t i) {
    if (s.punct[i] || s.original[i] == "one") return false;
    for (const NumberMatch& n : findNumbers(s.original[i])) {
        if (std::floor(n.low) == n.low && std::floor(n.high) == n.high) return true;
    }
    return false;
}

std::string joinOriginal(const SentenceWords& s, std::size_t b, std::size_t e) {
    std::string out;
    for (std::size_t i = b; i < e; ++i) {
        if (s.punct[i] && s.words[i] != "'s" && s.words[i] != "-") continue;
        if (!out.empty() && s.words[i] != "'s") out += ' ';
        out += s.original[i];
    }
    return out;
}

// "killed or wounded", "dead and injured": a killed cue joined to a wounded cue.
std::string joinedMeasure(const CueTable& measures, const SentenceWords& s, std::size_t i,
                          const CueTable::Match& m) {
    std::size_t j = i + m.words;
    if (m.label == "killed" && j + 1 < s.size() && (s.words[j] == "or" || s.words[j] == "and")) {
        if (auto next = measures.matchAt(s.words, j + 1); next && next->label == "wounded") {
            return "casualties";
        }
    }
    return m.label;
}

struct Measure {
    std::string label;
    int priority = 99;  // lower wins
};

class SentenceReader {
public:
    SentenceReader(const SentenceWords& s, const std::string& articleDate, bool heading)
        : s_(s),
          nameNumerals_(findNameNumerals(s, heading && isTitleCase(s))),
          measures_(CueTable::get("measures")),
          qualifiers_(CueTable::get("qualifiers")),
          previous_(CueTable::get("previous_cues")),
          reporting_(Lexicon::get("reporting_verbs")),
          neutral_(Lexicon::get("neutral_verbs")),
          times_(findTimeExpressions(s, articleDate)) {}

    // Whether word i is a numeral of a name ("Flight 370"): no figure (name_numerals.h).
    bool isNameNumeral(std::size_t i) const { return nameNumerals_[i]; }

    // Fills everything but reporters for the numeral at words [first, last].
    FigureMention read(std::size_t first, std::size_t last, const FigureMention* before) {
        FigureMention m;
        m.projected = isProjection(first);
        m.fact.qualifier = qualifier(first, last);
        // "5,600 or so people": the noun phrase starts after the qualifier.
        const std::size_t npBegin = orSo(last + 1) ? last + 3 : last + 1;
        std::size_t npEnd = npBegin;
        Measure measure = rightMeasure(npBegin, npEnd);
        // "the bodies of nine people": a cue that governs the numeral through "of" says
        // what is counted, whatever the predicate ("had been recovered") says.
        if (auto governing = governingMeasure(first)) measure = {*governing, 0};
        // "two of the dead": a partitive of a cue; "Of the 31 deaths, 14 were in X": a
        // part of the total the clause opens with.
        std::optional<std::string> partitiveSubject;
        if (measure.priority > 2) {
            std::optional<std::pair<std::string, std::string>> partitive = partitiveMeasure(last + 1);
            std::size_t partEnd = npEnd;
            if (partitive) {
                partEnd = last + 3 + measures_.matchAt(s_.words, last + 3)->words;
            } else {
                partitive = leadingPartitive(first);
            }
            if (partitive) {
                measure = {partitive->first, 2};
                partitiveSubject = partitive->second;
                m.fact.part = complement(partEnd);
                if (m.fact.part.empty()) m.fact.part = "of the " + partitive->second;
            }
        }
        // "52 civilian deaths, including 21 children", "57 died, among them 22 children":
        // a part of the figure before it.
        if (measure.priority > 2 && before && before->hasMeasure && partOfBefore(first)) {
            measure = {before->fact.measure, 2};
            partitiveSubject = before->fact.subject;
            m.fact.part = joinOriginal(s_, npBegin, npEnd);
            if (m.fact.part.empty()) m.fact.part = "part";
        }
        if (measure.priority > 3) {
            if (auto left = leftMeasure(first)) measure = {*left, 3};
        }
        if (measure.priority > 3) {
            if (auto verb = verbBefore(first)) measure = {*verb, 4};
        }
        m.fact.subject = partitiveSubject ? *partitiveSubject : joinOriginal(s_, npBegin, npEnd);
        if (measure.priority == 99) {
            if (auto implied = impliedMeasure(npBegin, npEnd)) measure = {*implied, 5};
        }
        m.hasMeasure = measure.priority < 99;
        m.fact.measure = measure.label;
        // "2,000 Congolese had arrived", "families were sent to camps": civilians who
        // arrive are displaced, not deployed.
        if (m.fact.measure == "deployed" && civilianCount(npBegin, npEnd)) m.fact.measure = "displaced";
        m.fact.increment = isIncrement(first, npBegin, npEnd);
        if (m.fact.subject.empty() && measure.priority == 3) m.fact.subject = leftSubject(first);
        // "killing 14 people and injuring about 60": a verb is no subject; the numeral
        // counts what the one before it counts.
        if (before && (isIng(m.fact.subject) || isParticiple(m.fact.subject))) m.fact.subject.clear();
        // An elliptical numeral ("1,000 already having arrived") counts what the one
        // before it counts; "12 dead" names its own (empty) subject.
        if (m.fact.subject.empty() && before && measure.priority != 2) {
            m.fact.subject = before->fact.subject;
            m.fact.increment = m.fact.increment || before->fact.increment;
        }
        m.fact.previousCue = previousCue(first);
        // "312, up from 48": a compared older figure counts what the one before it counts;
        // so do "when the agency's own figure stood at 74" and a competing estimate
        // ("55,000 displaced, while the NDMA put the number at 48,000"): a count noun in
        // its clause.
        if (!m.hasMeasure && before && before->hasMeasure &&
            (!m.fact.previousCue.empty() || countNounBefore(first))) {
            m.hasMeasure = true;
            m.fact.measure = before->fact.measure;
            m.fact.subject = before->fact.subject;
            m.fact.increment = before->fact.increment;
        }
        m.fact.cause = cause(first, last);
        setTime(m, first, last);
        return m;
    }

private:
    bool orSo(std::size_t i) const {
        return i + 1 < s_.size() && s_.words[i] == "or" && s_.words[i + 1] == "so";
    }

    // "5,600 people INDECI says are displaced": a reporting clause of up to three words
    // between the counted noun phrase (from word i) and its predicate. The index of the
    // predicate's first word, when the reporting verb is followed by an auxiliary or a cue.
    std::optional<std::size_t> reportingClause(std::size_t i) const {
        for (std::size_t r = i; r < s_.size() && r < i + 4; ++r) {
            if (s_.punct[r] || numeral(r)) return std::nullopt;
            if (!reporting_.contains(s_.words[r])) continue;
            if (r == i || r + 1 >= s_.size()) return std::nullopt;
            if (kAuxiliaries.count(s_.words[r + 1]) || measures_.matchAt(s_.words, r + 1)) {
                return r + 1;
            }
            return std::nullopt;
        }
        return std::nullopt;
    }

    // A numeral that may be a count: it ends a search for this numeral's cues.
    bool numeral(std::size_t i) const { return !nameNumerals_[i] && isNumeral(s_, i); }

    std::string qualifier(std::size_t first, std::size_t last) const {
        std::vector<std::string> words;  // the words before the numeral, quotes dropped
        for (std::size_t i = 0; i < first; ++i) {
            if (!isQuote(s_, i)) words.push_back(s_.words[i]);
        }
        if (auto m = qualifiers_.matchEndingAt(words, words.size())) return m->label;
        if (orSo(last + 1)) return "approximately";  // "5,600 or so"
        if (last + 2 < s_.size() && s_.words[last + 1] == "or" &&
            (s_.words[last + 2] == "more" || s_.words[last + 2] == "above")) {
            return "at least";
        }
        if (last + 1 < s_.size() && (s_.words[last + 1] == "plus" || s_.words[last + 1] == "-plus" ||
                                     (s_.words[last + 1] == "-" && last + 2 < s_.size() &&
                                      s_.words[last + 2] == "plus"))) {
            return "at least";  // "200-plus volunteers"
        }
        return "exact";
    }

    // The measure after the numeral: a cue heading or ending its noun phrase (priority 2),
    // or a cue after an auxiliary in the clause's predicate (priority 1, "have been
    // killed"), or another participle after an auxiliary (priority 1.5, as its own word).
    Measure rightMeasure(std::size_t i, std::size_t& npEnd) const {
        Measure direct;
        std::size_t j = i;
        std::optional<std::size_t> predicate;  // past a reporting clause, when there is one
        for (; j < s_.size() && j < i + 7; ++j) {
            const std::string& w = s_.words[j];
            if (endsClause(s_, j) || isQuote(s_, j)) break;
            if (j > i && (predicate = reportingClause(j))) break;
            if (j == i && (w == "and" || w == "or")) break;
            // "two districts and injured nine": a verb after "and" starts another predicate.
            if ((w == "and" || w == "or") && j + 1 < s_.size() &&
                (measures_.matchAt(s_.words, j + 1) || isParticiple(s_.words[j + 1]))) {
                break;
            }
            if (auto m = measures_.matchAt(s_.words, j)) {
                direct = {joinedMeasure(measures_, s_, j, *m), 2};
                break;
            }
            // "19 people still missing", "23 others now unaccounted for": an adverb between
            // the noun phrase and its cue.
            if (kStateAdverbs.count(w) && j + 1 < s_.size()) {
                if (auto m = measures_.matchAt(s_.words, j + 1)) {
                    direct = {joinedMeasure(measures_, s_, j + 1, *m), 2};
                    break;
                }
            }
            if (kAuxiliaries.count(w) || kPhraseEnds.count(w) || isIng(w) || isLy(w)) break;
        }
        npEnd = j;
        // "1,130 homes as destroyed" (after a neutral verb: "listed ... as"): the cue or
        // participle after "as" is the measure.
        if (npEnd + 1 < s_.size() && s_.words[npEnd] == "as") {
            if (auto m = measures_.matchAt(s_.words, npEnd + 1)) {
                return {joinedMeasure(measures_, s_, npEnd + 1, *m), 1};
            }
            const std::string& w = s_.words[npEnd + 1];
            if (isParticiple(w) && !reporting_.contains(w) && !neutral_.contains(w)) return {w, 1};
        }
        // Predicate: auxiliary, up to three words, then a cue, within the clause.
        const std::size_t from = predicate ? *predicate : npEnd;
        Measure neutral;
        // "11 farmworkers who had been sleeping in a hostel when it collapsed were still
        // missing": past a relative clause on people, the main predicate may follow.
        const bool relative = from < s_.size() && s_.words[from] == "who";
        for (std::size_t k = from; k < s_.size() && k < from + 16; ++k) {
            if (endsClause(s_, k) || numeral(k)) break;
            if (kClauseOpeners.count(s_.words[k]) && !relative) break;
            if (k == from && s_.words[k] == "and") break;
            if (!kAuxiliaries.count(s_.words[k])) continue;
            for (std::size_t p = k + 1; p < s_.size() && p <= k + 4; ++p) {
                if (endsClause(s_, p)) break;
                if (auto m = measures_.matchAt(s_.words, p)) {
                    return {joinedMeasure(measures_, s_, p, *m), 1};
                }
                const std::string& w = s_.words[p];
                if (!isParticiple(w) || direct.priority != 99 || reporting_.contains(w)) continue;
                // "had been registered as missing": a neutral verb only when no cue follows.
                if (!neutral_.contains(w)) return {w, 1};
                if (neutral.priority == 99) neutral = {w, 1};
            }
        }
        return direct.priority == 99 ? neutral : direct;
    }

    // "expect the number to pass 20,000", "could rise to 100": a modal cue, then a verb
    // of reaching, in the numeral's clause before it (projection_cues.txt).
    bool isProjection(std::size_t first) const {
        const CueTable& cues = CueTable::get("projection_cues");
        bool reach = false;
        for (std::size_t k = first; k-- > 0 && k + 12 > first;) {
            if (s_.punct[k] && s_.words[k] != "'s" && s_.words[k] != "-" && !isQuote(s_, k)) break;
            if (numeral(k)) break;
            if (auto m = cues.matchAt(s_.words, k)) {
                if (m->label == "reach") reach = true;
                if (m->label == "modal" && reach) return true;
            }
        }
        return false;
    }

    // A cue right before "of" and the numeral (and its qualifier): "the bodies of nine".
    std::optional<std::string> governingMeasure(std::size_t first) const {
        std::vector<std::string> words(s_.words.begin(), s_.words.begin() + first);
        std::size_t k = first;
        if (auto q = qualifiers_.matchEndingAt(words, first)) k -= q->words;
        if (k < 2 || s_.words[k - 1] != "of") return std::nullopt;
        if (auto m = measures_.matchEndingAt(s_.words, k - 1)) {
            return joinedMeasure(measures_, s_, k - 1 - m->words, *m);
        }
        return std::nullopt;
    }

    // "two of the dead", "five of those injured": the cue's measure and words.
    std::optional<std::pair<std::string, std::string>> partitiveMeasure(std::size_t i) const {
        if (i + 2 >= s_.size() || s_.words[i] != "of") return std::nullopt;
        const std::string& article = s_.words[i + 1];
        if (article != "the" && article != "those" && article != "them") return std::nullopt;
        if (auto m = measures_.matchAt(s_.words, i + 2)) {
            return std::make_pair(joinedMeasure(measures_, s_, i + 2, *m),
                                  joinOriginal(s_, i + 2, i + 2 + m->words));
        }
        return std::nullopt;
    }

    // The cue of causes.txt nearest the numeral in the sentence (before it on a tie).
    std::string cause(std::size_t first, std::size_t last) const {
        const CueTable& causes = CueTable::get("causes");
        std::string best;
        std::size_t bestDistance = s_.size() + 1;
        for (std::size_t k = 0; k < s_.size(); ++k) {
            auto m = causes.matchAt(s_.words, k);
            if (!m) continue;
            const std::size_t distance = k < first ? first - k : k - last;
            if (distance < bestDistance) {
                best = m->label;
                bestDistance = distance;
            }
        }
        return best;
    }

    // "as early as Tuesday, when the figure stood at 74": a numeral in a "when" clause
    // that follows a time takes that time.
    const TimeExpression* whenClauseTime(std::size_t first) const {
        std::size_t k = first;
        while (k-- > 0) {
            if (s_.words[k] == "when") break;
            if ((s_.punct[k] && s_.words[k] != "'s") || numeral(k)) return nullptr;
        }
        if (k >= first || k == 0) return nullptr;
        const std::size_t end = s_.isPunct(k - 1, ",") ? k - 1 : k;
        for (const auto& t : times_) {
            if (t.end == end && !t.since) return &t;
        }
        return nullptr;
    }

    // A noun of count_nouns.txt ("figure", "tally") in the numeral's clause before it.
    bool countNounBefore(std::size_t first) const {
        const Lexicon& nouns = Lexicon::get("count_nouns");
        for (std::size_t k = first; k-- > 0 && k + 8 > first;) {
            if (endsClause(s_, k) || numeral(k)) return false;
            if (nouns.contains(s_.words[k])) return true;
        }
        return false;
    }

    // "Of the 31 deaths, 14 were ...": a clause that opens with "of the" and a numeral
    // counted by a cue, then a comma before this numeral: the cue's measure and words.
    std::optional<std::pair<std::string, std::string>> leadingPartitive(std::size_t first) const {
        std::size_t k = 0;
        while (k < first && (isQuote(s_, k) || s_.punct[k])) ++k;
        if (k + 3 >= first || s_.words[k] != "of") return std::nullopt;
        if (s_.words[k + 1] != "the" && s_.words[k + 1] != "those") return std::nullopt;
        std::size_t comma = first;
        while (comma > k && !s_.isPunct(comma - 1, ",")) --comma;
        if (comma <= k + 1) return std::nullopt;
        bool total = false;
        for (std::size_t i = k + 2; i + 1 < comma; ++i) {
            if (numeral(i)) {
                total = true;
                continue;
            }
            if (s_.punct[i]) return std::nullopt;
            if (auto m = measures_.matchAt(s_.words, i); m && total) {
                for (std::size_t j = comma; j < first; ++j) {
                    if (numeral(j)) return std::nullopt;
                }
                return std::make_pair(joinedMeasure(measures_, s_, i, *m),
                                      joinOriginal(s_, i, i + m->words));
            }
        }
        return std::nullopt;
    }

    // What a part is, as the predicate says: the words after a copula ("were children",
    // "were in Example district") up to the clause's end, at most five.
    std::string complement(std::size_t i) const {
        while (i < s_.size() && kAuxiliaries.count(s_.words[i])) ++i;
        std::size_t end = i;
        while (end < s_.size() && end < i + 5 && !s_.punct[end] &&
               !kClauseOpeners.count(s_.words[end]) && !numeral(end) && s_.words[end] != "and") {
            ++end;
        }
        return joinOriginal(s_, i, end);
    }

    // "including", "among them", "of whom" right before the numeral (and its qualifier).
    bool partOfBefore(std::size_t first) const {
        std::vector<std::string> words(s_.words.begin(), s_.words.begin() + first);
        std::size_t k = first;
        if (auto q = qualifiers_.matchEndingAt(words, first)) k -= q->words;
        if (k >= 1 && s_.words[k - 1] == "including") return true;
        return k >= 2 && (s_.words[k - 2] == "among" || s_.words[k - 2] == "of") &&
               (s_.words[k - 1] == "them" || s_.words[k - 1] == "whom");
    }

    // Whether the counted noun phrase is civilians: a head of subject_classes.txt's
    // [civilians] or of people in general, or a nationality ("2,000 Congolese").
    bool civilianCount(std::size_t npBegin, std::size_t npEnd) const {
        static const std::set<std::string> kPeople = {"people", "persons", "families",
                                                      "refugees", "migrants", "asylum-seekers",
                                                      "men", "individuals", "households"};
        std::size_t head = npEnd;
        while (head > npBegin && s_.punct[head - 1]) --head;
        if (head == npBegin) return false;
        const std::string& word = s_.words[head - 1];
        if (kPeople.count(word)) return true;
        if (auto label = CueTable::get("subject_classes").labelOf(word); label && *label == "civilians") {
            return true;
        }
        return head - 1 > 0 && Gazetteer::get().demonym(s_.original[head - 1]) != nullptr;
    }

    // The measure the counted noun implies when no cue names one ("1,500 soldiers were in
    // the area" -> deployed): subject_measures.txt, matched on the phrase's last words.
    std::optional<std::string> impliedMeasure(std::size_t npBegin, std::size_t npEnd) const {
        const CueTable& implied = CueTable::get("subject_measures");
        std::vector<std::string> words;
        for (std::size_t i = npBegin; i < npEnd; ++i) {
            if (!s_.punct[i]) words.push_back(s_.words[i]);
        }
        if (auto m = implied.matchEndingAt(words, words.size())) return m->label;
        return std::nullopt;
    }

    // "police detained 63 people": a past-tense verb right before the numeral (and its
    // qualifier) counts what it did, as its own word. Reporting verbs do not.
    std::optional<std::string> verbBefore(std::size_t first) const {
        std::vector<std::string> words(s_.words.begin(), s_.words.begin() + first);
        std::size_t k = first;
        if (auto q = qualifiers_.matchEndingAt(words, first)) k -= q->words;
        if (k == 0) return std::nullopt;
        const std::string& w = s_.words[k - 1];
        if (!isParticiple(w) || reporting_.contains(w) || neutral_.contains(w)) return std::nullopt;
        return w;
    }

    // The nearest cue before the numeral in its clause, not past another numeral.
    std::optional<std::string> leftMeasure(std::size_t first) const {
        bool numeralBefore = false;  // a comma then closes the clause of that numeral
        for (std::size_t k = 0; k < first; ++k) numeralBefore = numeralBefore || numeral(k);
        for (std::size_t k = first; k-- > 0 && k + 14 > first;) {
            if (numeralBefore && s_.isPunct(k, ",")) break;
            if (s_.punct[k] && (s_.words[k] == ";" || s_.words[k] == ":" || s_.words[k] == "("))
                break;
            // "cases rose by 320 to 4,560", "from 12 to 20": the change is no barrier.
            if (numeral(k) && k > 0 && k + 1 < first && s_.words[k + 1] == "to" &&
                (s_.words[k - 1] == "by" || s_.words[k - 1] == "from")) {
                continue;
            }
            if (numeral(k)) break;
            if (auto m = measures_.matchEndingAt(s_.words, k + 1)) {
                return joinedMeasure(measures_, s_, k + 1 - m->words, *m);
            }
        }
        return std::nullopt;
    }

    // The noun phrase of a measure cue before the numeral ("the overall death toll at
    // 3,000", "North Korean casualties are estimated at 4,700"): the cue and up to three
    // words before it, function words dropped.
    std::string leftSubject(std::size_t first) const {
        for (std::size_t k = first; k-- > 0 && k + 14 > first;) {
            auto m = measures_.matchEndingAt(s_.words, k + 1);
            if (!m) continue;
            std::size_t b = k + 1 - m->words;
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

    bool isIncrement(std::size_t first, std::size_t npBegin, std::size_t npEnd) const {
        for (std::size_t i = npBegin; i < npEnd; ++i) {
            if (kIncrementWords.count(s_.words[i])) return true;
        }
        for (std::size_t i = first >= 3 ? first - 3 : 0; i < first; ++i) {
            const bool comparative = i + 1 < s_.size() && s_.words[i + 1] == "than";
            if (kIncrementWords.count(s_.words[i]) && !comparative) return true;
        }
        return false;
    }

    std::string previousCue(std::size_t first) const {
        for (std::size_t k = 0; k < first; ++k) {
            if (auto m = previous_.matchAt(s_.words, k); m && k + m->words <= first) {
                return joinOriginal(s_, k, k + m->words);
            }
        }
        return {};
    }

    // The nearest time expression in the sentence, skipping those inside "since
    // <verb>ing ..." (the start of the counted events, not the time of the count).
    void setTime(FigureMention& m, std::size_t first, std::size_t last) const {
        const TimeExpression* best = whenClauseTime(first);
        const bool fromWhenClause = best != nullptr;
        std::size_t bestDistance = 0;
        for (const auto& t : times_) {
            if (fromWhenClause) break;
            bool insideSince = false;
            for (std::size_t k = t.begin >= 6 ? t.begin - 6 : 0; k + 1 < t.begin; ++k) {
                insideSince = insideSince || (s_.words[k] == "since" && isIng(s_.words[k + 1]));
            }
            insideSince = insideSince || (s_.words[t.begin] == "since" && t.begin + 1 < t.end &&
                                          isIng(s_.words[t.begin + 1]));
            // "since fighting began in January" has its own verb: the start of the count.
            for (std::size_t k = t.begin + 1; insideSince && k < t.end; ++k) {
                const std::string& w = s_.words[k];
                if (kStartVerbs.count(w) || (w.size() > 4 && w.ends_with("ed"))) insideSince = false;
            }
            if (insideSince) continue;
            // "killed by Monday's earthquake": a possessive time dates the event, not the count.
            if (t.end < s_.size() && s_.words[t.end] == "'s") continue;
            const std::size_t lo = t.end <= first ? t.end : last + 1;
            const std::size_t hi = t.end <= first ? first : t.begin;
            // Another count between them claims the time; a magnitude ("8.4") does not.
            bool between = false;
            for (std::size_t k = lo; k < hi; ++k) between = between || (!nameNumerals_[k] && isWholeNumeral(s_, k));
            if (between) continue;
            const std::size_t distance = t.end <= first ? first - t.end : t.begin - last;
            if (!best || distance < bestDistance) {
                best = &t;
                bestDistance = distance;
            }
        }
        m.fact.when = "present";
        if (!best) return;
        m.fact.increment = m.fact.increment || best->period;  // one period's count
        m.fact.whenBegin = best->isoBegin;
        m.fact.whenEnd = best->isoEnd;
        if (best->present) return;
        m.fact.when = best->words;
        const std::string& w = m.fact.when;
        for (const char* prefix : {"in ", "on ", "during ", "In ", "On ", "During "}) {
            if (w.rfind(prefix, 0) == 0) m.fact.when = w.substr(std::string(prefix).size());
        }
    }

    const SentenceWords& s_;
    std::vector<bool> nameNumerals_;
    const CueTable& measures_;
    const CueTable& qualifiers_;
    const CueTable& previous_;
    const Lexicon& reporting_;
    const Lexicon& neutral_;
    std::vector<TimeExpression> times_;
};

// "rose by 320 to 4,560", "climbed from 12 to 20" are no ranges: the count is the new
// total after "to".
NumberMatch newTotal(std::string_view text, const NumberMatch& n) {
    if (!n.isRange || n.begin < 3) return n;
    std::size_t before = n.begin;
    while (before > 0 && text[before - 1] == ' ') --before;
    std::size_t word = before;
    while (word > 0 && std::isalpha(static_cast<unsigned char>(text[word - 1]))) --word;
    const std::string preposition = foldCase(text.substr(word, before - word));
    if (preposition != "by" && preposition != "from") return n;
    const std::string_view range = text.substr(n.begin, n.end - n.begin);
    const std::size_t to = range.rfind(" to ");
    if (to == std::string_view::npos) return n;
    if (auto total = parseNumberAt(text, n.begin + to + 4)) return *total;
    return n;
}

}  // namespace

std::vector<FigureMention> findFigureMentions(const TextLayer& layer, const Article& article) {
    std::vector<FigureMention> found;
    const auto& sentences = layer.sentences();
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const Sentence& sentence = sentences[si];
        if (!layer.isContent(sentence)) continue;
        const SentenceWords words = sentenceWords(layer, sentence);
        const std::string_view text = layer.text().substr(
            sentence.span.begin, sentence.span.end - sentence.span.begin);
        const bool heading = layer.paragraphOf(sentence).kind == ParagraphKind::Heading;
        SentenceReader reader(words, article.date, heading);
        std::optional<std::size_t> previous;  // an index: `found` may reallocate
        for (NumberMatch n : findNumbers(text)) {
            n = newTotal(text, n);
            // Beyond a trillion a numeral is no count of people or things (and would not
            // fit the graph's integers).
            if (isNotAFigure(text, n) || n.high > 1e12) continue;
            const auto begin = static_cast<std::uint32_t>(sentence.span.begin + n.begin);
            const auto end = static_cast<std::uint32_t>(sentence.span.begin + n.end);
            const std::size_t first = words.wordAt(begin);
            const std::size_t last = words.wordEndAt(end);
            if (first >= words.size() || last == 0 || reader.isNameNumeral(first)) continue;
            FigureMention m = reader.read(first, last - 1, previous ? &found[*previous] : nullptr);
            if (m.projected) continue;  // expected, not reported
            if (n.isRange) {
                m.fact.low = graph::Value(static_cast<std::int64_t>(n.low));
                m.fact.high = graph::Value(static_cast<std::int64_t>(n.high));
            } else {
                m.fact.value = graph::Value(static_cast<std::int64_t>(n.low));
            }
            m.fact.mentions.push_back({begin, end});
            m.fact.sentence = layer.display(sentence.span);
            m.sentence = si;
            m.paragraph = sentence.paragraph;
            m.heading = heading;
            m.historical = m.fact.when != "present" && foldCase(m.fact.when).rfind("since", 0) != 0 &&
                           endedYearBefore(m.fact.whenEnd, article.date);
            found.push_back(std::move(m));
            previous = found.size() - 1;
        }
    }
    return found;
}

}  // namespace newsgraph::parser
