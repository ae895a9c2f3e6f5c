#pragma once

// The figure stage's internals (figure_extractor.h is its interface): how one sentence's
// numerals are read. Split by area: sentence_reader.cpp (the reading order, qualifiers),
// measure_search.cpp (what a numeral counts; measure_before.cpp: from the words before
// it), figure_parts.cpp (parts, wholes, lists, bodies, settings), figure_change.cpp
// (increments, older estimates, anaphoric totals), figure_context.cpp (time, cause,
// projections).

#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "parser/figures/figure_extractor.h"
#include "parser/figures/name_numerals.h"
#include "parser/text/cue_table.h"
#include "parser/text/lexicon.h"
#include "parser/text/number_scanner.h"
#include "parser/text/sentence_words.h"
#include "parser/time/time_expression.h"

namespace newsgraph::parser {

namespace figure_text {

// Function words that end a counted noun phrase or sit between an auxiliary and its
// participle. Grammar, not domain: they stay in code.
inline const std::set<std::string> kAuxiliaries = {"have", "has",  "had",  "having", "been", "being",
                                            "be",   "is",   "are",  "was",    "were", "will",
                                            "would", "may", "might", "could", "get",  "got",
                                            "remain", "remains", "remained", "stay", "stayed"};
inline const std::set<std::string> kPhraseEnds = {
    "in",    "to",     "at",     "on",    "for",   "from",  "since",  "with",   "by",
    "during", "after", "before", "including", "among", "across", "while", "who", "which",
    "that",  "as",     "into",   "of",    "near",  "under", "over",   "already", "also",
    "reportedly", "allegedly", "now", "so", "still", "either", "both", "or", "but", "than",
    "according", "alongside", "against", "inside", "outside", "said", "says", "this",
    "overnight", "yesterday", "today"};
inline const std::set<std::string> kStateAdverbs = {"still", "now", "reportedly", "allegedly",
                                             "already", "also", "feared", "presumed"};
inline const std::set<std::string> kIncrementWords = {"additional", "more", "another", "further",
                                               "extra", "new", "fresh"};

inline const std::set<std::string> kStartVerbs = {"began", "begun", "broke", "started", "erupted",
                                           "flared", "resumed", "struck", "hit", "came"};

// A past participle or past tense as a measure word: "evacuated", "detained", "beaten".
inline const std::set<std::string> kEnParticiples = {"beaten", "taken", "driven", "stolen", "hidden",
                                              "bitten", "shaken", "frozen", "broken", "fallen",
                                              "chosen", "given", "forgotten", "thrown", "shown"};

inline bool isParticiple(const std::string& w) {
    return (w.size() > 4 && w.ends_with("ed") && !kAuxiliaries.count(w)) || kEnParticiples.count(w);
}

inline bool isIng(const std::string& w) { return w.size() > 4 && w.ends_with("ing"); }
inline bool isLy(const std::string& w) { return w.size() > 4 && w.ends_with("ly"); }
inline bool isQuote(const SentenceWords& s, std::size_t i) {
    return s.punct[i] && (s.words[i] == "\"" || s.words[i] == "'");
}
inline bool endsClause(const SentenceWords& s, std::size_t i) {
    return s.punct[i] && !isQuote(s, i) && s.words[i] != "-" && s.words[i] != "'s" &&
           s.words[i] != "(" && s.words[i] != ")";
}
// Words that open another clause: a predicate after them is not the numeral's.
inline const std::set<std::string> kClauseOpeners = {"after", "before", "when", "while", "that",
                                              "because", "which", "who", "where", "although",
                                              "though", "if", "but", "said", "says"};
inline bool isNumeral(const SentenceWords& s, std::size_t i) {
    return !s.punct[i] && !findNumbers(s.original[i]).empty() && s.words[i] != "one";
}

inline bool isWholeNumeral(const SentenceWords& s, std::size_t i) {
    if (s.punct[i] || s.words[i] == "one") return false;
    for (const NumberMatch& n : findNumbers(s.original[i])) {
        if (std::floor(n.low) == n.low && std::floor(n.high) == n.high) return true;
    }
    return false;
}

inline std::string joinOriginal(const SentenceWords& s, std::size_t b, std::size_t e) {
    std::string out;
    for (std::size_t i = b; i < e; ++i) {
        if (s.punct[i] && s.words[i] != "'s" && s.words[i] != "-") continue;
        if (!out.empty() && s.words[i] != "'s") out += ' ';
        out += s.original[i];
    }
    return out;
}

// "killed or wounded", "dead and injured": casualties; "destroyed or damaged": damaged;
// "abducted or (still) missing": missing.
inline std::string joinedMeasure(const CueTable& measures, const SentenceWords& s, std::size_t i,
                          const CueTable::Match& m) {
    std::size_t j = i + m.words;
    if (j + 1 < s.size() && (s.words[j] == "or" || s.words[j] == "and")) {
        std::size_t k = j + 1;
        if (k + 1 < s.size() && (s.words[k] == "are" || s.words[k] == "remain" ||
                                 s.words[k] == "were" || s.words[k] == "still")) {
            ++k;  // "abducted or are still missing"
        }
        auto next = measures.matchAt(s.words, k);
        if (next && m.label == "killed" && next->label == "wounded") return "casualties";
        // "destroyed or damaged", "damaged or destroyed": the wider word.
        if (next && ((m.label == "destroyed" && next->label == "damaged") ||
                     (m.label == "damaged" && next->label == "destroyed"))) {
            return "damaged";
        }
        if (next && next->label == "missing") return "missing";  // "abducted or missing"
    }
    return m.label;
}

struct Measure {
    std::string label;
    int priority = 99;  // lower wins
};

}  // namespace figure_text

using figure_text::Measure;

// Reads the figures of one sentence: constructed once per sentence, then read() per
// numeral, left to right.
class SentenceReader {
  public:
    SentenceReader(const SentenceWords& s, const std::string& articleDate, bool heading)
        : s_(s),
          nameNumerals_(findNameNumerals(s, heading && isTitleCase(s))),
          counted_(s.size(), false),
          measures_(CueTable::get("measures")),
          qualifiers_(CueTable::get("qualifiers")),
          previous_(CueTable::get("previous_cues")),
          reporting_(Lexicon::get("reporting_verbs")),
          neutral_(Lexicon::get("neutral_verbs")),
          times_(findTimeExpressions(s, articleDate)) {}

