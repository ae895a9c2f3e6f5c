#include "graph/news_graph.h"

#include <catch2/catch.hpp>

using namespace newsgraph::graph;

TEST_CASE("NewsGraph: adding an entity that exists merges into it", "[graph]") {
    PropertyGraph g;
    NewsGraph news(g);
    auto nis = news.addEntity({NodeKind::Agency, "National Intelligence Service", {"NIS"}, "",
                               {{"a1", 10, 39}}});
    auto again = news.addEntity({NodeKind::Agency, "NIS", {"South Korea's spy agency"}, "",
                                 {{"a2", 0, 3}}});
    CHECK(again == nis);
    CHECK(g.nodeCount() == 1);
    const NodeRecord& node = g.node(nis);
    CHECK(node.property("name") == Value("National Intelligence Service"));
    CHECK(node.property("aliases") ==
          Value(Value::List{Value("NIS"), Value("South Korea's spy agency")}));
    CHECK(node.mentions.size() == 2);
    CHECK(news.findEntity(NodeKind::Agency, "south korea\u2019s spy agency") == nis);
}

TEST_CASE("NewsGraph: people who share a short alias do not merge", "[graph]") {
    PropertyGraph g;
    NewsGraph news(g);
    auto leader = news.addEntity({NodeKind::Actor, "Kim Jong Un", {"Kim"}, "", {}});
    auto lawmaker = news.addEntity({NodeKind::Actor, "Kim Byung-kee", {"Kim"}, "", {}});
    CHECK(leader != lawmaker);
    // An alias that is an existing entity's name does merge.
    auto agency = news.addEntity({NodeKind::Agency, "NIS", {}, "", {}});
    auto full = news.addEntity({NodeKind::Agency, "National Intelligence Service", {"NIS"}, "", {}});
    CHECK(agency == full);
    CHECK(g.node(full).property("name") == Value("National Intelligence Service"));
    CHECK(g.node(full).property("aliases") == Value(Value::List{Value("NIS")}));
}

TEST_CASE("NewsGraph: entities of different kinds with one name stay apart", "[graph]") {
    PropertyGraph g;
    NewsGraph news(g);
    auto place = news.addEntity({NodeKind::Place, "Georgia", {}, "", {}});
    auto person = news.addEntity({NodeKind::Actor, "Georgia", {}, "", {}});
    CHECK(place != person);
    CHECK(g.node(person).hasLabel("Actor"));
}

TEST_CASE("NewsGraph: figures, articles and edges get domain labels and types", "[graph]") {
    PropertyGraph g;
    NewsGraph news(g);
    auto article = news.addArticle({"a1", "one.txt", "T", "2025-01-02", "", "", "text"});
    CHECK(news.addArticle({"a1", "other.txt", "", "", "", "", ""}) == article);
    auto agency = news.addEntity({NodeKind::Agency, "Joint Chiefs of Staff", {}, "", {}});
    FigureInfo info;
    info.value = Value(1000);
    info.qualifier = "at least";
    info.measure = "casualties";
    auto figure = news.addFigure(info);
    EdgeEvidence evidence{"said", "subject before the cue", "a1", 0, 4, {}, 0, 0};
    news.addReportedBy(figure, agency, evidence);
    news.addReportedBy(figure, agency, evidence);  // once
    evidence.article = "a2";
    news.addReportedBy(figure, agency, evidence);  // another article: another edge
    news.addMentions(article, figure);
    news.addMentions(article, figure);
    news.addSupersedes(figure, figure);  // never to itself
    CHECK(g.edgeCount() == 3);
    // The evidence is kept on the edge.
    for (const auto& edge : g.edges()) {
        if (g.edge(edge).type != "REPORTED_BY") continue;
        CHECK(g.edge(edge).property("cue").asString() == "said");
        CHECK(g.edge(edge).property("sentence_end").asInt() == 4);
    }
    CHECK(g.node(figure).hasLabel("Figure"));
    CHECK(g.node(figure).property("low").isNull());
    CHECK(g.relationshipTypes() == std::vector<std::string>{"MENTIONS", "REPORTED_BY"});
    NewsGraph reopened(g);
    CHECK(reopened.findArticle("a1") == article);
}

namespace {

// The id of the one REPORTED_BY edge of a graph with one article, the given entities
// added first, then a figure reported by the last of them.
EdgeId reportedByEdgeId(const std::vector<std::string>& agencies) {
    PropertyGraph g;
    NewsGraph news(g);
    news.addArticle({"a1", "one.txt", "", "2025-01-02", "", "", "Forty died, the ministry said."});
    NewsGraph::Vertex reporter{};
    for (const auto& name : agencies) reporter = news.addEntity({NodeKind::Agency, name, {}, "", {}});
    FigureInfo info;
    info.value = Value(40);
    info.measure = "killed";
    info.mentions = {{"a1", 0, 5}};
    auto figure = news.addFigure(info);
    news.addReportedBy(figure, reporter, {"said", "rule", "a1", 0, 30, {}, 0, 0});
    for (const auto& edge : g.edges()) {
        if (g.edge(edge).type == "REPORTED_BY") return g.edge(edge).id;
    }
    return 0;
}

}  // namespace

TEST_CASE("NewsGraph: entities are numbered in the order they are first added", "[graph]") {
    PropertyGraph g;
    NewsGraph news(g);
    news.addArticle({"a1", "one.txt", "", "", "", "", "text"});
    auto first = news.addEntity({NodeKind::Agency, "Civil Defence", {}, "", {}});
    auto second = news.addEntity({NodeKind::Actor, "Ana Ruiz", {}, "", {}});
    CHECK(g.node(first).id == 1);
    CHECK(g.node(second).id == 2);
    CHECK(news.addEntity({NodeKind::Agency, "Civil Defence", {}, "", {}}) == first);
}

TEST_CASE("NewsGraph: an edge's id does not follow the numbering of its entity", "[graph]") {
    const EdgeId alone = reportedByEdgeId({"Health Ministry"});
    CHECK(alone != 0);
    CHECK(reportedByEdgeId({"Red Cross", "Civil Defence", "Health Ministry"}) == alone);
    CHECK(reportedByEdgeId({"Civil Defence"}) != alone);
}
