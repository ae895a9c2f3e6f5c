#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "parser/attribution/reporting_cue.h"
#include "parser/text/sentence_words.h"

namespace newsgraph::parser {

// Attribution, stage 2: what one cue covers (its content) and which words name its
// source. A frame is read off the sentence's syntax, not its entities: stage 3
// (source_phrase.h) reads the source words, stage 4 (source_resolver.h) resolves them.
// See docs/extraction.md, "Attribution".

enum class FrameScope {
    Before,  // "40 died, the ministry said": the clause before the cue
    After,   // "the ministry said (that) 40 died": the complement after it
};

struct AttributionFrame {
    ReportingCue cue;
    FrameScope scope = FrameScope::After;
    std::size_t sourceBegin = 0;  // words [sourceBegin, sourceEnd) name the source;
    std::size_t sourceEnd = 0;    // empty for a continuation ("adding that ...")
    std::size_t contentBegin = 0;  // words [contentBegin, contentEnd) are covered
    std::size_t contentEnd = 0;
    // "This was reported by X", "The figures were released by X": the cue's subject
    // points back, so the sentence before is covered too.
    bool coversPrevious = false;
    // "..., adding that 19 died", "..., citing X": the source of the frame before it in
    // the sentence (for a relay, in addition to its own).
    bool continuesPrevious = false;
    // "..., the agency says, with 23 others still unaccounted for": the reported clause
    // goes on after a closing cue; words [tailBegin, tailEnd) are covered too.
    std::size_t tailBegin = 0;
    std::size_t tailEnd = 0;
    std::string rule;  // how the scope was found, in words, for the edge's evidence

    bool covers(std::size_t word) const {
        return (word >= contentBegin && word < contentEnd) || (word >= tailBegin && word < tailEnd);
    }
};

// The frames of a sentence, one per cue that has a source or continues one, in cue
// order. `nameAt[i]` is the first word of the entity mention that covers word i (any
// kind), or -1: names are passed over whole when a noun phrase is scanned ("Commission
// on Human Rights" is no preposition). Never fails.
//
// Scope rules, per cue kind:
//   verb, subject after the cue ('..., said the ministry'): Before;
//   verb, subject before, nothing but adverbials after ('..., the ministry said on
//     Sunday'): Before; with a complement ('the ministry said (that) ...'): After, up
//     to the next frame's source;
//   "according to X" opening its clause: After (past X and a comma); closing it: Before;
//   passive ("was reported ... by X"): Before; a subject "This"/"It" points back;
//   relay ("citing X"), continuation (", adding that"): the frame before it;
//   document ("an AFP tally"): the whole sentence.
// A cue inside another frame's source words ("according to the statistics announced by
// X") lends that frame its source and gives no frame of its own. Contents are not yet
// bounded by one another: see boundFrames.
std::vector<AttributionFrame> findFrames(const SentenceWords& words,
                                         const std::vector<ReportingCue>& cues,
                                         const std::vector<long>& nameAt);

// Bounds the contents of a sentence's frames by one another (see findFrames); called
// once the frames that are kept are known.
void boundFrames(std::vector<AttributionFrame>& frames, const SentenceWords& words);

}  // namespace newsgraph::parser
