#include "parser/attribution/person_gender.h"

#include <cctype>
#include <sstream>
#include <string_view>

namespace newsgraph::parser {

namespace {

bool endsWith(std::string_view word, std::string_view tail) {
    return word.size() > tail.size() + 2 && word.substr(word.size() - tail.size()) == tail;
}

Gender ofRole(const std::string& role) {
    std::istringstream words(role);
    for (std::string w; words >> w;) {
        for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (w.ends_with("woman") || w.ends_with("women") || w == "mrs" || w == "ms" || w == "miss" ||
            w == "mother" || w == "wife" || w == "daughter" || w == "sister" || w == "actress") {
            return Gender::Female;
        }
        // "spokesman", "chairman"; not "human", "German", "Roman".
        const bool man = (w.ends_with("man") || w.ends_with("men")) && !w.ends_with("human") &&
                         !w.ends_with("humans") && w != "german" && w != "roman" && w != "oman";
        if (man || w == "mr" || w == "father" || w == "husband" || w == "son" || w == "brother") {
            return Gender::Male;
        }
    }
    return Gender::Unknown;
}

// Slavic surnames: "-ova", "-eva", "-skaya" are women's; "-ov", "-ev", "-sky", "-ovich"
// men's. ("-ina"/"-in" are left out: Latin and Arabic names end so too.)
Gender ofSurname(const std::string& name) {
    const auto space = name.find_last_of(' ');
    if (space == std::string::npos) return Gender::Unknown;  // one word: no surname known
    const std::string_view last = std::string_view(name).substr(space + 1);
    for (std::string_view tail : {"ova", "eva", "yova", "skaya", "tskaya"}) {
        if (endsWith(last, tail)) return Gender::Female;
    }
    for (std::string_view tail : {"ov", "ev", "yov", "sky", "skiy", "skii", "ovich", "evich"}) {
        if (endsWith(last, tail)) return Gender::Male;
    }
    return Gender::Unknown;
}

}  // namespace

Gender genderOf(const EntityFact& person) {
    if (person.kind != graph::NodeKind::Actor) return Gender::Unknown;
    if (Gender g = ofRole(person.role); g != Gender::Unknown) return g;
    return ofSurname(person.name);
}

Gender genderOfPronoun(const std::string& pronoun) {
    if (pronoun == "he" || pronoun == "him" || pronoun == "his") return Gender::Male;
    if (pronoun == "she" || pronoun == "her" || pronoun == "hers") return Gender::Female;
    return Gender::Unknown;
}

}  // namespace newsgraph::parser
