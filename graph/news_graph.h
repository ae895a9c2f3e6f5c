#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/news_schema.h"
#include "graph/property_graph.h"

namespace newsgraph::graph {

// An article as the graph keeps it: `key` is its id in graph.json ("a1").
struct ArticleInfo {
    std::string key;
    std::string file;  // input file name, or the JSON-lines record's id
    std::string title;
    std::string date;  // ISO date, or empty when unknown
    std::string source;
    std::string url;
    std::string text;  // the article text that mention offsets point into
};

// A named entity: actor, agency or place.
struct EntityInfo {
    NodeKind kind = NodeKind::Actor;
    std::string name;
    std::vector<std::string> aliases;
    std::string role;  // actors only: "President", "lawmaker"; empty when none
    std::vector<Mention> mentions;
};

// A numeric claim. `value` for a single number, `low`/`high` for a range (null otherwise);
// `extra` holds further properties (normalised dates, the sentence, ...).
struct FigureInfo {
    Value value;
    Value low;
    Value high;
    std::string qualifier;  // exact | approximately | at least | at most
    std::string measure;
    std::string subject;
    std::string when;
    PropertyMap extra;
    std::vector<Mention> mentions;
};

// Why the parser made an edge, kept on it as properties so that an analyst can check it
// in one step (docs/graph-json.md, "Evidence"): the cue and the rule, and where they were
// read (the article's key and the byte span of the sentence in its text). A SUPERSEDES
// edge also keeps where the older estimate was read.
struct EdgeEvidence {
    std::string cue;
    std::string rule;
    std::string article;
    std::uint32_t sentenceBegin = 0;
    std::uint32_t sentenceEnd = 0;
    std::string olderArticle;  // SUPERSEDES only
    std::uint32_t olderSentenceBegin = 0;
    std::uint32_t olderSentenceEnd = 0;
};

// The news domain's view of a PropertyGraph: adds articles, entities, figures and the
// edges between them with the right labels, types and properties, merging where the
// domain says two things are one. Articles, figures and edges get ids derived from their
// content (stable_id.h), so a rebuild gives them the same ids; entities are numbered
// 1, 2, 3... in the order they are first added (corrections name them by label and
// name). Holds a reference; the graph must outlive it.
class NewsGraph {
public:
    using Vertex = PropertyGraph::Vertex;

    explicit NewsGraph(PropertyGraph& graph);

    // Adds an article node, or returns the existing one with the same key. Takes the
    // text over (the largest field) when the caller moves it in.
    Vertex addArticle(ArticleInfo article);
    std::optional<Vertex> findArticle(std::string_view key) const;

    // Adds an entity, or merges it (aliases, role, mentions) into an existing entity of
    // the same kind whose name or alias is this entity's name, or whose name is one of
    // this entity's aliases (names compared by normaliseName). Two entities that merely
    // share an alias stay apart.
    Vertex addEntity(const EntityInfo& entity);
    std::optional<Vertex> findEntity(NodeKind kind, std::string_view nameOrAlias) const;
    // Adds `alias` to the entity's aliases unless it is already its name or an alias.
    void addAlias(Vertex entity, std::string_view alias);

    // Adds a figure node. Whether two claims are one is the parser's decision, not ours.
    Vertex addFigure(const FigureInfo& figure);

    // Edges; each is added once (same ends, same type, same article).
    void addMentions(Vertex article, Vertex target);
    // REPORTED_BY, read in `evidence.article`; a second reporter edge of the same ends in
    // the same article is not added (its evidence is the first one's).
    void addReportedBy(Vertex figure, Vertex reporter, const EdgeEvidence& evidence);
    // figure -[LOCATED_IN]-> the place where the article says it was counted.
    void addLocatedIn(Vertex figure, Vertex place, std::string_view articleKey);
    void addSupersedes(Vertex newer, Vertex older, const EdgeEvidence& evidence = {});

    PropertyGraph& graph() { return graph_; }

private:
    // Ids come from content (stable_id.h): an article's from its file name and text, a
    // figure's from its first report's article and span, an edge's from its type, the
    // identities of its ends and its article.
    NodeId figureId(const std::vector<Mention>& mentions) const;
    // What names an article in other ids: its node id (itself from its content).
    std::string articleIdentity(std::string_view key) const;
    // What names a node in edge ids: an entity added here by its label and normalised
    // first name (its number follows build order), any other node by its id.
    std::string nodeIdentity(Vertex v) const;

    bool hasEdge(Vertex from, Vertex to, std::string_view type, std::string_view article) const;
    // An edge read in one article (property `article`), once per ends, type and article.
    void addReadEdge(Vertex from, Vertex to, EdgeKind kind, std::string_view articleKey,
                     PropertyMap properties = {});

    // Hashes of (from, to, type, article) of every edge with an article: a hash that is
    // not there means there is no such edge, so hasEdge scans `from`'s edges (a claim
    // restated in thousands of articles has thousands) only on a hit. Built on the first
    // read edge, and again when the graph's edges changed other than through this object.
    void indexReadEdges();
    // graph_.addEdge, keeping readEdges_ current.
    void addEdge(Vertex from, Vertex to, const std::string& type, PropertyMap properties);
    std::unordered_set<std::uint64_t> readEdges_;
    std::size_t readEdgesAt_ = static_cast<std::size_t>(-1);  // edge count it reflects

    PropertyGraph& graph_;
    // Article key -> node id, not vertex: a vertex is renumbered when nodes are removed
    // (property_graph.h, "Identity"), an id never is.
    std::unordered_map<std::string, NodeId> articles_;
    NodeId nextEntityId_ = 1;
    std::unordered_map<NodeId, std::string> entityIdentities_;
};

}  // namespace newsgraph::graph
