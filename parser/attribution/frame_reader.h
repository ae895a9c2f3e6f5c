#pragma once

// Internal to the attribution stage: the reader behind findFrames (attribution_frame.h)
// and the grammar words it uses. Its definitions are split by what they find:
// attribution_frame.cpp (one frame per cue kind, and the bounds between frames) and
// frame_subject.cpp (noun phrases, subjects and complements).

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "parser/attribution/attribution_frame.h"
#include "parser/time/time_expression.h"

namespace newsgraph::parser::frame_detail {

// Grammar words, not domain words: they stay in code.
inline const std::set<std::string> kClauseOpeners = {"that",    "while",   "but",     "when", "whereas",
                                              "although", "though", "because", "as",   "after",
                                              "before",  "which",   "who",     "where", "if",
                                              "and",     "amid",    "with"};
inline const std::set<std::string> kBetweenSubjectAndVerb = {
    "has",   "have",  "had",   "also",      "further",  "then",       "later",     "earlier",
    "again", "now",   "previously", "recently", "still", "first", "initially", "originally",
    "would", "will",  "did",   "does",      "do",       "had",        "separately", "alone",
    "yesterday", "today", "however", "meanwhile", "too", "last", "week", "night",
    "morning", "evening", "afternoon", "just"};
inline const std::set<std::string> kAdverbialOpeners = {
    "on",   "in",    "at",     "late",   "early",  "earlier", "later",  "yesterday", "today",
    "tonight", "last", "this", "during", "via",  "through", "over",   "from",      "to",
    "before", "after", "by",   "shortly", "again", "also",   "afterwards", "overnight",
    "recently", "separately", "previously", "publicly", "officially", "jointly"};
inline const std::set<std::string> kNounPhraseOpeners = {"the", "a", "an", "its", "his", "her",
                                                  "their", "local", "state", "officials"};

inline bool isComma(const SentenceWords& w, std::size_t i) { return w.isPunct(i, ","); }
// A dash that sets off a phrase; not the hyphen inside a word ("governor-general"),
// which touches the letters on both sides.
inline bool isDash(const SentenceWords& w, std::size_t i) {
    if (!w.punct[i] || (w.words[i] != "-" && w.words[i] != "--")) return false;
    const bool inner = i > 0 && i + 1 < w.size() && w.spans[i - 1].end == w.spans[i].begin &&
                       w.spans[i].end == w.spans[i + 1].begin;
    return !inner;
}
inline bool isQuote(const SentenceWords& w, std::size_t i) {
    return w.punct[i] && (w.words[i] == "\"" || w.words[i] == "'");
}
// Punctuation that ends a noun phrase: all of it but the possessive and inner hyphens.
inline bool endsPhrase(const SentenceWords& w, std::size_t i) {
    return w.punct[i] && w.words[i] != "'s" && w.words[i] != "-";
}
inline bool isLy(const std::string& word) { return word.size() > 4 && word.ends_with("ly"); }

inline bool hasDigit(const std::string& word) {
    return std::any_of(word.begin(), word.end(),
                       [](unsigned char c) { return std::isdigit(c) != 0; });
}

// A numeral that may be a date's day or year rather than a count: 1-31 or 1900-2099.
inline bool dateLikeNumber(const std::string& word) {
    if (!std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c); })) {
        return false;
    }
    if (word.size() <= 2) return true;
    return word.size() == 4 && (word.starts_with("19") || word.starts_with("20"));
}

inline bool isTimeWord(const std::string& word) {
    return isWeekday(word) || isMonthName(word) || monthIndex(word) >= 0 || word == "morning" ||
           word == "evening" || word == "night" || word == "afternoon" || word == "a.m." ||
           word == "p.m." || word == "noon";
}

// Passes over the entity name that covers word i, forwards: the index after it.
inline std::size_t pastName(const std::vector<long>& nameAt, std::size_t i) {
    const long name = nameAt[i];
    while (i < nameAt.size() && nameAt[i] == name) ++i;
    return i;
}

