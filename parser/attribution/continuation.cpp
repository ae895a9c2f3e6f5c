#include "parser/attribution/continuation.h"

#include <cctype>
#include <set>
#include <string>

namespace newsgraph::parser {

bool opensWithPointer(const SentenceWords& w, bool acrossParagraphs) {
    // Grammar words, not domain words: they stay in code.
    static const std::set<std::string> kPointers = {"this", "these", "it", "they", "them",
                                                    "also"};
    static const std::set<std::string> kOpeners = {
        "that",    "those",   "among",    "of",      "and",     "additionally", "furthermore",
        "moreover", "meanwhile", "besides", "another", "further", "including",   "both"};
    static const std::set<std::string> kAfterThe = {
        "figure", "figures", "number", "numbers", "toll", "tally", "count", "deceased",
        "dead", "victims", "injured", "total", "data", "statistics", "report", "same"};
    static const std::set<std::string> kWeak = {"number", "numbers", "total", "data",
                                                "statistics", "report", "count"};
    std::size_t k = 0;
    while (k < w.size() && w.punct[k]) ++k;
    for (std::size_t n = 0; k < w.size() && n < 4; ++k, ++n) {
        if (w.punct[k]) continue;
        const std::string& word = w.words[k];
        if (word == "the") {
            if (k + 1 < w.size() && kAfterThe.count(w.words[k + 1]) &&
                !(acrossParagraphs && kWeak.count(w.words[k + 1]))) {
                return true;
            }
            continue;
        }
        // "Of the 256 bodies handed over, ...": across paragraphs, a partition that names
        // its own total opens a new report rather than pointing back ("Of the dead, ...").
        if (acrossParagraphs && n == 0 && (word == "of" || word == "among") && k + 2 < w.size() &&
            w.words[k + 1] == "the" && !w.words[k + 2].empty() &&
            std::isdigit(static_cast<unsigned char>(w.words[k + 2][0]))) {
            return false;
        }
        if (kPointers.count(word) || (n == 0 && kOpeners.count(word))) return true;
    }
    return false;
}

}  // namespace newsgraph::parser
