#pragma once

#include <string>

#include "parser/fact.h"

namespace newsgraph::parser {

// The canonical text form of an article's facts, for golden tests (tests/extraction) and
// for reading. Entities are sorted by kind and name, one block each:
//
//   place "Kursk" country=RU
//     alias "Kursk region"
//     mention 120-132 "Kursk region"
//
// Then figures, in order of first mention:
//
//   figure 600 at least killed when="April" [2025-04-01..2025-04-30]
//     subject "North Korean soldiers"
//     reported-by "National Intelligence Service"
//     place "Kursk"
//     mention 410-413 "600"
//
// Mentions are sorted by offset and quote the article text (typography folded). Stable
// for a given input; no ids or pointers.
std::string printFacts(const ArticleFacts& facts);

}  // namespace newsgraph::parser
