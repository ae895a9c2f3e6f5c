#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "parser/claims/claim_resolver.h"
#include "parser/fact.h"

namespace newsgraph::parser {

// A later estimate that replaces an older one of the same thing, with the evidence for it.
struct SupersedesEdge {
    std::size_t newer = 0;  // claim indexes
    std::size_t older = 0;
    std::string rule;       // why, in words: the shared key and the two time points
};

// The supersedes edges between claims: precision first, so an edge needs
//   - equal claim keys (claim_key.h: story, measure, population, scope, part) and
//     compatible causes, services and sides (equal, or unknown on one side);
//   - neither figure kept out of chains (chainExclusion: one day's count, an addition,
//     a speculative estimate, a past incident) and both time points known;
//   - the newer later in time; only neighbours in time (each estimate replaces those of
//     the latest earlier time point; estimates of one time stand side by side);
//   - values within a factor of 20 of each other, and for measures that only grow
//     (cumulative_measures.txt) a newer value at least the older one unless its sentence
//     says the count was revised.
// When an estimate's latest earlier time point has no estimate that passes, the one
// before it is tried. See docs/extraction.md, "Supersedes".
std::vector<SupersedesEdge> findSupersedes(const std::vector<Claim>& claims,
                                           const std::vector<ArticleFacts>& articles);

// As above, with each article's story already grouped (`story[a]` from groupStories on
// the same articles).
std::vector<SupersedesEdge> findSupersedes(const std::vector<Claim>& claims,
                                           const std::vector<ArticleFacts>& articles,
                                           const std::vector<std::size_t>& story);

}  // namespace newsgraph::parser
