#pragma once

#include "parser/text/sentence_words.h"

namespace newsgraph::parser {

// Whether a sentence opens by pointing back at what was just reported, so that it carries
// on that report's source (attribution.cpp): a pronoun or "also" in its first four words
// ("It also said ...", "These include ..."), "the" before a noun of the report ("The
// deceased are from ...", "The toll rose ..."), or, as its first word only, a word that
// joins it to the sentence before ("Of them, ...", "And 186 were discharged", "Among the
// dead ..."; "A total of ..." points at nothing). With `acrossParagraphs`, the weaker nouns
// ("The number of cases rose ...", "The data show ...") do not count: after a paragraph
// break they open a new report as often as not. See docs/extraction.md, "Attribution".
bool opensWithPointer(const SentenceWords& words, bool acrossParagraphs = false);

}  // namespace newsgraph::parser
