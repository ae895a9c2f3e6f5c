#include "parser/claims/claim_key.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

#include "parser/entities/gazetteer.h"
#include "parser/text/cue_table.h"
#include "parser/text/lexicon.h"
#include "parser/text/text_layer.h"
#include "parser/time/time_expression.h"

namespace newsgraph::parser {

namespace {

std::vector<std::string> lowerWords(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(foldCase(foldTypography(text)));
    for (std::string w; in >> w;) {
        while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) w.pop_back();
        if (!w.empty()) out.push_back(w);
    }
    return out;
}

// Who a figure counts, by the head words of its subject (subject_classes.txt); empty for
// people in general or a subject that says nothing.
std::string populationOf(const FigureFact& f) {
    const CueTable& classes = CueTable::get("subject_classes");
    std::string found;
    // The first listed word is the head of a coordination ("firefighters and support
    // personnel" are workers, not troops).
    for (const auto& word : lowerWords(f.subject)) {
        if (auto label = classes.labelOf(word)) {
            found = *label;
            break;
        }
    }
    if (found == "combatants" || found == "workers" || found == "equipment" || found == "animals" ||
        found == "households") {
        return found;
    }
    if (found == "places") return "structures";
    if (found == "civilians" || found == "overall") return found;
    return {};  // people in general, or a subject that says nothing: fits any
}

// The country a demonym or its plural names ("Jordanian", "Jordanians", "nepali"), as
// its ISO code, or empty.
std::string countryOfDemonym(std::string word) {
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back()))) word.pop_back();
    if (word.size() < 3) return {};
    word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    const Gazetteer& gazetteer = Gazetteer::get();
    const std::string* name = gazetteer.demonym(word);
    if (!name && word.size() > 3 && word.back() == 's') name = gazetteer.demonym(word.substr(0, word.size() - 1));
    const PlaceEntry* place = name && *name != "-" ? gazetteer.find(*name) : nullptr;
    return place ? place->country : std::string();
}

// A nationality as a part: one spelling for "Jordanian citizens", "Jordanians" and
// "its nationals" said by Jordan's foreign ministry.
std::string nationalsOf(const std::string& country) { return "nationals of " + country; }

// The nationality a subject counts ("Pakistanis", "Pakistani nationals") as a part, "its
// nationals" ("nationals", "citizens": whose, the source says), or empty.
std::string nationalityOf(const std::string& subject) {
    const auto words = lowerWords(subject);
    if (words.empty()) return {};
    const std::string& head = words.back();
    // "Nepali migrant workers", "Indian nationals": people abroad, counted by nationality.
    static const std::set<std::string> kAbroad = {"nationals", "citizens", "workers", "migrants",
                                                  "expatriates", "pilgrims", "tourists"};
    if (kAbroad.count(head)) {
        for (const auto& w : words) {
            if (std::string country = countryOfDemonym(w); !country.empty()) return nationalsOf(country);
        }
    }
    if (head == "nationals" || head == "citizens") return head;
    if (head.size() > 3 && head.back() == 's') {
        if (std::string country = countryOfDemonym(head); !country.empty()) return nationalsOf(country);
    }
    return {};
}

// Region-level words that close a place name the gazetteer does not know ("Noto
// Peninsula", "Kherson Region"): the place is an area, not one town.
bool namesArea(const std::string& place) {
    static const std::set<std::string> kAreas = {"peninsula", "region", "province", "prefecture",
                                                 "state",     "oblast", "governorate", "territory",
                                                 "coast",     "valley", "islands",     "basin"};
    const auto words = lowerWords(place);
    return !words.empty() && kAreas.count(words.back()) > 0;
}

bool isPastPoint(const FigureFact& f, const std::string& articleDate) {
    if (f.whenEnd.empty() || articleDate.empty() || f.whenEnd >= articleDate) return false;
    // "between July 15 and August 5", "from June 18 to July 1", "since April": the span a
    // count covers, counted as of its article.
    const std::string when = " " + foldCase(f.when) + " ";
    for (const char* span : {" between ", " from ", " to ", " through ", " since ", " until "}) {
        if (when.find(span) != std::string::npos) return false;
    }
    return true;
}

}  // namespace

std::string ClaimKey::describe() const {
    std::string out = measure + " · " + (population.empty() ? "anyone" : population) + " · " +
                      (scope.empty() ? "the whole story" : scope);
    if (!cause.empty()) out += " · cause " + cause;
    if (!utility.empty()) out += " · " + utility;
    if (!part.empty()) out += " · part: " + part;
    return out;
}

