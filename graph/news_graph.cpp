#include "graph/news_graph.h"

#include <algorithm>
#include <tuple>

#include "graph/stable_id.h"

namespace newsgraph::graph {

namespace {

Value stringList(const std::vector<std::string>& items) {
    Value::List list;
    for (const auto& item : items) list.emplace_back(item);
    return list;
}

void putIfSet(PropertyMap& properties, const char* key, const std::string& value) {
    if (!value.empty()) properties[key] = value;
}

}  // namespace

NewsGraph::NewsGraph(PropertyGraph& graph) : graph_(graph) {
    for (Vertex v : graph_.nodesWithLabel(std::string(labelOf(NodeKind::Article)))) {
        const Value& key = graph_.node(v).property("key");
        if (key.isString()) articles_.emplace(key.asString(), graph_.node(v).id);
    }
}

NewsGraph::Vertex NewsGraph::addArticle(ArticleInfo article) {
    if (auto found = findArticle(article.key)) return *found;
    PropertyMap properties;
    properties["key"] = article.key;
    properties["file"] = article.file;
    putIfSet(properties, "title", article.title);
    properties["date"] = article.date.empty() ? Value() : Value(article.date);
    putIfSet(properties, "source", article.source);
    putIfSet(properties, "url", article.url);
    const NodeId id = freeNodeId(graph_, stableId({"article", article.file, article.text}));
    if (!article.text.empty()) properties["text"] = std::move(article.text);
    Vertex v = graph_.addNode({std::string(labelOf(NodeKind::Article))}, std::move(properties), id);
    articles_.emplace(article.key, graph_.node(v).id);
    return v;
}

std::string NewsGraph::articleIdentity(std::string_view key) const {
    auto it = articles_.find(std::string(key));
    return it == articles_.end() ? "key " + std::string(key) : std::to_string(it->second);
}

NodeId NewsGraph::figureId(const std::vector<Mention>& mentions) const {
    // The first report: the mention of the earliest article (by date, then file name),
    // which articles added later rarely change.
    const Mention* first = nullptr;
    std::tuple<std::string, std::string, std::uint32_t, std::uint32_t> firstOrder;
    for (const auto& mention : mentions) {
        std::tuple<std::string, std::string, std::uint32_t, std::uint32_t> order{
            "", "", mention.begin, mention.end};
        if (auto article = findArticle(mention.source)) {
            const Value& date = graph_.node(*article).property("date");
            const Value& file = graph_.node(*article).property("file");
            std::get<0>(order) = date.isString() ? date.asString() : "~";  // undated last
            std::get<1>(order) = file.isString() ? file.asString() : "";
        }
        if (!first || order < firstOrder) first = &mention, firstOrder = order;
    }
    if (!first) return freeNodeId(graph_, stableId({"figure"}));
    return freeNodeId(graph_, stableId({"figure", articleIdentity(first->source),
                                        std::to_string(first->begin),
                                        std::to_string(first->end)}));
}

std::string NewsGraph::nodeIdentity(Vertex v) const {
    const NodeId id = graph_.node(v).id;
    auto it = entityIdentities_.find(id);
    return it == entityIdentities_.end() ? std::to_string(id) : it->second;
}

std::optional<NewsGraph::Vertex> NewsGraph::findArticle(std::string_view key) const {
    auto it = articles_.find(std::string(key));
    if (it == articles_.end()) return std::nullopt;
    return graph_.findNode(it->second);  // nullopt once the article was removed
}

std::optional<NewsGraph::Vertex> NewsGraph::findEntity(NodeKind kind,
                                                       std::string_view nameOrAlias) const {
    const std::string label(labelOf(kind));
    for (Vertex v : graph_.nodesNamed(nameOrAlias)) {
        if (graph_.node(v).hasLabel(label)) return v;
    }
    return std::nullopt;
}

void NewsGraph::addAlias(Vertex entity, std::string_view alias) {
    const NodeRecord& node = graph_.node(entity);
    const Value& name = node.property("name");
    if (alias.empty() || (name.isString() && name.asString() == alias)) return;
    const Value& existing = node.property("aliases");
    // Look before copying: most calls name an alias the entity has (every article of a
    // corpus names its entity's aliases again).
    if (existing.isList() &&
        std::any_of(existing.asList().begin(), existing.asList().end(), [&](const Value& a) {
            return a.isString() && a.asString() == alias;
        })) {
        return;
    }
    Value::List aliases = existing.isList() ? existing.asList() : Value::List{};
    aliases.emplace_back(std::string(alias));
    graph_.setProperty(entity, "aliases", std::move(aliases));
}

NewsGraph::Vertex NewsGraph::addEntity(const EntityInfo& entity) {
    // The name may match an existing name or alias; an alias only an existing *name*:
    // two people who share a short alias ("Kim") must not merge through it.
    std::optional<Vertex> existing = findEntity(entity.kind, entity.name);
    const std::string label(labelOf(entity.kind));
    for (std::size_t i = 0; !existing && i < entity.aliases.size(); ++i) {
        const std::string key = normaliseName(entity.aliases[i]);
        for (Vertex v : graph_.nodesNamed(entity.aliases[i])) {
            const Value& name = graph_.node(v).property("name");
            if (graph_.node(v).hasLabel(label) && name.isString() &&
                normaliseName(name.asString()) == key) {
                existing = v;
                break;
            }
        }
    }
    if (!existing) {
        PropertyMap properties;
        properties["name"] = entity.name;
        properties["aliases"] = stringList({});
        putIfSet(properties, "role", entity.role);
        // Entities are numbered in the order the build first meets them: corrections name
        // them by label and name, and the number says which was named first.
        const NodeId id = freeNodeId(graph_, nextEntityId_++);
        existing = graph_.addNode({label}, std::move(properties), id);
        entityIdentities_.emplace(id, label + '\n' + normaliseName(entity.name));
    } else if (const Value& name = graph_.node(*existing).property("name");
               name.isString() && entity.name.size() > name.asString().size() &&
               std::any_of(entity.aliases.begin(), entity.aliases.end(), [&](const auto& alias) {
                   return normaliseName(alias) == normaliseName(name.asString());
               })) {
        // The fuller form becomes the name ("NIS" -> "National Intelligence Service").
        std::string shorter = name.asString();
        graph_.setProperty(*existing, "name", entity.name);
        addAlias(*existing, shorter);
    } else {
        addAlias(*existing, entity.name);
        if (!entity.role.empty() && graph_.node(*existing).property("role").isNull()) {
            graph_.setProperty(*existing, "role", entity.role);
        }
    }
    for (const auto& alias : entity.aliases) addAlias(*existing, alias);
    for (const auto& mention : entity.mentions) graph_.addMention(*existing, mention);
    return *existing;
}

NewsGraph::Vertex NewsGraph::addFigure(const FigureInfo& figure) {
    PropertyMap properties = figure.extra;
    properties["value"] = figure.value;
    properties["low"] = figure.low;
    properties["high"] = figure.high;
    properties["qualifier"] = figure.qualifier;
    properties["measure"] = figure.measure;
    properties["subject"] = figure.subject;
    properties["when"] = figure.when;
    Vertex v = graph_.addNode({std::string(labelOf(NodeKind::Figure))}, std::move(properties),
                              figureId(figure.mentions));
    for (const auto& mention : figure.mentions) graph_.addMention(v, mention);
    return v;
}

bool NewsGraph::hasEdge(Vertex from, Vertex to, std::string_view type,
                        std::string_view article) const {
    const auto& g = graph_.adjacency();
    for (auto [it, end] = boost::out_edges(from, g); it != end; ++it) {
        if (boost::target(*it, g) != to || g[*it].type != type) continue;
        const Value& edgeArticle = g[*it].property("article");
        if (article.empty() || (edgeArticle.isString() && edgeArticle.asString() == article)) {
            return true;
        }
    }
    return false;
}

void NewsGraph::addMentions(Vertex article, Vertex target) {
    const std::string type(relTypeOf(EdgeKind::Mentions));
    if (!hasEdge(article, target, type, {})) addEdge(article, target, type, {});
}

namespace {

// The evidence as edge properties (docs/graph-json.md, "Evidence").
PropertyMap evidenceProperties(const EdgeEvidence& e) {
    PropertyMap p;
    if (!e.cue.empty()) p["cue"] = e.cue;
    if (!e.rule.empty()) p["rule"] = e.rule;
    if (e.sentenceEnd > e.sentenceBegin) {
        p["sentence_begin"] = static_cast<std::int64_t>(e.sentenceBegin);
        p["sentence_end"] = static_cast<std::int64_t>(e.sentenceEnd);
    }
    if (!e.olderArticle.empty()) {
        p["older_article"] = e.olderArticle;
        p["older_sentence_begin"] = static_cast<std::int64_t>(e.olderSentenceBegin);
        p["older_sentence_end"] = static_cast<std::int64_t>(e.olderSentenceEnd);
    }
    return p;
}

}  // namespace

namespace {

std::uint64_t readEdgeHash(std::size_t from, std::size_t to, std::string_view type,
                           std::string_view article) {
    std::uint64_t hash = std::hash<std::string_view>{}(article);
    for (std::uint64_t part : {std::uint64_t{from}, std::uint64_t{to},
                               std::uint64_t{std::hash<std::string_view>{}(type)}}) {
        hash = (hash ^ part) * 0x100000001b3ULL;
    }
    return hash;
}

}  // namespace

void NewsGraph::indexReadEdges() {
    readEdges_.clear();
    const auto& g = graph_.adjacency();
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const Value& article = g[*it].property("article");
        if (!article.isString()) continue;
        readEdges_.insert(readEdgeHash(boost::source(*it, g), boost::target(*it, g),
                                       g[*it].type, article.asString()));
    }
    readEdgesAt_ = graph_.edgeCount();
}

