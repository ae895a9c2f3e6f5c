#include "parser/graph_builder.h"

#include "parser/claims/supersedes.h"
#include "parser/resolution/story.h"

#include <set>

#include "graph/name_index.h"

namespace newsgraph::parser {

void GraphBuilder::add(const std::vector<ArticleFacts>& articles) {
    claims_.clear();
    for (const auto& facts : articles) {
        for (const auto& e : facts.entities) {
            claims_[{e.kind, graph::normaliseName(e.name)}].insert(e.name);
            for (const auto& alias : e.aliases) {
                claims_[{e.kind, graph::normaliseName(alias)}].insert(e.name);
            }
        }
    }
    std::size_t next = news_.graph().nodesWithLabel("Article").size() + 1;
    std::vector<std::string> keys;
    std::vector<EntityVertices> entities;
    for (const auto& facts : articles) {
        const std::string key = "a" + std::to_string(next++);
        const Article& a = facts.article;
        Vertex article = news_.addArticle({key, a.file, a.title, a.date, a.source, a.url, a.text});
        entities.push_back(addEntities(facts, article, key));
        keys.push_back(key);
    }
    // One grouping of stories serves both claims and chains.
    const std::vector<std::size_t> story = groupStories(articles);
    const std::vector<Claim> claims = resolveClaims(articles, story);
    writeFigures(news_, articles, keys, entities, claims, findSupersedes(claims, articles, story));
}

EntityVertices GraphBuilder::addEntities(const ArticleFacts& facts, Vertex article,
                                                       const std::string& key) {
    EntityVertices vertices;
    for (const auto& e : facts.entities) {
        graph::EntityInfo info{e.kind, e.name, {}, e.role, {}};
        for (const auto& alias : e.aliases) {
            const auto& owners = claims_[{e.kind, graph::normaliseName(alias)}];
            if (owners.size() == 1) info.aliases.push_back(alias);
        }
        for (const auto& span : e.mentions) info.mentions.push_back({key, span.begin, span.end});
        Vertex v = news_.addEntity(info);
        news_.addMentions(article, v);
        vertices.emplace(e.name, v);
    }
    return vertices;
}

}  // namespace newsgraph::parser