    // Whether word i is a numeral of a name ("Flight 370"): no figure (name_numerals.h).
    bool isNameNumeral(std::size_t i) const { return nameNumerals_[i]; }

    // Words [begin, end) spell a numeral that may be a count (figure_filters.h); other
    // digits ("the 7 magnitude earthquake", "the 2023 floods", "magnitude-7.6") do not
    // end a search for another numeral's cues. Call for each before read().
    void markCounted(std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end && i < counted_.size(); ++i) counted_[i] = true;
    }

    // Fills everything but reporters for the numeral at words [first, last]. `before` is
    // the figure read just before in this sentence, `earlier` the last one of the
    // sentences before (for "This includes 540 houses ...").
    FigureMention read(std::size_t first, std::size_t last, const FigureMention* before,
                       const FigureMention* earlier = nullptr);

  private:
    // A numeral that may be a count: it ends a search for this numeral's cues.
    bool numeral(std::size_t i) const {
        return counted_[i] && !nameNumerals_[i] && figure_text::isNumeral(s_, i);
    }

    // Whether "at" or "in" follows the predicate of the noun phrase ending at npEnd, in
    // its clause ("were being treated at a stadium").
    bool placeAfterPredicate(std::size_t npEnd) const;

    // "hospitals" when the numeral's clause counts at hospitals or morgues, else empty.
    std::string setting(std::size_t first, std::size_t last) const;

    // "The deaths include 15 ...", "This number also includes the 3,000 ...": a part of
    // a count the text stated before.
    bool includedPart(std::size_t first) const;

    // "5,600 or so people": the words after the numeral at i.
    // "That was later revised up to 670": the sentence's subject stands for the count
    // before it, and the numeral is what that count became.
    bool anaphoricTotal(std::size_t first) const;
    // Whether the sentence's subject stands for the count before it and the numeral is the
    // older count it is compared with: "That is up from nine on Sunday".
    bool anaphoricComparison(std::size_t first) const;
    bool orSo(std::size_t i) const;

    // "5,600 people INDECI says are displaced": a reporting clause of up to three words
    // between the counted noun phrase (from word i) and its predicate. The index of the
    // predicate's first word, when the reporting verb is followed by an auxiliary or a cue.
    std::optional<std::size_t> reportingClause(std::size_t i) const;

    // exact | approximately | at least | at most, by qualifiers.txt before the numeral, or
    // "or so", "or more", "-plus" after it.
    std::string qualifier(std::size_t first, std::size_t last) const;

    // Whether the participle at p takes people to hospital ("taken to the District
    // Hospital", "rushed to a health centre").
    bool toHospital(std::size_t p) const;

    // The measure after the numeral: a cue heading or ending its noun phrase (priority 2),
    // or a cue after an auxiliary in the clause's predicate (priority 1, "have been
    // killed"), or another participle after an auxiliary (priority 1.5, as its own word).
    Measure rightMeasure(std::size_t i, std::size_t& npEnd) const;
    // Word i, or the auxiliary after a part set off by commas there (", including four
    // said to ..., have been").
    std::size_t pastParenthetical(std::size_t i) const;
    // Whether word p opens "on/onto (a|the ...) <craft>" (vessels.txt): the count is of
    // people aboard.
    bool onCraft(std::size_t p) const;

