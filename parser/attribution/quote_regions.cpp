#include "parser/attribution/quote_regions.h"

namespace newsgraph::parser {

std::vector<QuoteRegion> findQuoteRegions(const TextLayer& layer,
                                          const std::vector<SentenceWords>& words) {
    std::vector<QuoteRegion> regions;
    const auto& sentences = layer.sentences();
    bool open = false;
    QuoteRegion current;
    std::size_t paragraph = static_cast<std::size_t>(-1);
    std::size_t lastSentence = 0;
    for (std::size_t s = 0; s < sentences.size() && s < words.size(); ++s) {
        if (words[s].size() == 0) continue;
        if (sentences[s].paragraph != paragraph) {
            if (open) {
                current.lastSentence = lastSentence;
                current.lastWord = words[lastSentence].size();
                regions.push_back(current);
                open = false;
            }
            paragraph = sentences[s].paragraph;
        }
        lastSentence = s;
        const SentenceWords& w = words[s];
        for (std::size_t i = 0; i < w.size(); ++i) {
            if (!w.isPunct(i, "\"")) continue;
            if (!open) {
                current = {s, i, s, i};
                open = true;
            } else {
                current.lastSentence = s;
                current.lastWord = i;
                regions.push_back(current);
                open = false;
            }
        }
    }
    if (open) {
        current.lastSentence = lastSentence;
        current.lastWord = words[lastSentence].size();
        regions.push_back(current);
    }
    return regions;
}

}  // namespace newsgraph::parser
