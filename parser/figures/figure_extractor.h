#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "parser/input/article.h"
#include "parser/fact.h"
#include "parser/text/text_layer.h"

namespace newsgraph::parser {

// One statement of a figure: a FigureFact with a single mention, and where it was read.
// Attribution (attribution.h) fills fact.reporters; figure_merger.h joins the statements
// of one claim into one FigureFact per article.
struct FigureMention {
    FigureFact fact;
    std::size_t sentence = 0;   // index in TextLayer::sentences()
    std::size_t paragraph = 0;  // index in TextLayer::paragraphs()
    bool heading = false;       // read from a headline or crosshead
    bool historical = false;    // its time ended over a year before the article's date
    bool projected = false;     // a count someone expects ("could rise to 100"): dropped
    bool hasMeasure = false;    // a measure cue was found in its clause
    bool listsOn = false;       // goes on the list of the figure before ("600 in B")
    bool bodiesRecovered = false;  // "120 bodies have been recovered": a count of bodies
    std::string locative;       // "in Taroudant" right after its noun phrase, if any
};

// Finds the figures of every content sentence (see TextLayer::isContent): each numeral
// (number_scanner.h) that is a count (figure_filters.h), with its qualifier, measure,
// subject, time and previous-estimate cue. Lexicons: qualifiers, measures, not_counted,
// previous_cues, time_words. Never fails; empty when the article states no figure.
// See docs/extraction.md, "Figures".
std::vector<FigureMention> findFigureMentions(const TextLayer& layer, const Article& article);

}  // namespace newsgraph::parser