    // A cue in the counted noun phrase at word j: the cue after its "of" when there is one
    // ("cases of enforced disappearances"), or a participle right after "cases" ("40
    // cases resolved").
    Measure cueAfterOf(std::size_t j, const CueTable::Match& m) const;

    // The measure the counted noun's head names when it counts things (count_heads.txt:
    // "requests", "aftershocks", "localities").
    std::optional<std::string> countHead(std::size_t npBegin, std::size_t npEnd) const;

    // What a count of bodies measures, by the verb said of them (body_predicates.txt):
    // "143 bodies ... were found" (recovered), "88 bodies have been identified"
    // (identified), "78 bodies have been handed over" (returned); else none.
    std::optional<std::string> bodiesMeasure(std::size_t first, std::size_t npBegin,
                                             std::size_t npEnd) const;

    // Whether the numeral continues a list after the one before it ("27 children and 76
    // women", "540 houses in A, 600 in B"): only nouns, places and commas between.
    bool listedAfter(const FigureMention& before, std::size_t first) const;

    // "expect the number to pass 20,000", "could rise to 100": a modal cue, then a verb
    // of reaching, in the numeral's clause before it (projection_cues.txt).
    bool isProjection(std::size_t first) const;

    // A cue right before "of" and the numeral (and its qualifier): "the bodies of nine".
    std::optional<std::string> governingMeasure(std::size_t first) const;

    // Where the cue of a partitive after word `i` ("of the 90 bodies", "of those who
    // died") begins, or the sentence's size when there is no partitive there.
    std::size_t partitiveCue(std::size_t i) const;
    // "two of the dead", "five of those injured": the cue's measure and words.
    std::optional<std::pair<std::string, std::string>> partitiveMeasure(std::size_t i) const;

    // The label of the cue of `lexicon` nearest the numeral in the sentence (before it on
    // a tie), or empty: causes.txt ("cholera"), utilities.txt ("power").
    std::string nearestCue(const std::string& lexicon, std::size_t first, std::size_t last) const;

    // "as early as Tuesday, when the figure stood at 74": a numeral in a "when" clause
    // that follows a time takes that time.
    const TimeExpression* whenClauseTime(std::size_t first) const;

    // A noun of count_nouns.txt ("figure", "tally") in the numeral's clause before it.
    bool countNounBefore(std::size_t first) const;

    // "Of the 31 deaths, 14 were ...": a clause that opens with "of the" (or "among
    // the") and a numeral counted by a cue, then a comma before this numeral: the cue's
    // measure and words. The numeral of the whole may be missing when the count is what
    // a copula says ("Among the dead, 101 were women").
    std::optional<std::pair<std::string, std::string>> leadingPartitive(std::size_t first) const;
    // Whether the count at `first` is followed by a copula and what it is ("101 were women").
    bool countIsWhat(std::size_t first) const;

    // What a part is, as the predicate says: the words after a copula ("were children",
    // "were in Example district") up to the clause's end, at most five.
    std::string complement(std::size_t i) const;

    // "including", "among them", "of whom" right before the numeral (and its qualifier).
    bool partOfBefore(std::size_t first) const;

    // "on board" or "on the ground" where the numeral's noun phrase or clause says so
    // (parts of a crash's toll), else empty.
    std::string craftPart(std::size_t npBegin) const;

    // Where the numeral's qualifier starts ("more than 600": at "more"), else `first`.
    std::size_t beforeQualifier(std::size_t first) const;

    // Whether "and", "while", "but" or "whereas" right before the numeral joins it to a
    // clause of another numeral ("793 were discharged and 382 are being treated").
    bool coordinatedClause(std::size_t first) const;

    // "the identified victims include 240 passengers": the measure of the whole that
    // "include(s|d)" or "including" before the numeral names, in its clause, if any.
    std::optional<std::string> includingWhole(std::size_t first) const;

    // Whether the counted noun phrase is civilians: a head of subject_classes.txt's
    // [civilians] or of people in general, or a nationality ("2,000 Congolese").
    bool civilianCount(std::size_t npBegin, std::size_t npEnd) const;

    // The measure the counted noun implies when no cue names one ("1,500 soldiers were in
    // the area" -> deployed): subject_measures.txt, matched on the phrase's last words.
    std::optional<std::string> impliedMeasure(std::size_t npBegin, std::size_t npEnd) const;

    // "police detained 63 people": a past-tense verb right before the numeral (and its
    // qualifier) counts what it did, as its own word. Reporting verbs do not.
    std::optional<std::string> verbBefore(std::size_t first) const;

    // The nearest cue before the numeral in its clause, not past another numeral.
    std::optional<std::string> leftMeasure(std::size_t first) const;

