#pragma once

#include <cstddef>
#include <map>
#include <vector>

#include "parser/fact.h"
#include "parser/text/text_layer.h"

namespace newsgraph::parser {

// Who speaks for which body, read once per article: a person relays the figures of the
// body whose spokesperson, head or chair the article says they are, so a figure that
// person reports is the body's too (GOLD.md: "the agency whose estimate it is and the
// person who relayed it"). Patterns, with a role word of affiliation_roles.txt:
//   "X, chairwoman of the Y,"       "X, a spokesman for Y's Z,"   "X, the Y's spokesperson"
//   "Y chairperson X"               "the head of the Y X"          "Y's spokesperson, X,"
// where X is an actor and Y an agency (its name, or a description resolved to the one
// agency of the article whose name has the description's head: "the commission's
// chairperson"). A member of a body ("a member of the council") speaks for nobody.
// Returns actor index -> agency indexes. Never fails. See docs/extraction.md,
// "Attribution".
std::map<std::size_t, std::vector<std::size_t>> findAffiliations(
    const TextLayer& layer, const std::vector<EntityFact>& entities);

}  // namespace newsgraph::parser
