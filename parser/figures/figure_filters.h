#pragma once

#include <string_view>

#include "parser/text/number_scanner.h"

namespace newsgraph::parser {

// Whether a numeral in `sentence` (byte offsets of `number` are into it) is something
// other than a count: a year, a date, an age, a time of day, a duration, money, a
// percentage, a magnitude, a distance or other unit, a count of phases or visits, a
// fraction, or "one". Words come from the lexicon not_counted.txt; years, dates and
// times are recognised in code. See docs/extraction.md, "Numbers".
bool isNotAFigure(std::string_view sentence, const NumberMatch& number);

}  // namespace newsgraph::parser