    // "The death toll from ... has risen to 144", "... rose on Wednesday to 143", "the
    // toll stood at 84": the first cue of the subject of a verb of change (or a copula)
    // before "to"/"at" and the numeral, back to the clause's start.
    std::optional<std::string> subjectOfChange(std::size_t first) const;

    // The noun phrase of a measure cue before the numeral ("the overall death toll at
    // 3,000", "North Korean casualties are estimated at 4,700"): the cue and up to three
    // words before it, function words dropped.
    std::string leftSubject(std::size_t first) const;
    // The people of a nationality a count is of, named after it ("47 death certificates
    // for Jordanian pilgrims"): the demonym and up to two words after it, or empty.
    std::string nationalsAfter(std::size_t last) const;

    // "an additional 6,000", "3,000 more": an addition, not a running total.
    // Whether the numeral at [first, last] stands in brackets right after a name
    // ("Nairobi (21)").
    bool bracketedAfterName(std::size_t first, std::size_t last) const;
    // "in Taroudant" when word i opens "in"/"at" and a capitalised name, else empty.
    std::string locativeAfter(std::size_t i) const;
    // "... were among the dead" from word i on: the part ("among the dead"), or empty.
    std::string amongPart(std::size_t i) const;
    // Whether words [from, to) open the clause of an event ("when ...", "after ...").
    bool eventClauseBetween(std::size_t from, std::size_t to) const;
    // Whether words [from, to) hold ", killing/injuring/leaving ...": the counts after it
    // follow from the event before the comma.
    bool consequenceOfEvent(std::size_t from, std::size_t to) const;
    // "In Sistan and Baluchistan alone, 93 died", "93 died in Ovar alone": the place a
    // count is of, when "alone" marks it as a part of a larger count ("in Ovar"); empty
    // when none. Words [first, last] are the numeral's.
    std::string alonePart(std::size_t first, std::size_t last) const;
    bool isIncrement(std::size_t first, std::size_t npBegin, std::size_t npEnd) const;

    // The words of previous_cues.txt before the numeral ("had placed", "up from") that mark
    // it as an older estimate, or empty.
    std::string previousCue(std::size_t first) const;

    // "may be close to 1,000", "perhaps a thousand": a hedge or a modal copula in the
    // numeral's clause before it.
    bool isSpeculative(std::size_t first) const;

    // Whether the numeral counts one day's events: its time is one day, not introduced by
    // "as of", "by" or "until", and its clause has no word of a running total ("toll",
    // "rose", "so far", a perfect tense).
    // Only measures that grow (cumulative_measures.txt) have one-day counts.
    bool isOneDay(std::size_t first, std::size_t last, const TimeExpression& time,
                  const std::string& measure) const;

    // Whether the numeral's clause has a cue of `measure` that is a verb of an event
    // ("disappeared", "went missing", "evacuated"), not of a state ("missing").
    bool eventVerb(std::size_t first, std::size_t last, const std::string& measure) const;

    // Whether the cue at `cue` is in the "of"/"from" phrase of another numeral's noun
    // after word `from` ("12 cases of cholera"), so that it is that count's.
    bool ofAnotherCount(std::size_t from, std::size_t cue) const;
    // Whether a time is inside a relative clause ("quakes that struck on Saturday")
    // that describes an event rather than the count at word `first`.
    bool inRelativeClause(const TimeExpression& time, std::size_t first) const;
    // Whether a time dates a disaster named next to it (disaster_nouns.txt): "the crash
    // on Friday", "the quake of 8 September", "the June 2 crash".
    bool datesDisaster(const TimeExpression& time) const;

    // The nearest time expression in the sentence, skipping those inside "since
    // <verb>ing ..." (the start of the counted events, not the time of the count).
    // `previous` is the figure read before this one, in this sentence or the last.
    void setTime(FigureMention& m, std::size_t first, std::size_t last,
                 const FigureMention* previous) const;
    // Whether words [from, to) go on with a list of counts ("cases and 257 new cases"):
    // an "and" before a numeral, no verb or clause between.
    bool coordinatedUpTo(std::size_t from, std::size_t to) const;
    // Whether the numeral at first is a running total reached: "total", "cumulative" or
    // "overall" just before its "to" or "at".
    // Whether "has since", "had since" (an adverb, no time of its own) stands between
    // two token positions.
    bool adverbialSinceBetween(std::size_t from, std::size_t to) const;
    bool totalBefore(std::size_t first) const;

    const SentenceWords& s_;
    std::vector<bool> nameNumerals_;
    std::vector<bool> counted_;
    const CueTable& measures_;
    const CueTable& qualifiers_;
    const CueTable& previous_;
    const Lexicon& reporting_;
    const Lexicon& neutral_;
    std::vector<TimeExpression> times_;
};

}  // namespace newsgraph::parser
