#include "parser/attribution/attribution_frame.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "parser/text/cue_table.h"
#include "parser/text/lexicon.h"
#include "parser/time/time_expression.h"

namespace newsgraph::parser {

namespace {

// Grammar words, not domain words: they stay in code.
const std::set<std::string> kClauseOpeners = {"that",    "while",   "but",     "when", "whereas",
                                              "although", "though", "because", "as",   "after",
                                              "before",  "which",   "who",     "where", "if",
                                              "and",     "amid",    "with"};
const std::set<std::string> kBetweenSubjectAndVerb = {
    "has",   "have",  "had",   "also",      "further",  "then",       "later",     "earlier",
    "again", "now",   "previously", "recently", "still", "first", "initially", "originally",
    "would", "will",  "did",   "does",      "do",       "had",        "separately", "alone",
    "yesterday", "today", "however", "meanwhile", "too", "last", "week", "night",
    "morning", "evening", "afternoon", "just"};
const std::set<std::string> kAdverbialOpeners = {
    "on",   "in",    "at",     "late",   "early",  "earlier", "later",  "yesterday", "today",
    "tonight", "last", "this", "during", "via",  "through", "over",   "from",      "to",
    "before", "after", "by",   "shortly", "again", "also",   "afterwards", "overnight",
    "recently", "separately", "previously", "publicly", "officially", "jointly"};
const std::set<std::string> kNounPhraseOpeners = {"the", "a", "an", "its", "his", "her",
                                                  "their", "local", "state", "officials"};

bool isComma(const SentenceWords& w, std::size_t i) { return w.isPunct(i, ","); }
bool isDash(const SentenceWords& w, std::size_t i) {
    return w.punct[i] && (w.words[i] == "-" || w.words[i] == "--");
}
bool isQuote(const SentenceWords& w, std::size_t i) {
    return w.punct[i] && (w.words[i] == "\"" || w.words[i] == "'");
}
// Punctuation that ends a noun phrase: all of it but the possessive and inner hyphens.
bool endsPhrase(const SentenceWords& w, std::size_t i) {
    return w.punct[i] && w.words[i] != "'s" && w.words[i] != "-";
}
bool isLy(const std::string& word) { return word.size() > 4 && word.ends_with("ly"); }

bool hasDigit(const std::string& word) {
    return std::any_of(word.begin(), word.end(),
                       [](unsigned char c) { return std::isdigit(c) != 0; });
}

// A numeral that may be a date's day or year rather than a count: 1-31 or 1900-2099.
bool dateLikeNumber(const std::string& word) {
    if (!std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c); })) {
        return false;
    }
    if (word.size() <= 2) return true;
    return word.size() == 4 && (word.starts_with("19") || word.starts_with("20"));
}

bool isTimeWord(const std::string& word) {
    return isWeekday(word) || isMonthName(word) || monthIndex(word) >= 0 || word == "morning" ||
           word == "evening" || word == "night" || word == "afternoon" || word == "a.m." ||
           word == "p.m." || word == "noon";
}

