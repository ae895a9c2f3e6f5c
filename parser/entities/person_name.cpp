#include "parser/entities/person_name.h"

#include <vector>

namespace newsgraph::parser {

bool isNameParticle(std::string_view word) {
    static const char* const kParticles[] = {"da",  "de",  "del", "do",  "dos", "das", "di", "al", "bin",
                                             "ibn", "van", "von", "der", "du",  "la", "le", "el"};
    for (const char* p : kParticles) {
        if (word == p) return true;
    }
    return false;
}

bool isNamePart(std::string_view fullName, std::string_view word) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= fullName.size()) {
        std::size_t end = fullName.find(' ', start);
        if (end == std::string_view::npos) end = fullName.size();
        if (end > start) parts.push_back(fullName.substr(start, end - start));
        start = end + 1;
    }
    if (parts.size() < 2 || word.size() < 2) return false;
    for (std::string_view part : parts) {
        if (part == word) return true;
        // "al-Burhan" -> "Burhan"
        const std::size_t hyphen = part.find('-');
        if (hyphen != std::string_view::npos && hyphen <= 3 && part[0] >= 'a' && part[0] <= 'z' &&
            part.substr(hyphen + 1) == word) {
            return true;
        }
    }
    return false;
}

}  // namespace newsgraph::parser
