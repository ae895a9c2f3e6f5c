#pragma once

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "parser/entities/gazetteer.h"
#include "parser/text/lexicon.h"

namespace newsgraph::parser {

// The word lists entity recognition and resolution read, loaded once from the lexicon
// folder (see lexicon.h). Immutable after loading.
struct EntityLexicons {
    const Lexicon& titles;          // titles.txt: "President", "lawmaker"
    const Lexicon& orgHeads;        // org_heads.txt: "Agency", "Committee"
    const Lexicon& notNames;        // not_names.txt: "According", "Monday"
    const Lexicon& departments;     // departments.txt: "Affairs", "Defence"
    const Lexicon& placeHeads;      // place_heads.txt: "region", "border region"
    const Lexicon& reportingVerbs;  // reporting_verbs.txt: "said", "told"
    const Lexicon& notPersonWords;  // not_person_words.txt: "Hurricane", "Treaty"
    const Lexicon& orgNouns;        // org_nouns.txt: "firm", "news agency"
    const Lexicon& orgPrefixes;     // org_prefixes.txt: "PT", "JSC", "Radio", "TV"
    const Lexicon& vesselPrefixes;  // vessel_prefixes.txt: "KM", "MV", "HMS"
    const Lexicon& placePrefixes;   // place_prefixes.txt: "Lake", "Mount"
    const Lexicon& timeZones;       // time_zones.txt: "CAT", "EST", "WIB"
    const Lexicon& notPlaceNouns;   // not_place_nouns.txt: "plate" ("the Nazca plate")
    const Gazetteer& gazetteer;
    // descriptors.txt and org_categories.txt: phrase -> category, in file order. A
    // descriptor's category may end in "|alias" (see descriptors.txt).
    std::vector<std::pair<std::string, std::string>> descriptors;
    std::vector<std::pair<std::string, std::string>> orgCategories;
    // known_orgs.txt: a well-known organisation's name or alias -> its full name.
    std::unordered_map<std::string, std::string> knownOrgs;
    // role_classes.txt: role (folded) -> class.
    std::vector<std::pair<std::string, std::string>> roleClasses;

    static const EntityLexicons& get();

    // The category of an organisation's name: an entry that ends the name wins over one
    // found inside it; empty when none matches.
    std::string categoryOf(const std::string& name) const;
    // The office class of a role ("MP" -> "legislator"), or the folded role itself.
    std::string roleClass(const std::string& role) const;
    // The full name of a well-known organisation named `name`, or nullptr.
    const std::string* knownOrg(const std::string& name) const;
};

}  // namespace newsgraph::parser
