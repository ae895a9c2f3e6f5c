#pragma once

#include <vector>

#include "parser/fact.h"

namespace newsgraph::parser {

// Resolution across articles: one entity per real-world entity.
//
// Merges, within a kind: places by canonical name; agencies by name or alias, acronyms
// with the body that defines them or whose initials they are, and descriptions
// ("Seoul's spy agency") with the one named body of that place and kind; actors by full
// name, single names with the one person of that surname, and romanisation variants
// ("Lee Seong-kweun" / "Lee Seong-kun": same surname, close given names, compatible
// roles, and a body named beside both). Two people named in one article never merge.
//
// Then rewrites every article's EntityFacts to the corpus-wide name and alias list (one
// EntityFact per entity per article), drops descriptions and lone acronyms that name no
// body and are nobody's source, and renames FigureFact::reporters and ::place to match.
// Deterministic for a given input order. See docs/extraction.md, "Resolution".
void resolveEntities(std::vector<ArticleFacts>& articles);

}  // namespace newsgraph::parser