void NewsGraph::addEdge(Vertex from, Vertex to, const std::string& type, PropertyMap properties) {
    const bool current = readEdgesAt_ == graph_.edgeCount();
    const auto article = properties.find("article");
    if (current && article != properties.end() && article->second.isString()) {
        readEdges_.insert(readEdgeHash(from, to, type, article->second.asString()));
    }
    const std::string articleId = article != properties.end() && article->second.isString()
                                      ? articleIdentity(article->second.asString())
                                      : std::string();
    const EdgeId id = freeEdgeId(graph_, stableId({type, nodeIdentity(from), nodeIdentity(to),
                                                   articleId}));
    graph_.addEdge(from, to, type, std::move(properties), id);
    if (current) readEdgesAt_ = graph_.edgeCount();
}

void NewsGraph::addReadEdge(Vertex from, Vertex to, EdgeKind kind, std::string_view articleKey,
                            PropertyMap properties) {
    const std::string type(relTypeOf(kind));
    if (!articleKey.empty()) {
        if (readEdgesAt_ != graph_.edgeCount()) indexReadEdges();
        if (readEdges_.count(readEdgeHash(from, to, type, articleKey)) &&
            hasEdge(from, to, type, articleKey)) {
            return;
        }
        properties["article"] = std::string(articleKey);
    } else if (hasEdge(from, to, type, articleKey)) {
        return;
    }
    addEdge(from, to, type, std::move(properties));
}

void NewsGraph::addReportedBy(Vertex figure, Vertex reporter, const EdgeEvidence& evidence) {
    addReadEdge(figure, reporter, EdgeKind::ReportedBy, evidence.article,
                evidenceProperties(evidence));
}

void NewsGraph::addLocatedIn(Vertex figure, Vertex place, std::string_view articleKey) {
    addReadEdge(figure, place, EdgeKind::LocatedIn, articleKey);
}

void NewsGraph::addSupersedes(Vertex newer, Vertex older, const EdgeEvidence& evidence) {
    const std::string type(relTypeOf(EdgeKind::Supersedes));
    if (newer == older || hasEdge(newer, older, type, {})) return;
    PropertyMap properties = evidenceProperties(evidence);
    if (!evidence.article.empty()) properties["article"] = evidence.article;
    addEdge(newer, older, type, std::move(properties));
}

}  // namespace newsgraph::graph
