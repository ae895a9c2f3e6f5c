#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
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

// The news domain's view of a PropertyGraph: adds articles, entities, figures and the
// edges between them with the right labels, types and properties, merging where the
// domain says two things are one. Holds a reference; the graph must outlive it.
class NewsGraph {
public:
    using Vertex = PropertyGraph::Vertex;

    explicit NewsGraph(PropertyGraph& graph);

    // Adds an article node, or returns the existing one with the same key.
    Vertex addArticle(const ArticleInfo& article);
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
    void addReportedBy(Vertex figure, Vertex reporter, std::string_view articleKey);
    // figure -[LOCATED_IN]-> the place where the article says it was counted.
    void addLocatedIn(Vertex figure, Vertex place, std::string_view articleKey);
    void addSupersedes(Vertex newer, Vertex older);

    PropertyGraph& graph() { return graph_; }

private:
    bool hasEdge(Vertex from, Vertex to, std::string_view type, std::string_view article) const;
    // An edge read in one article (property `article`), once per ends, type and article.
    void addReadEdge(Vertex from, Vertex to, EdgeKind kind, std::string_view articleKey);

    PropertyGraph& graph_;
    std::unordered_map<std::string, Vertex> articles_;
};

}  // namespace newsgraph::graph
