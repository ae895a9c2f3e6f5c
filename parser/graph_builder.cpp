#include "parser/graph_builder.h"

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
    for (const auto& facts : articles) {
        const std::string key = "a" + std::to_string(next++);
        const Article& a = facts.article;
        Vertex article = news_.addArticle({key, a.file, a.title, a.date, a.source, a.url, a.text});
        EntityVertices entities = addEntities(facts, article, key);
        addFigures(facts, entities, key);
    }
}

GraphBuilder::EntityVertices GraphBuilder::addEntities(const ArticleFacts& facts, Vertex article,
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

void GraphBuilder::addFigures(const ArticleFacts& facts, const EntityVertices& entities,
                              const std::string& key) {
    for (const auto& f : facts.figures) {
        graph::FigureInfo info{f.value,   f.low,  f.high, f.qualifier, f.measure,
                               f.subject, f.when, {},     {}};
        for (const auto& span : f.mentions) info.mentions.push_back({key, span.begin, span.end});
        Vertex figure = news_.addFigure(info);
        for (const auto& reporter : f.reporters) {
            if (auto it = entities.find(reporter); it != entities.end()) {
                news_.addReportedBy(figure, it->second, key);
            }
        }
    }
}

}  // namespace newsgraph::parser
