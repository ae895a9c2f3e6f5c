#pragma once

#include <vector>

#include "parser/fact.h"
#include "parser/figures/figure_extractor.h"

namespace newsgraph::parser {

// One figure per claim per article: statements of the same number that are the same
// claim (same value or range, and the same measure, or no measure of their own — "the
// figure has climbed to around 2,000" —, or a headline's "injured" beside the body's
// "killed or wounded") become one FigureFact with every mention and every reporter.
// The body's first statement with a measure gives qualifier, measure, subject and time.
// Statements with no measure that restate nothing are dropped: a bare number is not a
// claim we can place. See docs/extraction.md, "Same claim".
std::vector<FigureFact> mergeFigureMentions(const std::vector<FigureMention>& mentions);

}  // namespace newsgraph::parser
