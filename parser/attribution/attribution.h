#pragma once

#include <vector>

#include "parser/fact.h"
#include "parser/figures/figure_extractor.h"
#include "parser/text/text_layer.h"

namespace newsgraph::parser {

// Fills `fact.reporters` of each figure statement with the actors and agencies its
// article attributes it to, each with its evidence (ReportedBy). In stages, as the
// quote-attribution literature does:
//   1. cues (reporting_cue.h): "said", "according to", "documented", "citing", passives;
//   2. frames (attribution_frame.h): what each cue covers (the clause before it, its
//      complement after it, a quotation) and which words name its source;
//   3. source phrases (source_phrase.h): a name, a pronoun, a role noun, a document;
//   4. resolution (source_resolver.h): pronouns and role nouns to the entity they stand
//      for, in text order; affiliations (affiliation.h) add the body a person speaks for.
// A figure takes the frames that cover it (nested frames all; of side-by-side ones the
// nearest), the speaker of the quotation it is in, and a frame of the next sentence that
// points back ("This was reported by X"). A figure no frame covers, in a sentence with
// no cue, takes the reporters of the sentence before in its paragraph. A source that
// cannot be resolved gives no reporter: a missing edge is better than a wrong one.
// Headlines take only their own cues. Never fails. See docs/extraction.md, "Attribution".
void attributeFigures(const TextLayer& layer, const std::vector<EntityFact>& entities,
                      std::vector<FigureMention>& figures);

}  // namespace newsgraph::parser
