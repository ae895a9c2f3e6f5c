#pragma once

#include <vector>

#include "parser/text/sentence_words.h"

namespace newsgraph::parser {

// Which words of a sentence are numerals that belong to a name: digits right after a
// capitalised word inside the sentence ("the ferry KM Example 7 sank", "Flight 370",
// "Route 66"). Such a numeral is no figure and no numeral for the figure stages (it does
// not block a measure search). Not when the capitalised word opens the sentence or a
// quote, is a weekday or month ("Tuesday 27"), or when the sentence is a Title-Case
// headline (`titleCase`: every word is capitalised there). See docs/extraction.md,
// "Numbers".
std::vector<bool> findNameNumerals(const SentenceWords& words, bool titleCase);

// Whether most words of four letters or more are capitalised ("Death Toll Rises To 27").
bool isTitleCase(const SentenceWords& words);

}  // namespace newsgraph::parser