// Passes over the entity name that covers word i, forwards: the index after it.
std::size_t pastName(const std::vector<long>& nameAt, std::size_t i) {
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

    std::vector<AttributionFrame> read() {
        std::vector<AttributionFrame> frames;
        for (const auto& cue : cues_) {
            AttributionFrame frame;
            frame.cue = cue;
            bool ok = false;
            switch (cue.kind) {
                case CueKind::Verb:
                case CueKind::Recording: ok = verbFrame(frame); break;
                case CueKind::Phrase: ok = phraseFrame(frame); break;
                case CueKind::Relay: ok = relayFrame(frame); break;
                case CueKind::Passive: ok = passiveFrame(frame); break;
                case CueKind::Document: ok = documentFrame(frame); break;
            }
            if (ok) frames.push_back(frame);
        }
        return frames;
    }

  private:

    // The end of a noun phrase that starts at `from`: names passed over whole, up to
    // punctuation, a clause opener, an adverbial, a numeral or another cue; ten words at
    // most.
    std::size_t phraseEnd(std::size_t from) const {
        std::size_t k = from;
        while (k < w_.size() && k < from + 10) {
            if (nameAt_[k] >= 0) {
                k = pastName(nameAt_, k);
                continue;
            }
            const std::string& word = w_.words[k];
            if (endsPhrase(w_, k) || isQuote(w_, k) || (k > from && cueWord_.count(k))) break;
            if (k > from && ((kClauseOpeners.count(word) && word != "and") || word == "on" || word == "in" ||
                             word == "at" || word == "late" || word == "earlier" ||
                             word == "told" || word == "to" || isTimeWord(word))) {
                break;
            }
            if (hasDigit(word)) break;
            ++k;
        }
        // "six rights groups, including Amnesty International": the named member counts.
        if (k + 2 < w_.size() && isComma(w_, k) && w_.words[k + 1] == "including" &&
            nameAt_[k + 2] >= 0) {
            return pastName(nameAt_, k + 2);
        }
        return k;
    }

    // The subject before a verb at `verb`: [begin, end), passing over the auxiliaries
    // and adverbs before the verb, a bracket after the subject ("the Commission (KNCHR)
    // said") and appositives set off by commas (", chairwoman of ..., said").
    bool subjectBefore(std::size_t verb, std::size_t& begin, std::size_t& end) const {
        std::size_t e = verb;
        while (e > 0 && !w_.punct[e - 1] &&
               (kBetweenSubjectAndVerb.count(w_.words[e - 1]) || isLy(w_.words[e - 1]) ||
                isTimeWord(w_.words[e - 1]) ||
                (e >= 2 && w_.words[e - 2] == "on" && isTimeWord(w_.words[e - 1])))) {
            --e;
            if (e > 0 && w_.words[e - 1] == "on") --e;
        }
        for (int segments = 0; segments < 4 && e > 0; ++segments) {
            // "the Service (NIS), now estimates": a comma (or dash) closing the subject's
            // apposition.
            if ((isComma(w_, e - 1) || isDash(w_, e - 1)) && e >= 2) --e;
            std::size_t b = e;
            // A bracket right before: "(KNCHR)".
            if (w_.isPunct(b - 1, ")")) {
                std::size_t open = b - 1;
                while (open > 0 && !w_.isPunct(open - 1, "(")) --open;
                if (open == 0) return false;
                b = open - 1;
            }
            while (b > 0 && !endsPhrase(w_, b - 1) && !isQuote(w_, b - 1) &&
                   !isDash(w_, b - 1) && !cueWord_.count(b - 1) && b + 20 > e) {
                const std::string& word = w_.words[b - 1];
                // "known locally as REO": "as" inside an appositive.
                const bool knownAs = word == "as" && b >= 3 &&
                                     (w_.words[b - 2] == "known" || w_.words[b - 3] == "known");
                if (nameAt_[b - 1] < 0 && kClauseOpeners.count(word) && word != "and" && !knownAs) {
                    break;
                }
                --b;
            }
            // "a report by X, which said ...": the relative pronoun stands for the phrase
            // before its comma.
            if (b == e && e >= 2 && (w_.words[e - 1] == "which" || w_.words[e - 1] == "who") &&
                isComma(w_, e - 2)) {
                e -= 2;
                continue;
            }
            if (b == e) return false;
            // ", who attended the briefing,": a relative clause on the subject; also
            // without commas ("the Committee which probes major crimes said").
            if (b >= 2 && (w_.words[b - 1] == "who" || w_.words[b - 1] == "which") &&
                isComma(w_, b - 2)) {
                e = b - 2;
                continue;
            }
            if (b >= 2 && (w_.words[b - 1] == "who" || w_.words[b - 1] == "which") &&
                nameAt_[b - 2] >= 0) {
                e = b - 1;
                continue;
            }
            // ", chairwoman of the commission," or ", the agency's spokesperson,": an
            // appositive; the subject is before it.
            const bool enclosed = b > 0 && (isComma(w_, b - 1) || isDash(w_, b - 1)) && e < verb &&
                                  (isComma(w_, e) || isDash(w_, e));
            const bool lowerStart = nameAt_[b] < 0 && !w_.punct[b] &&
                                    std::islower(static_cast<unsigned char>(w_.original[b][0]));
            // A plural of unnamed sources ("Sichuan Province, local authorities said")
            // is the subject itself, not an appositive on the name before it.
            const auto head = CueTable::get("reporter_roles").labelOf(w_.words[e - 1]);
            const bool unnamedPlural = head && *head == "unnamed" && w_.words[e - 1].ends_with("s");
            if ((enclosed || (b > 0 && isComma(w_, b - 1) && lowerStart && e == verb &&
                              segmentBeforeIsName(b - 1) && !unnamedPlural)) &&
                lowerStart && w_.words[b] != "the" && b >= 2) {
                e = b - 1;
                continue;
            }
            // "Ana Diaz, the Example Programme's spokesperson, said": a role after a
            // name is an appositive too.
            if (b >= 2 && isComma(w_, b - 1) && e == verb - (isComma(w_, verb - 1) ? 1 : 0) &&
                e > b && isRoleWord(w_.words[e - 1]) && nameAt_[b - 2] >= 0) {
                e = b - 1;
                continue;
            }
            // "Lee and Kim - members of the X party - told": a dash-set appositive.
            if (enclosed && isDash(w_, b - 1) && b >= 2) {
                e = b - 1;
                continue;
            }
            begin = b;
            end = e;
            return true;
        }
        return false;
    }

    static bool isRoleWord(const std::string& word) {
        return Lexicon::get("affiliation_roles").contains(word);
    }

    // Whether the words right before a comma at `comma` end in an entity name (so that
    // the segment after the comma may be its appositive).
    bool segmentBeforeIsName(std::size_t comma) const {
        return comma > 0 && nameAt_[comma - 1] >= 0;
    }

    // The first word of a verb's complement, passing over "that" and adverbials ("on
    // Sunday", "in a statement", "late on Saturday"); size() when it has none before the
    // clause ends, so the verb closes its clause.
    std::size_t complementStart(std::size_t after) const {
        std::size_t k = after;
        while (k < w_.size()) {
            const std::string& word = w_.words[k];
            if (word == "that" || w_.isPunct(k, ":")) return k + 1 < w_.size() ? k + 1 : w_.size();
            if (isQuote(w_, k)) return k;
            // 'X stated, "..."': the quotation after the comma.
            if ((isComma(w_, k) || w_.isPunct(k, ":")) && k + 1 < w_.size() && isQuote(w_, k + 1)) {
                return k + 1;
            }
            if (endsPhrase(w_, k)) return w_.size();
            if (kAdverbialOpeners.count(word) || isTimeWord(word) || isLy(word)) {
                // An adverbial runs to the next comma or "that"; a count in it makes it a
                // complement ("said on Monday 40 died").
                std::size_t j = k + 1;
                bool count = false;
                while (j < w_.size() && !endsPhrase(w_, j) && !isQuote(w_, j) &&
                       w_.words[j] != "that" && !cueWord_.count(j)) {
                    if (hasDigit(w_.words[j]) && !dateLikeNumber(w_.words[j])) count = true;
                    if (w_.words[j] == "p.m." || w_.words[j] == "a.m.") count = false;
                    ++j;
                }
                if (count) return k;
                k = j;
                continue;
            }
            // "said on Sunday according to TASS": another source, no complement.
            if (phraseStart_.count(k)) return w_.size();
            return k;
        }
        return w_.size();
    }

    bool verbFrame(AttributionFrame& f) {
        const std::size_t v = f.cue.begin;
        const std::string& verb = w_.words[v];
        // ", adding that ...", ", saying ...": the source of the frame before.
        const bool participle = verb == "adding" || verb == "saying" || verb == "telling";
        // "... later retracted and said over 2,000": a verb joined to the one before by
        // "and" shares its subject.
        const bool joined = v > 0 && w_.words[v - 1] == "and" && hasVerbBefore(v - 1);
        if ((participle && v > 0 && (isComma(w_, v - 1) || isDash(w_, v - 1))) || joined) {
            f.continuesPrevious = true;
            f.scope = FrameScope::After;
            f.contentBegin = complementStart(f.cue.end);
            f.contentEnd = w_.size();
            f.rule = "continues the cue before (\"" + verb + "\")";
            (void)participle;
            return true;
        }
        // '..., said the ministry.', '"...," said X': the subject follows the verb.
        // (Not "told": what follows it is the hearer.)
        if (v > 0 && (isComma(w_, v - 1) || isQuote(w_, v - 1) || isDash(w_, v - 1)) &&
            v + 1 < w_.size() && verb != "told" && verb != "tells") {
            const std::size_t from = f.cue.end;
            const bool nounPhrase =
                nameAt_[from] >= 0 || kNounPhraseOpeners.count(w_.words[from]) ||
                std::isupper(static_cast<unsigned char>(w_.original[from][0]));
            if (nounPhrase && !w_.punct[from]) {
                f.sourceBegin = from;
                f.sourceEnd = phraseEnd(from);
                // "said the mayor of X, the capital, Example Name": appositives up to the
                // clause's end name the same speaker.
                std::size_t k = f.sourceEnd;
                while (k < w_.size() && (isComma(w_, k) || isDash(w_, k)) && k + 1 < w_.size() &&
                       !cueWord_.count(k + 1) && !kClauseOpeners.count(w_.words[k + 1])) {
                    const std::size_t end = phraseEnd(k + 1);
                    if (end == k + 1) break;
                    k = end;
                }
                f.sourceEnd = k;
                f.scope = FrameScope::Before;
                f.contentBegin = 0;
                f.contentEnd = v;
                f.rule = "subject after the cue";
                return f.sourceEnd > f.sourceBegin;
            }
        }
        std::size_t b = 0, e = 0;
        if (!subjectBefore(v, b, e)) return false;
        f.sourceBegin = b;
        f.sourceEnd = e;
        // "As the agency reported, ...": the clause after the comma.
        if (b > 0 && w_.words[b - 1] == "as") {
            f.sourceBegin = b;
            std::size_t k = f.cue.end;
            while (k < w_.size() && !isComma(w_, k)) ++k;
            f.scope = FrameScope::After;
            f.contentBegin = k < w_.size() ? k + 1 : w_.size();
            f.contentEnd = w_.size();
            f.rule = "\"as\" clause before the content";
            return true;
        }
        const std::size_t complement = complementStart(f.cue.end);
        // "told Reuters that ...": the hearer is passed over.
        std::size_t start = complement;
        if ((verb == "told" || verb == "tells") && start < w_.size()) {
            std::size_t k = start;
            while (k < w_.size() && !endsPhrase(w_, k) && w_.words[k] != "that" && k < start + 8) {
                if (hasDigit(w_.words[k])) break;
                ++k;
            }
            if (k < w_.size() && w_.words[k] == "that") {
                start = k + 1;
            } else if (k >= w_.size() || endsPhrase(w_, k)) {
                start = w_.size();
            }
        }
        if (start >= w_.size()) {
            // Nothing follows: the verb closes its clause; the content is before the subject.
            f.scope = FrameScope::Before;
            f.contentBegin = 0;
            f.contentEnd = b > 0 && (isComma(w_, b - 1) || isQuote(w_, b - 1) || isDash(w_, b - 1))
                               ? b - 1
                               : b;
            f.rule = "subject before the cue, content before it";
            return true;
        }
        f.scope = FrameScope::After;
        f.contentBegin = start;
        f.contentEnd = w_.size();
        f.rule = f.cue.kind == CueKind::Recording ? "subject of a recording verb"
                                                  : "subject before the cue";
        return true;
    }

    // Whether only adverbials stand between another cue and word i ("said on Sunday
    // according to").
    bool afterAnotherCue(std::size_t i) const {
        for (std::size_t k = i; k-- > 0;) {
            if (cueWord_.count(k)) return true;
            const std::string& word = w_.words[k];
            if (!(kAdverbialOpeners.count(word) || isTimeWord(word) || isLy(word) ||
                  word == "the" || isComma(w_, k))) {
                return false;
            }
        }
        return false;
    }

    // Whether a verb (a word ending in -ed, or a cue) comes before word i in its clause.
    bool hasVerbBefore(std::size_t i) const {
        for (std::size_t k = i; k-- > 0;) {
            if (endsPhrase(w_, k)) return false;
            if (cueWord_.count(k)) return true;
            const std::string& word = w_.words[k];
            if (word.size() > 4 && word.ends_with("ed") && nameAt_[k] < 0) return true;
        }
        return false;
    }

    bool phraseFrame(AttributionFrame& f) {
        f.sourceBegin = f.cue.end;
        f.sourceEnd = withApposedName(phraseEnd(f.cue.end));
        if (f.sourceEnd == f.sourceBegin) return false;
        // Clause-initial: "According to X, ..." (after a conjunction or an opening
        // adverbial such as "However,").
        std::size_t k = f.cue.begin;
        while (k > 0 && (w_.punct[k - 1] || isLy(w_.words[k - 1]) || w_.words[k - 1] == "and" ||
                         w_.words[k - 1] == "but" || w_.words[k - 1] == "however" ||
                         w_.words[k - 1] == "also")) {
            // "Sharjah24 - WAM: According to ...": a label before a colon opens no clause.
            if (w_.isPunct(k - 1, ":")) {
                k = 0;
                break;
            }
            if (w_.punct[k - 1] && !isComma(w_, k - 1) && !isQuote(w_, k - 1)) break;
            --k;
        }
        // "... told reporters that according to X, ...": opening the complement clause.
        const bool afterThat = k > 0 && w_.words[k - 1] == "that";
        if (k == 0 || afterThat) {
            std::size_t c = f.sourceEnd;
            // ", which is based on ...,": a relative clause on the source is passed over.
            if (c + 1 < w_.size() && isComma(w_, c) &&
                (w_.words[c + 1] == "which" || w_.words[c + 1] == "who")) {
                std::size_t j = c + 1;
                while (j < w_.size() && !isComma(w_, j)) ++j;
                c = j;
            }
            if (c < w_.size() && isComma(w_, c)) ++c;
            f.scope = FrameScope::After;
            f.contentBegin = c;
            f.contentEnd = w_.size();
            f.rule = "\"" + joinWords(f.cue.begin, f.cue.end) + "\" opening the clause";
            (void)afterThat;
            return true;
        }
        f.scope = FrameScope::Before;
        f.contentBegin = 0;
        f.contentEnd = f.cue.begin;
        f.rule = "\"" + joinWords(f.cue.begin, f.cue.end) + "\" closing the clause";
        // "..., authorities said on Sunday according to TASS": the phrase vouches for the
        // cue before it and covers what that one covers.
        if (afterAnotherCue(f.cue.begin)) {
            f.continuesPrevious = true;
            f.rule = "\"" + joinWords(f.cue.begin, f.cue.end) + "\" after another cue";
        }
        return true;
    }

    // "the village head, Petra Lund,": a name set beside a source phrase names it.
    std::size_t withApposedName(std::size_t end) const {
        // "the prime minister of a government based in eastern Libya, Osama Hamad": the
        // phrase runs on to its comma.
        std::size_t k = end;
        while (k < w_.size() && k < end + 8 && !w_.punct[k] && !cueWord_.count(k) &&
               !kClauseOpeners.count(w_.words[k]) && !hasDigit(w_.words[k])) {
            ++k;
        }
        if (k > end && k < w_.size() && isComma(w_, k) && k + 1 < w_.size() && nameAt_[k + 1] >= 0) {
            const std::size_t after = pastName(nameAt_, k + 1);
            if (after >= w_.size() || w_.punct[after] || w_.words[after] == "on") return after;
        }
        if (end + 1 < w_.size() && isComma(w_, end) && nameAt_[end + 1] >= 0) {
            const std::size_t after = pastName(nameAt_, end + 1);
            if (after >= w_.size() || w_.punct[after] || w_.words[after] == "on") return after;
        }
        return end;
    }

    bool relayFrame(AttributionFrame& f) {
        f.sourceBegin = f.cue.end;
        f.sourceEnd = withApposedName(phraseEnd(f.cue.end));
        if (f.sourceEnd == f.sourceBegin) return false;
        f.continuesPrevious = true;
        f.scope = FrameScope::Before;
        f.contentBegin = 0;
        f.contentEnd = f.cue.begin;
        f.rule = "relay (\"" + joinWords(f.cue.begin, f.cue.end) + "\")";
        return true;
    }

    bool passiveFrame(AttributionFrame& f) {
        f.sourceBegin = f.cue.agent;
        f.sourceEnd = phraseEnd(f.cue.agent);
        if (f.sourceEnd == f.sourceBegin) return false;
        f.scope = FrameScope::Before;
        f.contentBegin = 0;
        f.contentEnd = f.cue.begin;
        // "the figures reported by X in January, when ...": a participle after a noun
        // describes a count anywhere in its sentence.
        if (f.cue.agent == 0 || reducedRelative(f.cue.begin)) f.contentEnd = w_.size();
        std::size_t first = 0;
        while (first < w_.size() && w_.punct[first]) ++first;
        static const std::set<std::string> kPointers = {"this", "it", "these", "that", "they"};
        f.coversPrevious = first < w_.size() && kPointers.count(w_.words[first]) > 0;
        f.rule = "agent of a passive cue";
        return true;
    }

    bool reducedRelative(std::size_t verb) const {
        static const std::set<std::string> kBe = {"was", "were", "is", "are", "been", "be", "being"};
        std::size_t k = verb;
        while (k > 0 && !w_.punct[k - 1] && (isLy(w_.words[k - 1]) || kBetweenSubjectAndVerb.count(w_.words[k - 1]))) --k;
        return k > 0 && !w_.punct[k - 1] && !kBe.count(w_.words[k - 1]);
    }

    bool documentFrame(AttributionFrame& f) {
        f.scope = FrameScope::After;
        f.contentBegin = 0;
        f.contentEnd = w_.size();
        if (f.cue.agent) {  // "a report by X"
            f.sourceBegin = f.cue.agent;
            f.sourceEnd = phraseEnd(f.cue.agent);
            f.rule = "author of \"" + joinWords(f.cue.begin, f.sourceEnd) + "\"";
            return f.sourceEnd > f.sourceBegin;
        }
        // The owner right before the noun: "an AFP tally", "the ministry's figures",
        // "the board's own tally".
        static const std::set<std::string> kDocumentAdjectives = {
            "own", "latest", "new", "official", "preliminary", "daily", "final", "initial", "updated"};
        std::size_t e = f.cue.begin;
        if (e > 1 && kDocumentAdjectives.count(w_.words[e - 1]) && w_.words[e - 2] == "'s") --e;
        if (e > 0 && w_.words[e - 1] == "'s") --e;
        if (e == 0 || w_.punct[e - 1]) return false;
        std::size_t b = e - 1;
        if (nameAt_[b] >= 0) {
            while (b > 0 && nameAt_[b - 1] == nameAt_[e - 1]) --b;
        } else if (e < f.cue.begin) {
            // "the ministry's figures": a possessive description.
            if (b == 0 || w_.words[b - 1] != "the") return false;
            --b;
        } else {
            return false;
        }
        f.sourceBegin = b;
        f.sourceEnd = e;
        f.scope = FrameScope::After;
        f.contentBegin = 0;
        f.contentEnd = w_.size();
        f.rule = "owner of a count (\"" + joinWords(b, f.cue.end) + "\")";
        return true;
    }

    std::string joinWords(std::size_t b, std::size_t e) const {
        std::string out;
        for (std::size_t k = b; k < e && k < w_.size(); ++k) {
            if (!out.empty()) out += ' ';
            out += w_.original[k];
        }
        return out;
    }

    const SentenceWords& w_;
    const std::vector<ReportingCue>& cues_;
    const std::vector<long>& nameAt_;
    std::set<std::size_t> cueWord_;
    std::set<std::size_t> phraseStart_;  // where "according to"-like phrases begin
};

