#include "parser/attribution/attribution_frame.h"

#include "parser/attribution/frame_reader.h"
#include "parser/text/cue_table.h"
#include "parser/text/lexicon.h"

namespace newsgraph::parser {

namespace frame_detail {

std::vector<AttributionFrame> FrameReader::read() {
    std::vector<AttributionFrame> frames;
    for (const auto& cue : cues_) {
        AttributionFrame frame;
        frame.cue = cue;
        if (AttributionFrame speaker; citedAsSaying(cue, speaker, frame)) {
            frames.push_back(speaker);
            frames.push_back(frame);
            continue;
        }
        bool ok = false;
        switch (cue.kind) {
            case CueKind::Verb:
            case CueKind::Recording:
            case CueKind::Stance: ok = verbFrame(frame); break;
            case CueKind::Phrase: ok = phraseFrame(frame); break;
            case CueKind::Relay: ok = relayFrame(frame); break;
            case CueKind::Passive: ok = passiveFrame(frame); break;
            case CueKind::Document: ok = documentFrame(frame); break;
        }
        if (ok && frame.cue.kind == CueKind::Verb) frame.coversPrevious = objectPointsBack(frame);
        if (ok) frames.push_back(frame);
    }
    return frames;
}

bool FrameReader::objectPointsBack(const AttributionFrame& f) const {
    // "X confirmed this while speaking to reporters", "X gave the figure on Monday": the
    // object stands for what the sentence before reported. "confirmed that 46 died" is a
    // complement, not a pointer: the word after the object must end its clause.
    static const std::set<std::string> kPointerNouns = {"figure", "figures", "toll", "number", "count", "tally"};
    static const std::set<std::string> kAfterObject = {"while", "on", "in", "at", "to", "during", "after",
                                                       "when", "and", "as", "late", "earlier", "later",
                                                       "today", "yesterday", "tonight"};
    std::size_t k = f.cue.end;
    if (k >= w_.size()) return false;
    if ((w_.words[k] == "the" || w_.words[k] == "this" || w_.words[k] == "these") && k + 1 < w_.size() &&
        kPointerNouns.count(w_.words[k + 1])) {
        k += 2;  // "confirmed the figure", "confirmed this toll"
    } else if (w_.words[k] == "this" || w_.words[k] == "it") {
        ++k;
    } else {
        return false;
    }
    if (k < w_.size() && !w_.punct[k] && !kAfterObject.count(w_.words[k])) return false;
    // "put the toll at around 300": a count of its own after the object.
    for (std::size_t j = k; j < w_.size(); ++j) {
        if (frame_detail::hasDigit(w_.words[j])) return false;
    }
    return true;
}

bool FrameReader::verbFrame(AttributionFrame& f) {
    const std::size_t v = f.cue.begin;
    const std::string& verb = w_.words[v];
    // ", adding that ...", ", saying ...": the source of the frame before.
    const bool participle = verb == "adding" || verb == "saying" || verb == "telling" || verb == "noting" ||
                            verb == "explaining" || verb == "stressing" || verb == "confirming";
    // "... later retracted and said over 2,000": a verb joined to the one before by
    // "and" shares its subject.
    const std::size_t joinedTo = v > 0 && w_.words[v - 1] == "and" ? verbBefore(v - 1) : std::string::npos;
    // "The ministry called it a massacre and said 115 ...": joined to a verb that reports
    // nothing, the cue takes that verb's subject as its own.
    std::size_t ownBegin = 0, ownEnd = 0;
    const bool joinedToPlainVerb = joinedTo != std::string::npos && !cueWord_.count(joinedTo) &&
                                   subjectBefore(joinedTo, ownBegin, ownEnd);
    const bool joined = joinedTo != std::string::npos && !joinedToPlainVerb;
    if ((participle && v > 0 && (isComma(w_, v - 1) || isDash(w_, v - 1))) || joined) {
        f.continuesPrevious = true;
        f.scope = FrameScope::After;
        f.contentBegin = complementStart(f.cue.end);
        f.contentEnd = w_.size();
        f.rule = "continues the cue before (\"" + verb + "\")";
        (void)participle;
        return true;
    }
    // "..., with the Disaster Management Centre (DMC) reporting that 212 have died": the
    // noun phrase after "with" is the participle's subject.
    if (verb.ends_with("ing") && v >= 2) {
        constexpr std::size_t kSubjectWords = 10;
        std::size_t k = v;
        while (k > 0 && v - k < kSubjectWords && w_.words[k - 1] != "with" &&
               (!w_.punct[k - 1] || w_.words[k - 1] == "(" || w_.words[k - 1] == ")" || w_.words[k - 1] == "'s")) {
            --k;
        }
        if (k > 0 && k < v && w_.words[k - 1] == "with" && (nameAt_[k] >= 0 || kNounPhraseOpeners.count(w_.words[k]))) {
            f.sourceBegin = k;
            f.sourceEnd = v;
            f.scope = FrameScope::After;
            f.contentBegin = complementStart(f.cue.end);
            f.contentEnd = w_.size();
            f.rule = "subject after \"with\"";
            return true;
        }
    }
    // '..., said the ministry.', '"...," said X': the subject follows the verb.
    // (Not "told": what follows it is the hearer.)
    if (v > 0 && (isComma(w_, v - 1) || isQuote(w_, v - 1) || isDash(w_, v - 1)) &&
        v + 1 < w_.size() && verb != "told" && verb != "tells") {
        const std::size_t from = f.cue.end;
        const bool nounPhrase =
            nameAt_[from] >= 0 || kNounPhraseOpeners.count(w_.words[from]) ||
            std::isupper(static_cast<unsigned char>(w_.original[from][0]));
        // "Ana Ruiz, spokesperson for the hospital, said the toll rose to 53": after a
        // name that opens the sentence and its appositive, what follows the verb is the
        // report, not its speaker.
        auto reportAfterNamedOpener = [&]() {
            const std::size_t end = phraseEnd(from);
            for (std::size_t k = from; k < end; ++k) {
                if (nameAt_[k] >= 0) return false;
            }
            std::size_t nb = 0, ne = 0;
            return isComma(w_, v - 1) && nameAt_[0] >= 0 && subjectBefore(v, nb, ne) && nb == 0;
        };
        if (nounPhrase && !w_.punct[from] && !reportAfterNamedOpener()) {
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
            // "X, Superintendent of Y, said the identified victims include 240": a noun
            // phrase that a verb goes on from is the reported clause's subject, not the
            // speaker; an inverted speaker closes its clause or takes a time or a place.
            static const std::set<std::string> kAfterSpeaker = {
                "on", "in", "at", "late", "earlier", "yesterday", "today", "tonight", "this",
                "last", "during", "after", "before", "when", "while", "as", "according",
                "citing", "adding", "and", "but", "who", "which", "that", "to", "from", "of"};
            const bool closes = k >= w_.size() || w_.punct[k] || isQuote(w_, k) ||
                                kAfterSpeaker.count(w_.words[k]) > 0;
            if (closes) {
                f.sourceEnd = k;
                f.scope = FrameScope::Before;
                f.contentBegin = 0;
                f.contentEnd = v;
                withTail(f, f.sourceEnd);
                f.rule = "subject after the cue";
                return f.sourceEnd > f.sourceBegin;
            }
        }
    }
    std::size_t b = ownBegin, e = ownEnd;
    if (!joinedToPlainVerb && !subjectBefore(v, b, e)) return false;
    f.sourceBegin = b;
    f.sourceEnd = e;
    // "As the agency reported, ...": the clause after the comma (but "... continues as
    // the minister confirmed that the toll rose to 60": a complement follows the cue).
    bool complementAfter = false;  // "that" within a few words, before any punctuation
    for (std::size_t k = f.cue.end; k < w_.size() && k < f.cue.end + 4 && !w_.punct[k]; ++k) {
        complementAfter = complementAfter || w_.words[k] == "that";
    }
    if (b > 0 && w_.words[b - 1] == "as" && !complementAfter) {
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
        } else if (k < w_.size() && isQuote(w_, k)) {
            start = k;  // 'told AFP the "landslide buried more than 100 houses"'
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
        std::size_t after = f.cue.end;  // past adverbials: "said on Thursday, with ..."
        while (after < w_.size() && !w_.punct[after]) ++after;
        withTail(f, after);
        f.rule = "subject before the cue, content before it";
        return true;
    }
    // "the 5,600 or so people INDECI says are displaced": the complement lacks its
    // subject, which is the counted noun before the source: the cue covers that count.
    static const std::set<std::string> kFiniteAuxiliaries = {"are", "were", "is", "was", "have", "had"};
    if (start < w_.size() && start == f.cue.end && kFiniteAuxiliaries.count(w_.words[start])) {
        std::size_t count = e;
        for (std::size_t k = e; k-- > b && k + 8 > e;) {
            if (hasDigit(w_.words[k])) {
                count = k;
                break;
            }
        }
        if (count < e) {
            f.scope = FrameScope::After;
            f.contentBegin = count;
            f.contentEnd = w_.size();
            f.rule = "source inside the counted noun phrase";
            return true;
        }
    }
    f.scope = FrameScope::After;
    f.contentBegin = start;
    f.contentEnd = w_.size();
    f.rule = f.cue.kind == CueKind::Recording ? "subject of a recording verb"
                                              : "subject before the cue";
    return true;
}

void FrameReader::withTail(AttributionFrame& f, std::size_t at) const {
    if (at + 2 >= w_.size() || !isComma(w_, at) || w_.words[at + 1] != "with") return;
    std::size_t end = at + 2;
    while (end < w_.size() && !cueWord_.count(end) && !(w_.punct[end] && !isComma(w_, end) &&
                                                        !w_.isPunct(end, "-"))) {
        ++end;
    }
    if (end < w_.size() && cueWord_.count(end)) return;  // another report follows
    f.tailBegin = at + 2;
    f.tailEnd = end;
}

bool FrameReader::phraseFrame(AttributionFrame& f) {
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
    // "The toll, according to X, rose to 50", "The toll, given by X, rose to 50": set off
    // by commas right after the sentence's subject, the phrase covers its whole clause.
    if (f.cue.begin >= 2 && isComma(w_, f.cue.begin - 1) && f.sourceEnd + 1 < w_.size() &&
        isComma(w_, f.sourceEnd) && !kClauseOpeners.count(w_.words[f.sourceEnd + 1])) {
        bool subject = f.cue.begin - 1 <= 8;
        for (std::size_t j = 0; j + 1 < f.cue.begin && subject; ++j) subject = !w_.punct[j] && !hasDigit(w_.words[j]);
        if (subject) {
            f.scope = FrameScope::After;
            f.contentBegin = 0;
            f.contentEnd = w_.size();
            f.rule = "\"" + joinWords(f.cue.begin, f.cue.end) + "\" set off after the subject";
            return true;
        }
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

bool FrameReader::relayFrame(AttributionFrame& f) {
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

bool FrameReader::citedAsSaying(const ReportingCue& cue, AttributionFrame& speaker,
                                AttributionFrame& cited) {
    const std::string& verb = w_.words[cue.begin];
    if (cue.end != cue.begin + 1 || (verb != "cited" && verb != "quoted")) return false;
    std::size_t b = 0, e = 0;
    if (!subjectBefore(cue.begin, b, e)) return false;
    const std::size_t objectEnd = withApposedName(phraseEnd(cue.end));
    if (objectEnd == cue.end) return false;
    // The object's appositive may stand before "as" ("the FSB, the main successor to
    // the KGB, as saying"); another cue may not.
    static const std::set<std::string> kSaying = {"saying", "telling", "stating", "confirming",
                                                  "reporting", "announcing"};
    std::size_t as = objectEnd;
    while (as + 1 < w_.size() && !(w_.words[as] == "as" && kSaying.count(w_.words[as + 1])) &&
           !cueWord_.count(as) && as < objectEnd + 16) {
        ++as;
    }
    if (as + 1 >= w_.size() || w_.words[as] != "as" || !kSaying.count(w_.words[as + 1])) {
        return false;
    }
    speaker.cue = cue;
    speaker.sourceBegin = b;
    speaker.sourceEnd = e;
    std::size_t from = as + 2;
    if (from < w_.size() && w_.words[from] == "that") ++from;
    bool after = false;
    for (std::size_t k = from; k < w_.size() && !after; ++k) after = !w_.punct[k];
    if (after) {
        speaker.scope = FrameScope::After;
        speaker.contentBegin = from;
        speaker.contentEnd = w_.size();
    } else {  // "80 remained in hospital, TASS quoted the minister as saying."
        speaker.scope = FrameScope::Before;
        speaker.contentBegin = 0;
        speaker.contentEnd = b;
    }
    speaker.rule = "subject of \"" + verb + " ... as " + w_.words[as + 1] + "\"";
    cited.cue = cue;
    cited.sourceBegin = cue.end;
    cited.sourceEnd = objectEnd;
    cited.continuesPrevious = true;
    cited.scope = speaker.scope;
    cited.contentBegin = speaker.contentBegin;
    cited.contentEnd = speaker.contentEnd;
    cited.rule = "cited by the subject (\"" + verb + " ... as " + w_.words[as + 1] + "\")";
    return true;
}

bool FrameReader::passiveFrame(AttributionFrame& f) {
    f.sourceBegin = f.cue.agent;
    f.sourceEnd = phraseEnd(f.cue.agent);
    if (f.sourceEnd == f.sourceBegin) return false;
    f.scope = FrameScope::Before;
    f.contentBegin = 0;
    f.contentEnd = f.cue.begin;
    // "was estimated to be over 4,000 by X": the count between the verb and its agent.
    for (std::size_t k = f.cue.end; k + 1 < f.cue.agent; ++k) {
        if (frame_detail::hasDigit(w_.words[k])) f.contentEnd = f.cue.agent - 1;
    }
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

bool FrameReader::documentFrame(AttributionFrame& f) {
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
    // "the U.N.'s figure of 670": the count it owns is the one after "of", not every
    // count of the sentence ("the government's estimate of 2,000 contrasts with ...").
    if (f.cue.end + 1 < w_.size() && w_.words[f.cue.end] == "of") {
        for (std::size_t k = f.cue.end + 1; k < w_.size() && k < f.cue.end + 5 && !w_.punct[k]; ++k) {
            if (!hasDigit(w_.words[k])) continue;
            f.contentBegin = f.cue.end;
            f.contentEnd = k + 1;
            break;
        }
    }
    return true;
}

// Bounds each content by its neighbours: an After scope ends where the next frame's
// source (or cue) begins; a Before scope starts where the previous frame ends.
void bound(std::vector<AttributionFrame>& frames, const SentenceWords& words) {
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
                // "..., according to state media, CNN reports.": so does a source phrase
                // that only a comma parts from the closing verb's subject.
                // "..., they said, Yonhap news agency reported.": and so does a closing cue
                // that only a comma parts from it: the second relays the first.
                const std::size_t end = std::max(prev.sourceEnd, prev.cue.end);
                auto onlyCommasUpTo = [&](std::size_t from) {
                    if (from > f.sourceBegin) return false;
                    for (std::size_t k = from; k < f.sourceBegin; ++k) {
                        if (!isComma(words, k)) return false;
                    }
                    return true;
                };
                if (f.cue.kind == CueKind::Verb && f.sourceBegin > 0 &&
                    ((prev.cue.kind == CueKind::Phrase && onlyCommasUpTo(prev.sourceEnd)) ||
                     (prev.cue.kind == CueKind::Verb && prev.scope == FrameScope::Before &&
                      end < f.sourceBegin && onlyCommasUpTo(end)))) {
                    break;
                }
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

}  // namespace frame_detail

using frame_detail::FrameReader;

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

void boundFrames(std::vector<AttributionFrame>& frames, const SentenceWords& words) {
    frame_detail::bound(frames, words);
}

}  // namespace newsgraph::parser
