#include "parser/entities/entity_lexicons.h"

#include <set>

#include <sstream>

#include "parser/text/lexicon.h"
#include "parser/text/text_layer.h"

namespace newsgraph::parser {

namespace {

std::vector<std::pair<std::string, std::string>> pairs(const Lexicon& lexicon) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& line : lexicon.entries()) {
        auto parts = splitLexiconFields(line);
        if (parts.size() == 2) out.emplace_back(parts[0], parts[1]);
        if (parts.size() == 3) out.emplace_back(parts[0], parts[1] + "|" + parts[2]);
    }
    return out;
}

bool endsWithWords(const std::string& text, const std::string& tail) {
    return text.size() >= tail.size() &&
           text.compare(text.size() - tail.size(), tail.size(), tail) == 0 &&
           (text.size() == tail.size() || text[text.size() - tail.size() - 1] == ' ');
}

bool containsWords(const std::string& text, const std::string& part) {
    const std::string padded = " " + text + " ";
    return padded.find(" " + part + " ") != std::string::npos;
}

}  // namespace

const EntityLexicons& EntityLexicons::get() {
    static const EntityLexicons lexicons = [] {
        EntityLexicons l{Lexicon::get("titles"),
                         Lexicon::get("org_heads"),
                         Lexicon::get("not_names"),
                         Lexicon::get("departments"),
                         Lexicon::get("place_heads"),
                         Lexicon::get("reporting_verbs"),
                         Lexicon::get("not_person_words"),
                         Lexicon::get("org_nouns"),
                         Lexicon::get("org_prefixes"),
                         Lexicon::get("vessel_prefixes"),
                         Lexicon::get("place_prefixes"),
                         Lexicon::get("time_zones"),
                         Lexicon::get("not_place_nouns"),
                         Gazetteer::get(),
                         {},
                         {},
                         {},
                         {}};
        for (const auto& line : Lexicon::get("known_orgs").entries()) {
            auto parts = splitLexiconFields(line);
            for (const auto& part : parts) l.knownOrgs.emplace(part, parts[0]);
        }
        l.descriptors = pairs(Lexicon::get("descriptors"));
        l.orgCategories = pairs(Lexicon::get("org_categories"));
        for (const auto& line : Lexicon::get("role_classes").entries()) {
            auto parts = splitLexiconFields(line);
            for (std::size_t i = 1; i < parts.size(); ++i) {
                l.roleClasses.emplace_back(foldCase(parts[i]), parts[0]);
            }
        }
        return l;
    }();
    return lexicons;
}

std::string EntityLexicons::categoryOf(const std::string& name) const {
    for (const auto& [word, category] : orgCategories) {
        if (endsWithWords(name, word)) return category;
    }
    for (const auto& [word, category] : orgCategories) {
        if (containsWords(name, word)) return category;
    }
    return {};
}

const std::string* EntityLexicons::knownOrg(const std::string& name) const {
    auto it = knownOrgs.find(name);
    return it == knownOrgs.end() ? nullptr : &it->second;
}

std::string EntityLexicons::roleClass(const std::string& role) const {
    std::string folded = foldCase(role);
    // An honorific ("Dr.", "Mullah", "Sheikh") holds no office: it conflicts with none.
    static const std::set<std::string> kHonorifics = {"dr", "dr.", "mullah", "maulana", "maulvi", "sheikh",
                                                      "imam", "sir", "dame", "father", "rabbi", "ayatollah",
                                                      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof."};
    if (kHonorifics.count(folded)) return {};
    // "spokesperson for the X Hospital" holds the office "spokesperson": the body it is
    // held in does not change its class.
    for (const char* link : {" for ", " of ", " at ", " in ", " with "}) {
        if (const std::size_t at = folded.find(link); at != std::string::npos && at > 0) folded.resize(at);
    }
    for (const auto& [r, cls] : roleClasses) {
        if (r == folded) return cls;
    }
    return folded;
}

}  // namespace newsgraph::parser
