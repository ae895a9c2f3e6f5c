#include "parser/figures/figure_place.h"

#include <algorithm>
#include <set>

#include "parser/text/lexicon.h"
#include "parser/text/number_scanner.h"
#include "parser/text/sentence_words.h"

namespace newsgraph::parser {

namespace {

// Prepositions that put what follows at a place ("died in", "a raid on", "fled to",
// "sent into"). Grammar, not domain: they stay in code.
const std::set<std::string> kLocatives = {"in",     "across", "near",   "around", "outside",
                                          "inside", "at",     "within", "off",    "on",
                                          "to",     "into",   "throughout"};
// Words after which the clause no longer describes the numeral's count.
const std::set<std::string> kClauseBreaks = {"according", "said",  "says",  "told", "while",
                                             "whereas",   "after", "when",  "but",
                                             "although",  "citing", "since", "as"};

// Nouns of events that a place name can modify ("the Ukraine war", "the Gaza conflict").
const std::set<std::string> kEventNouns = {"war",      "conflict", "crisis",   "invasion",
                                           "offensive", "front",   "campaign", "operation",
                                           "border",   "government", "authorities", "forces"};

int specificity(const PlaceEntry* entry) {
    if (!entry) return 0;
    switch (entry->kind) {
        case PlaceKind::City:
        case PlaceKind::Capital: return 4;
        case PlaceKind::Region: return 3;
        case PlaceKind::Country: return 2;
        case PlaceKind::WorldRegion: return 1;
    }
    return 0;
}

struct PlaceMention {
    Span span;
    const std::string* name;
};

// The most specific place among the place mentions that begin in word range [from, to)
// behind a locative preposition (with no clause break between the two).
const std::string* placeIn(const SentenceWords& s, std::size_t from, std::size_t to,
                           const std::vector<PlaceMention>& places, const Gazetteer& gazetteer,
                           bool* destination = nullptr) {
    const std::string* best = nullptr;
    int bestRank = -1;
    bool locative = false;
    bool toward = false;  // the locative is "to" or "into"
    for (std::size_t i = from; i < to; ++i) {
        if (s.punct[i] && s.words[i] != "'s" && s.words[i] != "-") {
            if (best) break;  // the place phrase is over
            locative = false;
            continue;
        }
        if (kClauseBreaks.count(s.words[i]) || (best && s.words[i] == "and")) break;
        // "rose to 70, with 51 in X province": the place of another count, its part.
        if (s.words[i] == "with") {
            bool count = false;
            for (std::size_t k = i + 1; k < to && k <= i + 3 && !count; ++k) count = !findNumbers(s.original[k]).empty();
            if (count) break;
        }
        // "displaced from El Fasher", "fled from the city": the place the displaced left
        // is where they are counted as displaced. (Not "evacuated from": evacuations
        // are mostly from parts of a wider area the story names, "the flooded areas".)
        static const std::set<std::string> kLeaving = {"displaced", "fled", "escaped",
                                                       "uprooted"};
        const bool leaving = s.words[i] == "from" && i > 0 && kLeaving.count(s.words[i - 1]);
        if (kLocatives.count(s.words[i]) || leaving) {
            // "the war in Ukraine": a place that locates an event, not the count.
            locative = !(i > 0 && kEventNouns.count(s.words[i - 1]));
            toward = s.words[i] == "to" || s.words[i] == "into";
            continue;
        }
        if (!locative) continue;
        for (const auto& place : places) {
            if (place.span.begin != s.spans[i].begin) continue;
            // "Russia's war", "the Ukraine war": a place that names an event, not where
            // the count was made.
            const std::size_t after = s.wordAt(place.span.end);
            if (after < s.size() && (s.words[after] == "'s" || kEventNouns.count(s.words[after]))) {
                continue;
            }
            const int rank = specificity(gazetteer.find(*place.name));
            if (rank > bestRank) {
                best = place.name;
                bestRank = rank;
                if (destination) *destination = toward;
            }
        }
    }
    return best;
}

// The place that is the subject of a verb of counting right before the numeral (and
// its qualifier): "the city of Wajima confirmed 59 deaths", "Suzu reported at least 20".
const std::string* countingPlace(const SentenceWords& s, std::size_t first,
                                 const std::vector<PlaceMention>& places) {
    static const std::set<std::string> kCounting = {"confirmed", "reported", "recorded",
                                                    "registered", "counted"};
    std::size_t verb = first;
    for (std::size_t gap = 0; verb > 0 && gap < 3; ++gap) {
        --verb;
        if (s.punct[verb]) return nullptr;
        if (kCounting.count(s.words[verb])) break;
    }
    if (verb == 0 || verb >= first || !kCounting.count(s.words[verb])) return nullptr;
    for (const auto& place : places) {
        if (place.span.end == s.spans[verb - 1].end) return place.name;
    }
    return nullptr;
}

// The place that is the subject of a verb of loss the numeral's clause hangs on:
// "Paiporta, in the Valencia suburbs, suffered the most deaths, with about 40 people",
// "Chiva recorded 10 deaths". Back from the numeral, at most 15 words, to the verb; the
// subject ends right before it, past one appositive set off by commas.
const std::string* subjectPlace(const SentenceWords& s, std::size_t first,
                                const std::vector<PlaceMention>& places) {
    static const std::set<std::string> kLoss = {"suffered", "recorded", "registered", "reported",
                                                "counted",  "confirmed", "saw",       "lost"};
    std::size_t verb = first;
    // "reported the most deaths, totaling 19 dead and 36 missing": a count joined by "and"
    // to the count before it shares its subject.
    bool joined = first > 0 && s.words[first - 1] == "and";
    while (verb > 0 && verb + 15 > first) {
        --verb;
        if (kClauseBreaks.count(s.words[verb])) return nullptr;
        // "reported the second-highest figure, with 40,740 families with 174,255 persons":
        // a count after "with" is the same subject's.
        if (!findNumbers(s.original[verb]).empty()) {
            if (joined) {
                joined = false;
                continue;
            }
            if (!(verb > 0 && s.words[verb - 1] == "with")) return nullptr;
        }
        if (kLoss.count(s.words[verb])) break;
    }
    if (verb == 0 || !kLoss.count(s.words[verb])) return nullptr;
    std::size_t end = verb;  // the subject ends before `end`
    // "Colombo has reported": past the auxiliary.
    static const std::set<std::string> kAuxiliaryBefore = {"has", "have", "had", "also"};
    while (end > 1 && kAuxiliaryBefore.count(s.words[end - 1])) --end;
    if (s.words[end - 1] == ",") {
        std::size_t k = end - 1;
        while (k > 0 && s.words[k - 1] != "," && k + 8 > end) --k;
        if (k == 0 || s.words[k - 1] != ",") return nullptr;
        end = k - 1;
    }
    if (end == 0) return nullptr;
    for (const auto& place : places) {
        if (place.span.end == s.spans[end - 1].end) return place.name;
    }
    return nullptr;
}

// The place a storm or quake struck, named in a relative clause on the subject of the
// numeral's clause: "Typhoon Yagi, which struck the northern Philippines on Sept. 3,
// caused floods, resulting in 20 deaths" (the Philippines' toll, not the story's). The
// clause is ", which|that <verb of striking> ... ," before the numeral, with no other
// count or clause break between; its most specific place.
const std::string* struckPlace(const SentenceWords& s, std::size_t first,
                               const std::vector<PlaceMention>& places) {
    static const std::set<std::string> kStriking = {"hit",     "struck",  "battered", "lashed",
                                                    "slammed", "pounded", "ravaged",  "swept",
                                                    "hits",    "strikes", "devastated"};
    std::size_t open = 0;
    bool found = false;
    for (std::size_t k = 0; k + 2 < first; ++k) {
        if (s.isPunct(k, ",") && (s.words[k + 1] == "which" || s.words[k + 1] == "that") &&
            kStriking.count(s.words[k + 2])) {
            open = k + 2;
            found = true;
        }
    }
    if (!found) return nullptr;
    std::size_t close = open;
    while (close < first && !s.isPunct(close, ",")) ++close;
    if (close >= first) return nullptr;
    for (std::size_t k = close; k < first; ++k) {
        if (kClauseBreaks.count(s.words[k]) || (s.punct[k] && !s.isPunct(k, ",") && s.words[k] != "'s")) {
            return nullptr;
        }
    }
    const std::string* best = nullptr;
    int bestRank = -1;
    for (const auto& place : places) {
        if (place.span.begin < s.spans[open].end || place.span.end > s.spans[close].begin) continue;
        const int rank = specificity(Gazetteer::get().find(*place.name));
        if (rank > bestRank) best = place.name, bestRank = rank;
    }
    return best;
}

// The place a "where" clause that holds the numeral is about: "officials in the Valencia
// region, where at least 92 were killed, said": the place right before ", where".
const std::string* wherePlace(const SentenceWords& s, std::size_t first,
                              const std::vector<PlaceMention>& places) {
    // Another count of the clause may stand between ("where 55,306 families with a total
    // of 211,719 persons have been affected"): the clause's counts share its place.
    constexpr std::size_t kReach = 12;
    for (std::size_t k = first; k-- > 0 && k + kReach > first;) {
        if (s.punct[k]) return nullptr;
        if (s.words[k] != "where") continue;
        if (k < 2 || !s.punct[k - 1] || s.words[k - 1] != ",") return nullptr;
        for (const auto& place : places) {
            if (place.span.end == s.spans[k - 2].end) return place.name;
        }
        return nullptr;
    }
    return nullptr;
}

// "202 people had been confirmed dead there": the place "there" stands for, the last one
// the sentence names before the numeral behind a locative ("the agency in the Valencia
// region said ...").
const std::string* therePlace(const SentenceWords& s, std::size_t first, std::size_t after,
                              const std::vector<PlaceMention>& places) {
    bool there = false;
    for (std::size_t k = after; k < s.size() && k < after + 8; ++k) {
        if (s.punct[k] || kClauseBreaks.count(s.words[k])) break;
        if (s.words[k] == "there") there = true;
    }
    if (!there) return nullptr;
    std::uint32_t foundAt = 0;
    const std::string* found = nullptr;
    for (const auto& place : places) {
        const std::size_t at = s.wordAt(place.span.begin);
        if (at >= first || place.span.end > s.spans[first].begin) continue;
        // A locative up to five words before it ("in the hardest-hit eastern Valencia
        // region").
        bool located = false;
        for (std::size_t k = at; k-- > 0 && k + 6 > at && (!s.punct[k] || s.words[k] == "-");) {
            located = located || kLocatives.count(s.words[k]) > 0;
        }
        if (located && (!found || place.span.begin > foundAt)) {
            found = place.name;
            foundAt = place.span.begin;
        }
    }
    return found;
}

// The place a local official's count is of: the place named in the role of a reporter
// who is a mayor or governor ("mayor of Chiva", "Valparaíso Governor"). A mayor counts
// the town's dead, not the country's. nullptr when no reporter holds such an office.
const std::string* officePlace(const FigureFact& figure, const std::vector<EntityFact>& entities) {
    for (const auto& reporter : figure.reporters) {
        for (const auto& person : entities) {
            if (person.kind != graph::NodeKind::Actor || person.name != reporter.name) continue;
            const std::string role = foldCase(person.role);
            if (role.find("mayor") == std::string::npos && role.find("governor") == std::string::npos) {
                continue;
            }
            for (const auto& place : entities) {
                if (place.kind != graph::NodeKind::Place) continue;
                const std::string name = foldCase(place.name);
                const auto at = role.find(name);
                // A whole word of the role: "of Chiva", "Valparaíso governor".
                if (at != std::string::npos && (at == 0 || role[at - 1] == ' ') &&
                    (at + name.size() == role.size() || role[at + name.size()] == ' ')) {
                    return &place.name;
                }
            }
        }
    }
    return nullptr;
}

}  // namespace

void locateFigures(const TextLayer& layer, const std::vector<EntityFact>& entities,
                   std::vector<FigureMention>& figures) {
    const Gazetteer& gazetteer = Gazetteer::get();
    std::vector<PlaceMention> places;
    for (const auto& entity : entities) {
        if (entity.kind != graph::NodeKind::Place) continue;
        for (const auto& span : entity.mentions) places.push_back({span, &entity.name});
    }
    if (places.empty()) return;
    for (auto& figure : figures) {
        if (figure.fact.mentions.empty() || figure.sentence >= layer.sentences().size()) continue;
        const SentenceWords s = sentenceWords(layer, layer.sentences()[figure.sentence]);
        const Span numeral = figure.fact.mentions.front();
        const std::size_t after = s.wordEndAt(numeral.end);
        bool destination = false;
        const std::size_t firstWord = std::min(s.wordAt(numeral.begin), s.size());
        const std::string* place = wherePlace(s, firstWord, places);
        if (!place) place = therePlace(s, firstWord, after, places);
        if (!place) place = placeIn(s, after, s.size(), places, gazetteer, &destination);
        // A fronted locative: "In West Bengal, six people died."
        if (!place && s.size() > 0 && kLocatives.count(s.words[0])) {
            place = placeIn(s, 0, std::min(s.wordAt(numeral.begin), s.size()), places, gazetteer,
                            &destination);
        }
        // Inside the subject before the numeral: "the number of dead in Kherson had risen
        // to 14", back to the clause's start (punctuation, "that", a clause break or
        // another numeral).
        if (!place) {
            const std::size_t first = std::min(s.wordAt(numeral.begin), s.size());
            std::size_t start = first;
            while (start > 0) {
                const std::size_t k = start - 1;
                const bool punct = s.punct[k] && s.words[k] != "'s" && s.words[k] != "-";
                if (punct || s.words[k] == "that" || kClauseBreaks.count(s.words[k]) ||
                    !findNumbers(s.original[k]).empty()) {
                    break;
                }
                --start;
            }
            place = placeIn(s, start, first, places, gazetteer, &destination);
        }
        // A place whose authorities count: "the coastal city of Wajima confirmed 59 deaths".
        if (!place) place = countingPlace(s, std::min(s.wordAt(numeral.begin), s.size()), places);
        if (!place) place = subjectPlace(s, std::min(s.wordAt(numeral.begin), s.size()), places);
        if (!place) place = struckPlace(s, std::min(s.wordAt(numeral.begin), s.size()), places);
        if (!place) place = officePlace(figure.fact, entities);
        if (place) {
            figure.fact.place = *place;
            figure.fact.placeIsDestination = destination;
        }
    }
}

bool placesConflict(const Gazetteer& gazetteer, const std::string& a, const std::string& b) {
    if (a.empty() || b.empty() || a == b) return false;
    return placesConflict(gazetteer.find(a), gazetteer.find(b));
}

bool placesConflict(const PlaceEntry* x, const PlaceEntry* y) {
    if (!x || !y || x == y || x->country.empty() || y->country.empty()) return false;
    // Two countries do not conflict: a country named by a count's clause is as often the
    // war's or the story's ("killed in Russia's war in Ukraine") as where it was counted.
    if (specificity(x) <= 2 && specificity(y) <= 2) return false;
    if (x->country != y->country) return true;
    // Two cities, or two first-level regions (which do not overlap), of one country.
    return specificity(x) == specificity(y) && specificity(x) >= 3;
}

}  // namespace newsgraph::parser
