#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "parser/text/sentence_words.h"

namespace newsgraph::parser {

// Attribution, stage 1: the cues of one sentence that say someone reported something.
// Stage 2 (attribution_frame.h) finds what each cue covers and who its source is.
// See docs/extraction.md, "Attribution".

enum class CueKind {
    Verb,       // "said", "reported", "told", "confirmed": its subject is the source
    Recording,  // "recorded", "documented", "verified": its subject counted the figures
    Stance,     // "disputed", "denied": its subject takes a side, reports nothing itself
    Phrase,     // "according to X", "as per X": the phrase's object is the source
    Relay,      // "citing X", "briefed by X": X stands behind another cue's source
    Passive,    // "was reported by X", "data revealed by X": the agent is the source
    Document,   // "an AFP tally", "a report by X": a count or document and its owner
};

struct ReportingCue {
    CueKind kind = CueKind::Verb;
    std::size_t begin = 0;  // words [begin, end) of the sentence
    std::size_t end = 0;
    std::size_t agent = 0;  // Passive, and a Document with its owner after: that word
};

// Finds the cues of a sentence, left to right, none overlapping. Verbs come from
// reporting_verbs.txt and attribution_cues.txt [verb] and [recording]; phrases from its
// [source], [relay] and [passive] sections; document nouns from [document]. A verb is no
// cue when it is a deed ("claimed responsibility"), an adjective ("the confirmed toll",
// "24 confirmed dead") or a passive with no agent ("were reported missing", "were said
// to"); a passive with "by" within nine words is a Passive cue. Never fails.
std::vector<ReportingCue> findReportingCues(const SentenceWords& words);

// Whether the sentence reports with no source: a passive of hearsay with no agent
// ("700 were also reported dead", "are believed to have drowned") or "reportedly". Such a
// sentence takes no source carried over from the sentence before.
bool reportsWithoutSource(const SentenceWords& words);

const char* cueKindName(CueKind kind);

}  // namespace newsgraph::parser
