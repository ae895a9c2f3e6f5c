#pragma once

#include <vector>

#include "parser/fact.h"
#include "parser/figures/figure_extractor.h"
#include "parser/text/text_layer.h"

namespace newsgraph::parser {

// Fills `fact.reporters` of each figure statement with the EntityFact names (actors and
// agencies only) to which its article attributes it. Per sentence, in order:
//   - reporting verbs (reporting_verbs.txt, attribution_cues.txt [verb]): the named actors/agencies of
//     the clause before the verb ("Lee and Kim ... stated"), skipping appositives (", a
//     member of ...,"), or after it ("..., said the ministry");
//   - source phrases (attribution_cues.txt [source]: "according to X", "citing X", "a report by X") and an
//     entity before "briefing"/"report"/"estimate" ("a classified NIS briefing");
//   - relays ([relay]: "a lawmaker briefed by X", "following a briefing from X"): X
//     reports the sentence's figures and, for the whole article, every figure that the
//     relaying reporter reports;
//   - descriptive reporters ("the agency", "a South Korean lawmaker", "it"; lexicon
//     reporter_roles.txt) resolve to the entity sharing most words with them, else the
//     latest one mentioned before (else the first after); plural people ("lawmakers") to
//     every actor named as a reporter in the article.
// A sentence with no cue of its own continues its paragraph's reporters; one with only
// descriptive reporters adds to them. A figure with no cue in its sentence or paragraph
// takes the article's lead reporters. Never fails. See docs/extraction.md, "Attribution".
void attributeFigures(const TextLayer& layer, const std::vector<EntityFact>& entities,
                      std::vector<FigureMention>& figures);

}  // namespace newsgraph::parser
