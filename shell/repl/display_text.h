#pragma once

#include <string>
#include <string_view>

#include "graph/node.h"

namespace newsgraph::shell {

// A number as people read it: 2000 -> "2,000", 4700.5 -> "4,700.5".
std::string groupedNumber(const graph::Value& number);

// A figure's value with its qualifier: "≈2,000", "≥600", "≤50", "10,000–15,000", "1,100".
std::string figureValueText(const graph::NodeRecord& figure);

// One line naming a node for people: an entity's name, "≈2,000 killed (soldiers)" for a
// figure, an article's file, else its labels and id.
std::string nodeCaption(const graph::NodeRecord& node);

// The sentence of `text` that holds [begin, end): from the end of the previous sentence
// (., ! or ? then a space, or a blank line) to the end of this one, trimmed.
std::string_view sentenceAround(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace newsgraph::shell