std::string chainExclusion(const FigureFact& f, const std::string& articleDate) {
    if (f.measure.empty()) return "no measure";
    if (f.speculative) return "a speculative estimate";
    // "X claimed responsibility, saying more than 300 were killed": a party's boast, no tally.
    const std::string sentence = foldCase(f.sentence);
    for (const char* claim : {"claimed responsibility", "claiming responsibility", "claim of responsibility",
                              "claimed credit"}) {
        if (sentence.find(claim) != std::string::npos) return "a claim of responsibility";
    }
    if (f.oneDay) return "one day's count";
    if (f.increment) return "an addition or one period's count";
    const bool since = foldCase(f.when).rfind("since", 0) == 0;
    if (f.when != "present" && !since && endedYearBefore(f.whenEnd, articleDate)) {
        return "a past incident";
    }
    // "compared with more than 240 last year", in a June report: another year's count.
    if (f.when != "present" && !since && inEarlierYear(f.whenEnd, articleDate, 90)) {
        return "another year's count";
    }
    return {};
}

TimePoint timePointOf(const FigureFact& f, const std::string& articleDate) {
    if (articleDate.empty()) return {};
    const std::string when = foldCase(f.when);
    bool recalled = !f.previousCue.empty() || when.rfind("originally", 0) == 0 ||
                    when.rfind("initially", 0) == 0 || when.rfind("previously", 0) == 0;
    // "Initial reports ... stated that 62 people were killed": a first count, recalled.
    static const std::set<std::string> kReports = {"reports", "report", "figures", "figure",
                                                   "estimates", "estimate", "toll", "tally"};
    if (!recalled) {
        const auto words = lowerWords(f.sentence);
        for (std::size_t k = 0; k + 1 < words.size() && !recalled; ++k) {
            recalled = (words[k] == "initial" || words[k] == "first" || words[k] == "earlier") &&
                       kReports.count(words[k + 1]) > 0;
        }
    }
    const bool late = when.find("late") != std::string::npos || when.find("night") != std::string::npos ||
                      when.find("evening") != std::string::npos;
    if (isPastPoint(f, articleDate)) return {f.whenEnd, late ? 1 : 0, articleDate};
    if (recalled) return {articleDate, -1, articleDate};
    return {articleDate, late ? 1 : 0, articleDate};
}

bool isRevision(const FigureFact& f) {
    const Lexicon& revising = Lexicon::get("revising_verbs");
    for (const auto& w : lowerWords(f.sentence)) {
        if (revising.contains(w)) return true;
    }
    return false;
}