// Bounds each content by its neighbours: an After scope ends where the next frame's
// source (or cue) begins; a Before scope starts where the previous frame ends.
void bound(std::vector<AttributionFrame>& frames) {
    for (std::size_t i = 0; i < frames.size(); ++i) {
        AttributionFrame& f = frames[i];
        if (f.scope == FrameScope::After && f.cue.kind != CueKind::Document) {
            for (std::size_t j = i + 1; j < frames.size(); ++j) {
                const AttributionFrame& next = frames[j];
                if (next.continuesPrevious || next.cue.kind == CueKind::Document) continue;
                const std::size_t start = next.scope == FrameScope::Before
                                              ? std::min(next.sourceBegin, next.cue.begin)
                                              : std::min(next.sourceBegin, next.cue.begin);
                if (start > f.contentBegin && start < f.contentEnd) f.contentEnd = start;
                break;
            }
        }
        if (f.scope == FrameScope::Before && !f.continuesPrevious) {
            for (std::size_t j = i; j-- > 0;) {
                const AttributionFrame& prev = frames[j];
                if (prev.continuesPrevious || prev.cue.kind == CueKind::Document) continue;
                // "... as was earlier reported by OCHA, CNN reported.": a passive inside
                // the clause a closing verb covers nests in it.
                if (prev.cue.kind == CueKind::Passive && f.cue.kind == CueKind::Verb) break;
                const std::size_t end = std::max(prev.sourceEnd, prev.cue.end);
                if (end > f.contentBegin && end <= f.contentEnd) f.contentBegin = end;
                break;
            }
        }
        if (f.continuesPrevious) {
            // Covers what the frame before covers (a relay), and (a continuation) what
            // follows it.
            for (std::size_t j = i; j-- > 0;) {
                if (frames[j].continuesPrevious) continue;
                if (f.cue.kind == CueKind::Relay || f.cue.kind == CueKind::Phrase) {
                    f.contentBegin = frames[j].contentBegin;
                    f.contentEnd = std::max(frames[j].contentEnd, f.cue.begin);
                    if (frames[j].scope == FrameScope::Before) {
                        f.contentEnd = frames[j].contentEnd;
                    }
                }
                break;
            }
        }
    }
}

}  // namespace