class FrameReader {
  public:
    FrameReader(const SentenceWords& w, const std::vector<ReportingCue>& cues,
                const std::vector<long>& nameAt)
        : w_(w), cues_(cues), nameAt_(nameAt) {
        for (const auto& cue : cues) {
            if (cue.kind == CueKind::Document) continue;  // a noun inside a phrase
            for (std::size_t k = cue.begin; k < cue.end; ++k) cueWord_.insert(k);
            if (cue.kind == CueKind::Phrase) phraseStart_.insert(cue.begin);
        }
    }

    std::vector<AttributionFrame> read();

  private:
    // The end of a noun phrase that starts at `from`: names passed over whole, up to
    // punctuation, a clause opener, an adverbial, a numeral or another cue; ten words at
    // most.
    std::size_t phraseEnd(std::size_t from) const;

    // The subject before a verb at `verb`: [begin, end), passing over the auxiliaries
    // and adverbs before the verb, a bracket after the subject ("the Commission (KNCHR)
    // said") and appositives set off by commas (", chairwoman of ..., said").
    bool subjectBefore(std::size_t verb, std::size_t& begin, std::size_t& end) const;

    // A role that speaks for a body (affiliation_roles.txt).
    static bool isRoleWord(const std::string& word);

    // Whether the words right before a comma at `comma` end in an entity name (so that
    // the segment after the comma may be its appositive).
    bool segmentBeforeIsName(std::size_t comma) const;

    // The first word of a verb's complement, passing over "that" and adverbials ("on
    // Sunday", "in a statement", "late on Saturday"); size() when it has none before the
    // clause ends, so the verb closes its clause.
    std::size_t complementStart(std::size_t after) const;

    // One frame per cue kind (attribution_frame.cpp): false when the cue frames nothing.
    bool verbFrame(AttributionFrame& f);

    // Whether only adverbials stand between another cue and word i ("said on Sunday
    // according to").
    bool afterAnotherCue(std::size_t i) const;

    // The nearest verb (a word ending in -ed, or a cue) before word i in its clause, or
    // npos when there is none.
    std::size_t verbBefore(std::size_t i) const;

    // A "with" clause after a closing cue at word `at` (", with 23 others still
    // unaccounted for") is covered too.
    void withTail(AttributionFrame& f, std::size_t at) const;

    bool phraseFrame(AttributionFrame& f);

    // "the village head, Petra Lund,": a name set beside a source phrase names it.
    std::size_t withApposedName(std::size_t end) const;

    bool relayFrame(AttributionFrame& f);

    // "TASS cited the FSB as saying 40 died", "..., the agency quoted the minister as
    // saying.": the verb's subject relays the one it cites, so two frames, the
    // subject's (`speaker`) and a relay of the one cited after it (`cited`). False when
    // the cue is not "cited" or "quoted" with "as saying" (telling, stating...) after
    // its object.
    bool citedAsSaying(const ReportingCue& cue, AttributionFrame& speaker,
                       AttributionFrame& cited);

    bool passiveFrame(AttributionFrame& f);
    // Whether a verb's object is a pointer to the report before ("confirmed this").
    bool objectPointsBack(const AttributionFrame& f) const;

    // "the figures reported by X": a participle after a noun, not a clause's verb.
    bool reducedRelative(std::size_t verb) const;

    bool documentFrame(AttributionFrame& f);

    // Words [b, e) as written, space-separated.
    std::string joinWords(std::size_t b, std::size_t e) const;

    const SentenceWords& w_;
    const std::vector<ReportingCue>& cues_;
    const std::vector<long>& nameAt_;
    std::set<std::size_t> cueWord_;
    std::set<std::size_t> phraseStart_;  // where "according to"-like phrases begin
};

}  // namespace newsgraph::parser::frame_detail
