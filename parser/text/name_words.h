#pragma once

// The words of a name, as entity recognition and resolution both compare them.

#include <string>
#include <vector>

namespace newsgraph::parser {

// A name's words, split at spaces.
inline std::vector<std::string> words(const std::string& name) {
    std::vector<std::string> out;
    std::string word;
    for (char c : name + " ") {
        if (c == ' ') {
            if (!word.empty()) out.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    return out;
}

// A name's initials, skipping the small words an acronym leaves out: "PNG" for "Papua
// New Guinea", "DRC" for "Democratic Republic of the Congo".
inline std::string initials(const std::string& name) {
    std::string out;
    for (const auto& w : words(name)) {
        if (w == "of" || w == "and" || w == "the" || w == "for" || w == "on") continue;
        if (w[0] >= 'A' && w[0] <= 'Z') out += w[0];
    }
    return out;
}

}  // namespace newsgraph::parser