ClaimKeys::ClaimKeys(const std::vector<ArticleFacts>& articles, const std::vector<std::size_t>& story)
    : articles_(articles), story_(story) {
    const Gazetteer& gazetteer = Gazetteer::get();
    std::map<std::size_t, std::map<std::string, std::size_t>> countries, places;
    // Where the articles' places lie, by mentions: breaks a tie between the countries of
    // the figures' places (one count "transferred to Greece", one in the town).
    std::map<std::size_t, std::map<std::string, std::size_t>> mentioned;
    for (std::size_t a = 0; a < articles.size(); ++a) {
        for (const auto& e : articles[a].entities) {
            if (e.kind != graph::NodeKind::Place) continue;
            if (const PlaceEntry* p = gazetteer.find(e.name); p && !p->country.empty()) {
                mentioned[story[a]][p->country] += e.mentions.size();
            }
        }
    }
    for (std::size_t a = 0; a < articles.size(); ++a) {
        for (const auto& e : articles[a].entities) {
            if (e.kind != graph::NodeKind::Place || gazetteer.find(e.name)) continue;
            bool area = namesArea(e.name);
            for (const auto& alias : e.aliases) area = area || namesArea(alias);
            if (area) areas_[story[a]].insert(e.name);
        }
        for (const auto& f : articles[a].figures) {
            if (f.place.empty() || f.placeIsDestination) continue;
            const std::size_t weight = std::max<std::size_t>(1, f.mentions.size());
            places[story[a]][f.place] += weight;
            const PlaceEntry* p = gazetteer.find(f.place);
            if (p && !p->country.empty()) countries[story[a]][p->country] += weight;
            if ((p && p->kind == PlaceKind::Region) || (!p && namesArea(f.place))) {
                regional_.insert(story[a]);
            }
        }
    }
    auto most = [](const std::map<std::string, std::size_t>& counts) {
        std::string best;
        std::size_t n = 0;
        for (const auto& [name, count] : counts) {
            if (count > n) best = name, n = count;
        }
        return best;
    };
    for (const auto& [s, counts] : countries) {
        std::string best;
        std::pair<std::size_t, std::size_t> n{0, 0};
        for (const auto& [code, count] : counts) {
            const std::pair<std::size_t, std::size_t> votes{count, mentioned[s][code]};
            if (votes > n) best = code, n = votes;
        }
        country_[s] = best;
    }
    for (const auto& [s, counts] : places) place_[s] = most(counts);
    // Incidents of one site against events over an area, by the nouns of the figures'
    // sentences (grammar of the news, not of one story: kept in code).
    static const std::set<std::string> kSite = {
        "attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions",
        "shooting", "fire", "blaze", "crash", "collapse", "stampede", "crush", "derailment",
        "capsizing", "sinking", "bomber", "gunmen", "gunman"};
    static const std::set<std::string> kArea = {
        "flood", "floods", "flooding", "earthquake", "quake", "earthquakes", "storm", "cyclone",
        "hurricane", "typhoon", "landslide", "landslides", "wildfire", "wildfires", "heatwave",
        "heat", "war", "outbreak", "epidemic", "protests", "rains", "drought", "fighting"};
    std::map<std::size_t, std::pair<std::size_t, std::size_t>> votes;  // story -> (site, area)
    for (std::size_t a = 0; a < articles.size(); ++a) {
        auto& [site, area] = votes[story[a]];
        std::set<std::uint32_t> seen;  // each sentence once, by its first byte
        for (const auto& f : articles[a].figures) {
            if (!seen.insert(f.sentenceSpan.begin).second) continue;
            for (const auto& w : lowerWords(f.sentence)) {
                site += kSite.count(w);
                area += kArea.count(w);
            }
        }
    }
    for (const auto& [s, v] : votes) {
        if (v.first >= 3 && v.first > 2 * v.second) oneSite_.insert(s);
    }
}

std::string ClaimKeys::scopeOf(std::size_t story, const FigureFact& f) const {
    if (!f.setting.empty()) return f.setting;
    if (f.place.empty()) return {};
    const auto country = country_.find(story);
    const std::string storyCountry = country == country_.end() ? "" : country->second;
    // "5,000 Congolese crossed into Uganda", "2,000 refugees arrived at Sebagoro": the
    // displaced who left the story's country are counted in the country they reached, a
    // population apart from those displaced at home, wherever in it they were counted.
    if (f.measure == "displaced" && !storyCountry.empty()) {
        const PlaceEntry* p = Gazetteer::get().find(f.place);
        if (p && !p->country.empty() && p->country != storyCountry) {
            return "abroad: " + Gazetteer::get().countryName(p->country);
        }
    }
    if (f.placeIsDestination) return {};
    // The site of a one-site story, or a town of its country: the whole story.
    if (oneSite_.count(story)) {
        const PlaceEntry* p = Gazetteer::get().find(f.place);
        if (!p || storyCountry.empty() || p->country.empty() || p->country == storyCountry) return {};
    }
    if (const PlaceEntry* p = Gazetteer::get().find(f.place)) {
        const bool area = p->kind == PlaceKind::Country || p->kind == PlaceKind::WorldRegion ||
                          p->kind == PlaceKind::Region;
        // An area of the story's country is the story's, unless it is a first-level
        // region other than the story's main one ("six were killed in neighbouring X");
        // another country is its own.
        if (area) {
            if (!storyCountry.empty() && p->country != storyCountry) return f.place;
            const auto main = place_.find(story);
            const PlaceEntry* mainPlace = main == place_.end() ? nullptr : Gazetteer::get().find(main->second);
            if (p->kind == PlaceKind::Region && mainPlace && mainPlace->kind == PlaceKind::Region &&
                mainPlace != p) {
                return f.place;
            }
            return {};
        }
        // One city of many; unless the story is that city's: its figures are mostly
        // counted there and none in a wider region.
        const auto main = place_.find(story);
        if (main != place_.end() && main->second == f.place && !regional_.count(story)) return {};
        return f.place;
    }
    if (namesArea(f.place)) return {};
    if (auto areas = areas_.find(story); areas != areas_.end() && areas->second.count(f.place)) return {};
    // A place the gazetteer does not know is a locality ("Example village"), unless the
    // story's figures are mostly counted there.
    const auto main = place_.find(story);
    if (main != place_.end() && main->second == f.place && !regional_.count(story)) return {};
    return f.place;
}

