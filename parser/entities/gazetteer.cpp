#include "parser/entities/gazetteer.h"

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "parser/text/lexicon.h"
#include "parser/text/text_layer.h"

namespace newsgraph::parser {

namespace {

// Rank of a kind when one name is several places: lower wins.
int rank(PlaceKind kind) {
    switch (kind) {
        case PlaceKind::Country:
            return 0;
        case PlaceKind::WorldRegion:
            return 1;
        case PlaceKind::Region:
            return 2;
        case PlaceKind::Capital:
            return 3;
        case PlaceKind::City:
            return 4;
    }
    return 5;
}

PlaceKind kindOf(const std::string& word) {
    if (word == "country") return PlaceKind::Country;
    if (word == "region") return PlaceKind::Region;
    if (word == "capital") return PlaceKind::Capital;
    return PlaceKind::City;
}

std::size_t wordCount(const std::string& s) {
    std::size_t words = 1;
    for (char c : s) words += c == ' ';
    return words;
}

}  // namespace

const Gazetteer& Gazetteer::get() {
    static const Gazetteer gazetteer = [] {
        Gazetteer g;
        g.load();
        return g;
    }();
    return gazetteer;
}

void Gazetteer::addEntry(const std::string& name, const PlaceEntry& entry) {
    auto [it, inserted] = byName_.emplace(name, entry);
    if (!inserted) {
        const PlaceEntry& old = it->second;
        const bool better =
            rank(entry.kind) < rank(old.kind) ||
            (rank(entry.kind) == rank(old.kind) && entry.population > old.population);
        if (better) it->second = entry;
    }
    maxWords_ = std::max(maxWords_, wordCount(name));
}

void Gazetteer::load() {
    const std::string dir = lexiconDir();
    std::ifstream in(dir + "/gazetteer.tsv", std::ios::binary);
    if (!in) std::cerr << "newsgraph: cannot read gazetteer " << dir << "/gazetteer.tsv\n";
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::stringstream fields(line);
        std::string name, kind, country, population;
        std::getline(fields, name, '\t');
        std::getline(fields, kind, '\t');
        std::getline(fields, country, '\t');
        std::getline(fields, population, '\t');
        PlaceEntry entry{name, country, kindOf(kind),
                         static_cast<std::uint32_t>(std::strtoul(population.c_str(), nullptr, 10))};
        addEntry(name, entry);
        if (!country.empty()) {
            auto [it, inserted] = byNameInCountry_.emplace(name + '\t' + country, entry);
            const PlaceEntry& old = it->second;
            if (!inserted && (rank(entry.kind) < rank(old.kind) ||
                              (rank(entry.kind) == rank(old.kind) && entry.population > old.population))) {
                it->second = entry;
            }
        }
        if (entry.kind == PlaceKind::Country) countries_.emplace(country, name);
    }
    for (const auto& region : Lexicon::get("world_regions").entries()) {
        addEntry(region, {region, "", PlaceKind::WorldRegion, 0});
    }
    // Other names: the canonical name takes the data of whichever form the gazetteer knows.
    for (const auto& line : Lexicon::get("place_aliases").entries()) {
        std::vector<std::string> names = splitLexiconFields(line);
        if (names.empty()) continue;
        PlaceEntry entry{names[0], "", PlaceKind::Country, 0};
        // "[PS]": the country code given outright, for names the gazetteer has not.
        std::string code;
        if (names.back().size() == 4 && names.back().front() == '[') {
            code = names.back().substr(1, 2);
            names.pop_back();
        }
        // The best-ranked place any of the names is, as for one name: "Geneva | Genève"
        // takes Genève's country, not a small US Geneva's; "Netherlands | Holland" stays
        // the country, not a US town.
        const PlaceEntry* best = nullptr;
        for (const auto& n : names) {
            auto it = byName_.find(n);
            if (!code.empty() || it == byName_.end()) continue;
            const PlaceEntry& found = it->second;
            if (!best || rank(found.kind) < rank(best->kind) ||
                (rank(found.kind) == rank(best->kind) && found.population > best->population)) {
                best = &found;
            }
        }
        if (best) {
            entry.country = best->country;
            entry.kind = best->kind;
            entry.population = best->population;
        }
        if (!code.empty()) entry.country = code;
        for (const auto& n : names) {
            byName_[n] = entry;
            maxWords_ = std::max(maxWords_, wordCount(n));
        }
        if (entry.kind == PlaceKind::Country && !entry.country.empty()) {
            countries_[entry.country] = entry.name;
        }
    }
    addShortCityNames();
    for (const auto& line : Lexicon::get("demonyms").entries()) {
        std::vector<std::string> parts = splitLexiconFields(line);
        if (parts.size() != 2) continue;
        demonyms_[parts[0]] = parts[1];
        maxWords_ = std::max(maxWords_, wordCount(parts[0]));
    }
}

void Gazetteer::addShortCityNames() {
    // "Acapulco de Juárez" is "Acapulco" in the news: a large city whose official name adds
    // "de" and an honorific takes its first word as a name too, when no other place has it.
    // Generic first words ("Ciudad de ...", "San ...") name no city on their own.
    static const std::set<std::string> kGeneric = {"Ciudad", "Villa", "Puerto", "San", "Santa", "Santo",
                                                   "Heroica", "Nuestra", "Mineral", "Colonia", "Real",
                                                   "Nueva", "Nuevo", "Valle", "Santiago"};
    std::vector<std::pair<std::string, PlaceEntry>> shorts;
    for (const auto& [name, entry] : byName_) {
        if (entry.kind != PlaceKind::City || entry.population < 100000) continue;
        const std::size_t de = name.find(" de ");
        if (de == std::string::npos || name.find(' ') != de) continue;
        const std::string first = name.substr(0, de);
        if (kGeneric.count(first) || byName_.count(first)) continue;
        PlaceEntry shortEntry = entry;
        shortEntry.name = first;
        shorts.emplace_back(first, shortEntry);
    }
    for (const auto& [name, entry] : shorts) addEntry(name, entry);
}

const PlaceEntry* Gazetteer::find(std::string_view name) const {
    auto it = byName_.find(name);
    if (it != byName_.end()) return &it->second;
    // The Arabic article is written or dropped at will ("El Geneina", "Al-Geneina",
    // "Geneina"); GeoNames keeps one spelling.
    for (std::string_view article : {"El ", "Al ", "El-", "Al-"}) {
        if (!name.starts_with(article) || name.size() <= article.size()) continue;
        const std::string_view rest = name.substr(article.size());
        for (std::string_view other : {"", "El ", "Al ", "El-", "Al-"}) {
            it = byName_.find(std::string(other) + std::string(rest));
            if (it != byName_.end()) return &it->second;
        }
    }
    return nullptr;
}

const PlaceEntry* Gazetteer::findIn(std::string_view name, std::string_view country) const {
    auto it = byNameInCountry_.find(std::string(name) + '\t' + std::string(country));
    return it == byNameInCountry_.end() ? nullptr : &it->second;
}

const std::string* Gazetteer::demonym(std::string_view word) const {
    auto it = demonyms_.find(std::string(word));
    // The plural of a people ("South Koreans", "Pakistanis") names the same place.
    if (it == demonyms_.end() && word.size() > 3 && word.back() == 's') {
        it = demonyms_.find(std::string(word.substr(0, word.size() - 1)));
    }
    return it == demonyms_.end() ? nullptr : &it->second;
}

std::string Gazetteer::countryName(std::string_view code) const {
    auto it = countries_.find(std::string(code));
    return it == countries_.end() ? std::string() : it->second;
}

}  // namespace newsgraph::parser
