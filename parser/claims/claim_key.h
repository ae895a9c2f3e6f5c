#pragma once

#include <compare>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "parser/fact.h"

namespace newsgraph::parser {

// Supersedes as claim identity: two figures are estimates of one thing only when they
// count the same thing, and the parser can say why. See docs/extraction.md, "Supersedes".

// What a figure counts. Two figures may be in one supersedes chain only when their keys
// are equal.
struct ClaimKey {
    std::size_t story = 0;   // story.h: figures of different stories never chain
    std::string measure;     // killed, wounded, missing, ...
    std::string population;  // overall | civilians | combatants | workers | equipment |
                             // structures | animals; empty for people in general
    std::string scope;       // "" for the story's whole area; else the place or setting
                             // it is limited to ("Wajima", "hospitals")
    std::string cause;       // causes.txt: cholera deaths are not flood deaths
    std::string utility;     // utilities.txt: power outages are not water outages
    std::string part;        // a partitive's part ("children"): parts chain only with parts

    friend auto operator<=>(const ClaimKey&, const ClaimKey&) = default;

    // The key in words, for an edge's evidence: "killed · people · Wajima".
    std::string describe() const;
};

// When an estimate stands, for ordering the estimates of one key: the date it counts up
// to (ISO, empty when unknown) and, within a date, an older estimate the text recalls
// ("up from", "originally", -1) before the date's own (0) and a late one ("late on
// Saturday") after it (+1).
struct TimePoint {
    std::string date;
    int rank = 0;
    // The date of the article that states it: of two counts of one past day, the one a
    // later article gives knows more ("on Saturday ... bringing the toll to 41", the next
    // day, after "40 on Saturday").
    std::string issued;

    friend auto operator<=>(const TimePoint&, const TimePoint&) = default;
};

// Why a figure can be in no chain, in words ("one day's count", "speculative estimate",
// "an addition", "one period's count", "a past incident"), or empty when it can.
std::string chainExclusion(const FigureFact& figure, const std::string& articleDate);

// The time point of a figure stated in an article of `articleDate` (ISO or empty):
//   - a figure the text marks as older (a previous-estimate cue, "originally") is the
//     time it names, else its article's date ranked -1;
//   - a figure of a past point in time ("late on Saturday", "last month", "on Sunday")
//     is the end of that time, ranked +1 when "late";
//   - a figure of the article's own time, or of an interval the count covers ("between
//     July 15 and August 5", "since April"), is its article's date.
TimePoint timePointOf(const FigureFact& figure, const std::string& articleDate);

// Whether a figure's sentence says its count was revised ("lowered the toll", "revised
// down"): a revision may be smaller than the estimate it replaces.
bool isRevision(const FigureFact& figure);

// Keys for the figures of a set of articles. Holds references to both vectors.
class ClaimKeys {
  public:
    // `story[a]` is article a's story number (story.h).
    ClaimKeys(const std::vector<ArticleFacts>& articles, const std::vector<std::size_t>& story);

    ClaimKey keyOf(std::size_t article, const FigureFact& figure) const;
    // Whether article's story is of one site (oneSite_ below): its one day is the event's.
    bool oneSite(std::size_t article) const { return oneSite_.count(story_[article]) > 0; }

  private:
    std::string scopeOf(std::size_t story, const FigureFact& figure) const;
    // The part "nationals of XX" for a demonym in the subject that names another country
    // than the story's ("Egyptian pilgrims" in a story told of Saudi Arabia), or empty.
    std::string foreignNationality(std::size_t article, const FigureFact& figure) const;
    // The country (ISO code) of a reporter that speaks for its people abroad: a foreign
    // ministry, an embassy or a consulate of another country than the story's; or empty.
    std::string consularCountry(std::size_t article, const FigureFact& figure) const;
    // Whether the article counts the same measure as a larger whole in a country beside
    // this figure, which a place below the country's level narrows: "at least 95 people
    // died in Nepal ... in Jajarkot district alone, 52".
    bool narrowerThanWhole(std::size_t article, const FigureFact& figure) const;

    const std::vector<ArticleFacts>& articles_;
    const std::vector<std::size_t>& story_;
    std::map<std::size_t, std::string> country_;  // story -> ISO code of its figures' country
    std::map<std::size_t, std::string> place_;    // story -> its figures' most common place
    std::set<std::size_t> regional_;              // stories with a figure of a region
    // Stories of one site (an attack, a blast, a fire, a crash): their figures' sentences
    // name such an incident more than an event that covers an area (a flood, a quake), so
    // a town they name is the site and narrows no count.
    std::set<std::size_t> oneSite_;
    // story -> places the gazetteer does not know that some article of the story names
    // as an area ("Djugu territory" makes "Djugu" one)
    std::map<std::size_t, std::set<std::string>> areas_;
};

}  // namespace newsgraph::parser
