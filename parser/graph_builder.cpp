#include "parser/graph_builder.h"

#include "parser/claims/supersedes.h"
#include "parser/resolution/story.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "graph/name_index.h"

namespace newsgraph::parser {

void GraphBuilder::add(std::vector<ArticleFacts>& articles) {
    claims_.clear();
    for (const auto& facts : articles) {
        for (const auto& e : facts.entities) {
            claims_[{e.kind, keyOf(e.name)}].insert(e.name);
            for (const auto& alias : e.aliases) claims_[{e.kind, keyOf(alias)}].insert(e.name);
        }
    }
    // One grouping of stories serves both claims and chains. It reads the texts, so it
    // comes before they move into the graph.
    const std::vector<std::size_t> story = groupStories(articles);
    if (std::getenv("NEWSGRAPH_TRACE_STORIES")) traceStories(articles, story);
    std::size_t next = news_.graph().nodesWithLabel("Article").size() + 1;
    std::vector<std::string> keys;
    std::vector<EntityVertices> entities;
    for (auto& facts : articles) {
        const std::string key = "a" + std::to_string(next++);
        Article& a = facts.article;
        Vertex article =
            news_.addArticle({key, a.file, a.title, a.date, a.source, a.url, std::move(a.text)});
        a.text.clear();  // moved from: now certainly empty
        entities.push_back(addEntities(facts, article, key));
        keys.push_back(key);
    }
    const std::vector<Claim> claims = resolveClaims(articles, story);
    writeFigures(news_, articles, keys, entities, claims, findSupersedes(claims, articles, story));
}

const std::string& GraphBuilder::keyOf(const std::string& name) {
    auto [it, inserted] = keys_.try_emplace(name);
    if (inserted) it->second = graph::normaliseName(name);
    return it->second;  // elements of an unordered_map stay put
}

// One line per story on stderr: its articles' files, for tuning the grouping.
void GraphBuilder::traceStories(const std::vector<ArticleFacts>& articles,
                                const std::vector<std::size_t>& story) {
    std::map<std::size_t, std::vector<std::size_t>> members;
    for (std::size_t a = 0; a < articles.size(); ++a) members[story[a]].push_back(a);
    for (const auto& [root, list] : members) {
        std::fprintf(stderr, "story %zu:", root);
        for (std::size_t a : list) std::fprintf(stderr, " %s", articles[a].article.file.c_str());
        std::fprintf(stderr, "\n");
    }
}

EntityVertices GraphBuilder::addEntities(const ArticleFacts& facts, Vertex article,
                                                       const std::string& key) {
    EntityVertices vertices;
    for (const auto& e : facts.entities) {
        graph::EntityInfo info{e.kind, e.name, {}, e.role, {}};
        for (const auto& alias : e.aliases) {
            const auto& owners = claims_[{e.kind, keyOf(alias)}];
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
