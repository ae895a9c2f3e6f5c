#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graph/news_graph.h"
#include "parser/claims/claim_resolver.h"
#include "parser/claims/supersedes.h"
#include "parser/fact.h"

namespace newsgraph::parser {

// Entity name -> its vertex, for one article (figures find their reporters here).
using EntityVertices = std::map<std::string, graph::NewsGraph::Vertex>;

// Writes claims into the graph: one Figure node per claim with a mention per statement,
// an article -[MENTIONS]-> figure edge per article, a REPORTED_BY edge per reporter and
// article (with its evidence: graph::EdgeEvidence), a LOCATED_IN edge to the place where a statement says it was counted (to entities[i][name] for articles[i]; a reporter missing there is looked up
// in the graph by name, else skipped), and the supersedes pairs. `articleKeys[i]` is the
// graph key of articles[i]. Node fields follow docs/graph-json.md; extra properties:
// as_of (ISO: the date it counts up to), when_begin, when_end (ISO), sentence (the first
// statement's), sentences (each statement's article, sentence span and text, qualifier
// and time), previous_cue, part, cause, utility, setting, increment, one_day,
// speculative, statements.
void writeFigures(graph::NewsGraph& news, const std::vector<ArticleFacts>& articles,
                  const std::vector<std::string>& articleKeys,
                  const std::vector<EntityVertices>& entities, const std::vector<Claim>& claims,
                  const std::vector<SupersedesEdge>& supersedes);

}  // namespace newsgraph::parser