std::vector<AttributionFrame> findFrames(const SentenceWords& words,
                                         const std::vector<ReportingCue>& cues,
                                         const std::vector<long>& nameAt) {
    std::vector<AttributionFrame> frames = FrameReader(words, cues, nameAt).read();
    // A cue inside another frame's source words ("according to the statistics announced
    // by X") gives that frame its source, and no frame of its own.
    std::vector<char> nested(frames.size(), 0);
    for (std::size_t i = 0; i < frames.size(); ++i) {
        bool inside = false;
        for (std::size_t j = 0; j < frames.size() && !inside; ++j) {
            const AttributionFrame& outer = frames[j];
            if (j == i || outer.sourceEnd <= outer.sourceBegin) continue;
            const std::size_t at = frames[i].cue.begin;
            // The outer source stops right at the inner cue, or holds it.
            if (at == outer.sourceEnd || (at >= outer.sourceBegin && at < outer.sourceEnd)) {
                if (frames[i].cue.kind == CueKind::Phrase || frames[i].cue.kind == CueKind::Passive ||
                    (frames[i].cue.kind == CueKind::Document && frames[i].cue.agent)) {
                    if (outer.cue.kind == CueKind::Phrase && frames[i].sourceEnd > frames[i].sourceBegin) {
                        frames[j].sourceBegin = frames[i].sourceBegin;
                        frames[j].sourceEnd = frames[i].sourceEnd;
                        inside = true;
                        nested[i] = 1;
                    }
                }
            }
        }
    }
    std::vector<AttributionFrame> kept;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        if (!nested[i]) kept.push_back(frames[i]);
    }
    return kept;
}

void boundFrames(std::vector<AttributionFrame>& frames) { bound(frames); }

}  // namespace newsgraph::parser
