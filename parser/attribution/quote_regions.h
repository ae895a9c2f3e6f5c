#pragma once

#include <cstddef>
#include <vector>

#include "parser/text/sentence_words.h"
#include "parser/text/text_layer.h"

namespace newsgraph::parser {

// A quotation, which may run over several sentences of one paragraph: from its opening
// mark (sentence `firstSentence`, word `firstWord`) to its closing mark (inclusive). An
// unclosed quotation ends with its paragraph.
struct QuoteRegion {
    std::size_t firstSentence = 0;
    std::size_t firstWord = 0;
    std::size_t lastSentence = 0;
    std::size_t lastWord = 0;

    bool contains(std::size_t sentence, std::size_t word) const {
        if (sentence < firstSentence || sentence > lastSentence) return false;
        if (sentence == firstSentence && word < firstWord) return false;
        return sentence != lastSentence || word <= lastWord;
    }
};

// The quotations of an article, in order. `words[s]` are the words of sentence s (empty
// for sentences that are not content). Double quotation marks (and « », folded to them)
// open and close quotations; single ones are apostrophes as often as quotes, and are left
// out. Never fails.
std::vector<QuoteRegion> findQuoteRegions(const TextLayer& layer,
                                          const std::vector<SentenceWords>& words);

}  // namespace newsgraph::parser
