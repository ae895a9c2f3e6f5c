#include "parser/figure_writer.h"

#include <map>

#include "parser/claims/claim_key.h"

namespace newsgraph::parser {

namespace {

using graph::NodeKind;

// The claim's node fields: the most common qualifier among its statements (ties: the
// first), and a named time ("April") over "present" when one statement dates it.
graph::FigureInfo figureInfo(const Claim& claim, const std::vector<ArticleFacts>& articles,
                             const std::vector<std::string>& keys) {
    const Statement& first = claim.statements.front();
    const FigureFact& rep = articles[first.article].figures[first.figure];
    graph::FigureInfo info;
    info.value = rep.value;
    info.low = rep.low;
    info.high = rep.high;
    info.measure = rep.measure;
    info.subject = rep.subject;
    info.when = rep.when;
    std::map<std::string, int> votes;
    int best = 0;
    for (const auto& s : claim.statements) {
        const FigureFact& f = articles[s.article].figures[s.figure];
        if (++votes[f.qualifier] > best) {
            best = votes[f.qualifier];
            info.qualifier = f.qualifier;
        }
        if (info.when == "present" && f.when != "present") info.when = f.when;
        for (const auto& span : f.mentions) {
            info.mentions.push_back({keys[s.article], span.begin, span.end});
        }
    }
    auto put = [&](const char* key, const std::string& value) {
        if (!value.empty()) info.extra[key] = value;
    };
    put("as_of", timePointOf(rep, articles[first.article].article.date).date);
    put("when_begin", rep.whenBegin);
    put("when_end", rep.whenEnd);
    put("sentence", rep.sentence);
    put("previous_cue", rep.previousCue);
    put("part", rep.part);
    put("cause", rep.cause);
    if (rep.increment) info.extra["increment"] = true;
    if (rep.oneDay) info.extra["one_day"] = true;
    if (rep.speculative) info.extra["speculative"] = true;
    if (!rep.utility.empty()) info.extra["utility"] = rep.utility;
    if (!rep.setting.empty()) info.extra["setting"] = rep.setting;
    info.extra["statements"] = static_cast<std::int64_t>(claim.statements.size());
    // Every statement keeps its own sentence, article and qualifier: a claim stated as
    // "approximately 600" in one article and "at least 600" in another says both.
    graph::Value::List sentences;
    for (const auto& s : claim.statements) {
        const FigureFact& f = articles[s.article].figures[s.figure];
        graph::Value::Map statement;
        statement["article"] = keys[s.article];
        statement["begin"] = static_cast<std::int64_t>(f.sentenceSpan.begin);
        statement["end"] = static_cast<std::int64_t>(f.sentenceSpan.end);
        statement["sentence"] = f.sentence;
        statement["qualifier"] = f.qualifier;
        statement["when"] = f.when;
        sentences.emplace_back(std::move(statement));
    }
    info.extra["sentences"] = graph::Value(std::move(sentences));
    return info;
}

std::optional<graph::NewsGraph::Vertex> reporterVertex(const graph::NewsGraph& news,
                                                       const std::string& name) {
    if (auto v = news.findEntity(NodeKind::Agency, name)) return v;
    return news.findEntity(NodeKind::Actor, name);
}

}  // namespace

void writeFigures(graph::NewsGraph& news, const std::vector<ArticleFacts>& articles,
                  const std::vector<std::string>& keys,
                  const std::vector<EntityVertices>& entities, const std::vector<Claim>& claims,
                  const std::vector<SupersedesEdge>& supersedes) {
    std::vector<graph::NewsGraph::Vertex> nodes;
    for (const auto& claim : claims) {
        const auto figure = news.addFigure(figureInfo(claim, articles, keys));
        nodes.push_back(figure);
        for (const auto& s : claim.statements) {
            if (auto article = news.findArticle(keys[s.article])) {
                news.addMentions(*article, figure);
            }
            const std::string& place = articles[s.article].figures[s.figure].place;
            if (!place.empty()) {
                const auto& known = entities[s.article];
                if (auto it = known.find(place); it != known.end()) {
                    news.addLocatedIn(figure, it->second, keys[s.article]);
                } else if (auto v = news.findEntity(NodeKind::Place, place)) {
                    news.addLocatedIn(figure, *v, keys[s.article]);
                }
            }
            for (const auto& reporter : articles[s.article].figures[s.figure].reporters) {
                const graph::EdgeEvidence evidence{reporter.cue,          reporter.rule,
                                                   keys[s.article],       reporter.sentence.begin,
                                                   reporter.sentence.end, {},
                                                   0,                     0};
                const auto& known = entities[s.article];
                if (auto it = known.find(reporter.name); it != known.end()) {
                    news.addReportedBy(figure, it->second, evidence);
                } else if (auto vertex = reporterVertex(news, reporter.name)) {
                    news.addReportedBy(figure, *vertex, evidence);
                }
            }
        }
    }
    for (const auto& edge : supersedes) {
        const Statement& n = claims[edge.newer].statements.front();
        const Statement& o = claims[edge.older].statements.front();
        const FigureFact& newer = articles[n.article].figures[n.figure];
        const FigureFact& older = articles[o.article].figures[o.figure];
        graph::EdgeEvidence evidence;
        evidence.rule = edge.rule;
        evidence.article = keys[n.article];
        evidence.sentenceBegin = newer.sentenceSpan.begin;
        evidence.sentenceEnd = newer.sentenceSpan.end;
        evidence.olderArticle = keys[o.article];
        evidence.olderSentenceBegin = older.sentenceSpan.begin;
        evidence.olderSentenceEnd = older.sentenceSpan.end;
        news.addSupersedes(nodes[edge.newer], nodes[edge.older], evidence);
    }
}

}  // namespace newsgraph::parser
