#include "parser/resolution/ministry.h"

#include <vector>

#include "parser/text/lexicon.h"

namespace newsgraph::parser {

std::string ministryPortfolio(const std::string& name, const Gazetteer& gazetteer) {
    std::vector<std::string> rest;
    bool ministry = false;
    std::size_t i = 0;
    while (i < name.size()) {
        const std::size_t end = std::min(name.find(' ', i), name.size());
        const std::string word = name.substr(i, end - i);
        i = end + 1;
        if (word.empty()) continue;
        if (word.size() > 2 && word.ends_with("'s")) continue;  // "Ukraine's"
        const std::string lower = foldCase(word);
        if (lower == "ministry") {
            ministry = true;
            continue;
        }
        if (lower == "of" || lower == "the" || lower == "and" || lower == "for" ||
            lower == "affairs" || gazetteer.demonym(word) || gazetteer.find(word)) {
            continue;
        }
        rest.push_back(lower);
    }
    if (!ministry || rest.empty()) return {};
    std::string stem = rest.front();
    if (stem.size() > 4 && stem.back() == 's') stem.pop_back();
    return stem;
}

}  // namespace newsgraph::parser