std::string ClaimKeys::foreignNationality(std::size_t article, const FigureFact& f) const {
    const auto storyCountry = country_.find(story_[article]);
    if (storyCountry == country_.end() || storyCountry->second.empty()) return {};
    const std::string& home = storyCountry->second;
    std::istringstream words(foldTypography(f.subject));
    for (std::string word; words >> word;) {
        if (!std::isupper(static_cast<unsigned char>(word[0]))) continue;
        const std::string country = countryOfDemonym(word);
        if (!country.empty() && country != home) return nationalsOf(country);
    }
    return {};
}

std::string ClaimKeys::consularCountry(std::size_t article, const FigureFact& f) const {
    static const std::set<std::string> kConsular = {"foreign", "external", "expatriate",
                                                    "expatriates", "embassy", "consulate"};
    const auto storyCountry = country_.find(story_[article]);
    const std::string home = storyCountry == country_.end() ? "" : storyCountry->second;
    for (const auto& reporter : f.reporters) {
        for (const auto& e : articles_[article].entities) {
            if (e.kind != graph::NodeKind::Agency || e.name != reporter.name || e.country.empty()) continue;
            if (e.country == home) continue;
            for (const auto& w : lowerWords(e.name)) {
                if (kConsular.count(w)) return e.country;
            }
        }
    }
    return {};
}

bool ClaimKeys::narrowerThanWhole(std::size_t article, const FigureFact& f) const {
    if (f.place.empty() || f.placeIsDestination || !f.previousCue.empty() || !f.value.isInt()) return false;
    const PlaceEntry* here = Gazetteer::get().find(f.place);
    if (here && (here->kind == PlaceKind::Country || here->kind == PlaceKind::WorldRegion)) return false;
    for (const auto& g : articles_[article].figures) {
        if (&g == &f || g.measure != f.measure || g.increment != f.increment || !g.previousCue.empty() ||
            !g.value.isInt() || g.value.asInt() <= f.value.asInt() || g.place == f.place) {
            continue;
        }
        // The whole is counted at the country's level, by name ("in Nepal"); a count with
        // no place may be a competing estimate of the place's own toll.
        const PlaceEntry* there = g.place.empty() ? nullptr : Gazetteer::get().find(g.place);
        if (there && there->kind == PlaceKind::Country && (!here || here->country == there->country)) return true;
    }
    return false;
}

ClaimKey ClaimKeys::keyOf(std::size_t article, const FigureFact& f) const {
    ClaimKey key;
    key.story = story_[article];
    key.measure = f.measure;
    key.population = populationOf(f);
    key.scope = scopeOf(key.story, f);
    key.cause = f.cause;
    key.utility = f.utility;
    key.part = foldCase(f.part);
    // "209 Pakistanis were on the boat", "12 of its nationals died": a nationality among
    // those counted is a part of the count.
    if (key.part.empty()) key.part = nationalityOf(f.subject);
    // "672 Egyptian deaths" in a story told of Saudi Arabia: another country's people.
    if (key.part.empty()) key.part = foreignNationality(article, f);
    // "Tunisia's foreign ministry said 35 pilgrims died", "its nationals": a country's
    // foreign ministry or embassy counts that country's people abroad.
    if (key.part.empty() || key.part == "nationals" || key.part == "citizens") {
        if (std::string country = consularCountry(article, f); !country.empty()) key.part = nationalsOf(country);
    }
    // "95 died in Nepal ... in Jajarkot alone, 52": a place's count beside the whole's.
    if (key.part.empty() && narrowerThanWhole(article, f)) key.part = "in " + foldCase(f.place);
    // "48 fatalities in Wajima" (a part of the toll) and later "81 were in Wajima": the
    // place's count, which the scope already says; the part adds nothing.
    if (!key.scope.empty()) {
        const std::string place = foldCase(key.scope);
        if (key.part == "part" || key.part == place || key.part == "in " + place ||
            key.part == "at " + place) {
            key.part.clear();
        }
    }
    return key;
}

}  // namespace newsgraph::parser
