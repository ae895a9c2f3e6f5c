#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/news_graph.h"
#include "parser/fact.h"
#include "parser/figure_writer.h"

namespace newsgraph::parser {

// Writes resolved facts (see entity_resolver.h) into a graph: one Article node per
// article (keys "a1", "a2", ... continuing after the articles the graph already has),
// entity nodes through NewsGraph::addEntity (which merges by name or alias within a
// kind, also with entities already in the graph), a Mention {article key, begin, end}
// per span, and a MENTIONS edge from the article to each entity it names; then the
// figures, one node per claim across the articles (claim_resolver.h) with their
// REPORTED_BY, MENTIONS and SUPERSEDES edges (figure_writer.h). Holds a reference to the
// graph.
class GraphBuilder {
  public:
    explicit GraphBuilder(graph::PropertyGraph& graph) : news_(graph) {}

    // Adds every article's facts, in order. Each article's text moves into its Article
    // node, so that the text is held once; the rest of the facts are left as they were.
    void add(std::vector<ArticleFacts>& articles);

  private:
    using Vertex = graph::NewsGraph::Vertex;

    EntityVertices addEntities(const ArticleFacts& facts, Vertex article, const std::string& key);
    static void traceStories(const std::vector<ArticleFacts>& articles,
                             const std::vector<std::size_t>& story);

    graph::NewsGraph news_;
    // Normalised name or alias -> the entity names that claim it. An alias two entities
    // of one kind claim is left out, so that addEntity does not merge them ("Kim").
    std::map<std::pair<graph::NodeKind, std::string>, std::set<std::string>> claims_;

    // graph::normaliseName, remembered: resolved entities repeat their set's names and
    // aliases in every article that names them.
    const std::string& keyOf(const std::string& name);
    std::unordered_map<std::string, std::string> keys_;
};

}  // namespace newsgraph::parser
