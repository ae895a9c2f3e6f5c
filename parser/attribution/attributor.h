#pragma once

// The attribution stage's internals (attribution.h is its interface): the Attributor
// and the word lists its parts share. Split over attribution.cpp (sentences, cues,
// carry-over), attribution_subject.cpp (who a reporting verb's subject is) and
// attribution_described.cpp (objects of source phrases, descriptive reporters).

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "parser/attribution/attribution.h"
#include "parser/text/cue_table.h"
#include "parser/text/lexicon.h"
#include "parser/text/sentence_words.h"

namespace newsgraph::parser {

using graph::NodeKind;
using EntitySet = std::vector<std::size_t>;  // indexes into the entities, in order found

inline const std::set<std::string> kSkipBeforeVerb = {
    "now",     "also",      "further",    "then",     "later",    "again", "had",
    "has",     "have",      "was",        "were",     "is",       "are",   "been",
    "would",   "will",      "previously", "recently", "still",    "first", "earlier",
    "in",      "last",      "on",         "week",     "month",    "year",  "monday",
    "tuesday", "wednesday", "thursday",   "friday",   "saturday", "sunday"};
inline const std::set<std::string> kSourceNouns = {
    "briefing",  "report", "reports", "estimate", "estimates", "assessment",
    "statement", "data",   "figures", "tally",    "count",     "survey"};
// Heads of descriptive bodies that a body's name must contain ("the ministry" is some
// Ministry of ...); other heads ("the agency", "the army", "it") name any body.
inline const std::set<std::string> kNamedHeads = {"ministry",  "directorate", "bureau",
                                                  "institute", "office",      "department",
                                                  "committee", "council"};
inline const std::set<std::string> kBoundaries = {"that", ";", ":", "\""};
inline const std::set<std::string> kSegmentMarks = {",", "-", "(", ")"};
inline const std::set<std::string> kFunctionWords = {"the", "a", "an", "'s", "of", "and", "s"};

inline void addUnique(EntitySet& to, std::size_t e) {
    if (std::find(to.begin(), to.end(), e) == to.end()) to.push_back(e);
}
inline void addAll(EntitySet& to, const EntitySet& from) {
    for (std::size_t e : from) addUnique(to, e);
}

inline bool isReporterKind(const EntityFact& e) {
    return e.kind == NodeKind::Actor || e.kind == NodeKind::Agency;
}

// What one sentence says about its sources.
struct Found {
    EntitySet named;       // named reporters
    EntitySet described;   // resolved descriptive reporters
    EntitySet sources;     // relay sources (briefed by X)
    bool cue = false;      // any attribution cue at all
    bool unnamed = false;  // a source phrase that names no entity ("according to officials")
    // "500 reported two weeks earlier by NEMA": a source for the figure just before it only.
    std::vector<std::pair<std::uint32_t, EntitySet>> agents;  // byte where it starts
};

// The words of a name or alias, lower case, function words and punctuation dropped.
std::set<std::string> wordsOf(const std::string& text);

class Attributor {
  public:
    Attributor(const TextLayer& layer, const std::vector<EntityFact>& entities);
    void run(std::vector<FigureMention>& figures);

  private:
    // A sentence that ends without . ! ? (closing quotes and brackets aside): a title line.
    bool unterminated(std::size_t s) const;

    // The reporter entity of each word of the sentence (-1: none); where mentions nest
    // ("United Nations" inside "United Nations Office for ..."), the longest one's.
    std::vector<long> entityWords(const SentenceWords& w) const;

    Found read(std::size_t s);

    // A passive reporting verb with its agent within four words ("500 reported two weeks
    // earlier by the agency"): the agent is a source of the figure before it.
    bool passiveAgent(const SentenceWords& w, const std::vector<long>& at, std::size_t after,
                      std::size_t s, Found& f);

    // The attribution cue starting at word i: a phrase of attribution_cues.txt (longest
    // first), else a reporting verb of reporting_verbs.txt.
    std::optional<CueTable::Match> cueAt(const SentenceWords& w, std::size_t i) const;

    // "a classified NIS briefing", "the ministry's estimate": an entity before a source noun.
    void sourceNoun(const SentenceWords& w, const std::vector<long>& at, std::size_t i,
                    Found& f) const;

    // The subject of a reporting verb: the clause segment before it (appositives skipped),
    // or the words after it when nothing precedes it ("..., said the ministry").
    void verbSubject(const SentenceWords& w, const std::vector<long>& at, std::size_t verb,
                     std::size_t after, std::size_t s, Found& f);

    // ", director of the Health Directorate,", ", a spokeswoman for the ministry,", ", the
    // agency's spokesperson,": the agencies named in an appositive whose role (first, or
    // last after a possessor) speaks for a body.
    void affiliations(const SentenceWords& w, const std::vector<long>& at, std::size_t begin,
                      std::size_t end, EntitySet& into) const;

    // Whether the words after a verb are only its subject: a short run to the clause end
    // with no complement ("that ...") and no other cue.
    bool postposed(const SentenceWords& w, std::size_t after) const;

    // A descriptive subject: its head (last word, adverbs and auxiliaries skipped).
    void describedHead(const SentenceWords& w, std::size_t begin, std::size_t end, std::size_t s,
                       Found& f);

    // The named reporters of a source phrase's object, up to the clause end; a
    // descriptive object ("a South Korean lawmaker") when it names none.
    void phraseObject(const SentenceWords& w, const std::vector<long>& at, std::size_t from,
                      std::size_t s, EntitySet& into);

    // Resolves the noun phrase w[begin, end) whose last word is a role head.
    void resolveDescribed(const SentenceWords& w, std::size_t begin, std::size_t end, std::size_t s,
                          EntitySet& into);

    void noteReporters(const EntitySet& named);

    const TextLayer& layer_;
    const std::vector<EntityFact>& entities_;
    std::optional<std::size_t> lastActor_;   // the latest named reporter of each kind,
    std::optional<std::size_t> lastAgency_;  // for "it said", "he added"
    const CueTable& cues_;
    const Lexicon& verbs_;
    const CueTable& roles_;
    const Lexicon& affiliationRoles_;
    std::vector<std::pair<Span, std::size_t>> mentions_;
    std::vector<std::set<std::string>> nameWords_;  // per reporter-kind entity, in order
    std::set<std::size_t> pluralPeople_;            // sentences with "lawmakers said"
};

}  // namespace newsgraph::parser
