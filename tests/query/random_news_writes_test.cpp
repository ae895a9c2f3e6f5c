// Random write scripts on a small news graph (articles, entities and figures with their
// mentions): after every statement, whether it succeeded or failed, the graph passes its
// own consistency check and can still be saved (no mention names an article the graph no
// longer holds: graph_check.h), and a statement that failed left it as it was. Seeded
// and bounded: a few hundred statements, well under a second. Long runs: bench/fuzz.sh.
#include <catch2/catch.hpp>
#include <random>

#include "graph/graph_check.h"
#include "graph/news_graph.h"
#include "shell/query/error.h"
#include "shell/query/query_engine.h"
#include "tests/query/graph_dump.h"

using namespace newsgraph;

namespace {

// Two articles naming one agency and one person, a figure stated in both, an older
// estimate it supersedes.
void buildNewsFixture(graph::PropertyGraph& g) {
    graph::NewsGraph news(g);
    const std::string text1 = "The Relief Union said 45 people died, Ana Ruiz said.";
    const std::string text2 = "The Relief Union now says 78 people died.";
    auto a1 = news.addArticle({"a1", "one.txt", "One", "2025-01-02", "", "", text1});
    auto a2 = news.addArticle({"a2", "two.txt", "Two", "2025-01-03", "", "", text2});
    auto agency = news.addEntity({graph::NodeKind::Agency,
                                  "Relief Union",
                                  {"the Union"},
                                  "",
                                  {{"a1", 4, 16}, {"a2", 4, 16}}});
    auto actor = news.addEntity({graph::NodeKind::Actor, "Ana Ruiz", {}, "", {{"a1", 38, 46}}});
    news.addMentions(a1, agency);
    news.addMentions(a2, agency);
    news.addMentions(a1, actor);
    graph::FigureInfo older{graph::Value(std::int64_t{45}),
                            {},
                            {},
                            "exact",
                            "killed",
                            "people",
                            "present",
                            {},
                            {{"a1", 22, 36}}};
    graph::FigureInfo newer{graph::Value(std::int64_t{78}),
                            {},
                            {},
                            "exact",
                            "killed",
                            "people",
                            "present",
                            {{"as_of", graph::Value("2025-01-03")}},
                            {{"a2", 26, 40}}};
    auto f1 = news.addFigure(older);
    auto f2 = news.addFigure(newer);
    news.addReportedBy(f1, agency, {"said", "subject before the cue", "a1", 0, 52});
    news.addReportedBy(f2, agency, {"says", "subject before the cue", "a2", 0, 41});
    news.addSupersedes(f2, f1);
}

class NewsScriptMaker {
  public:
    explicit NewsScriptMaker(unsigned seed) : rng_(seed) {}

    std::string statement() {
        switch (pick(12)) {
            case 0:
                return "MATCH (a:Article {key: " + key() + "}) DETACH DELETE a";
            case 1:
                return "MATCH (a:Article {key: " + key() + "}) SET a.key = " + key();
            case 2:
                return "MATCH (a:Article) WHERE a.key = " + key() + " REMOVE a:Article";
            case 3:
                return "MATCH (a:Article {key: " + key() + "}) SET a.text = 'short'";
            case 4:
                return "MATCH (a:Article {key: " + key() + "}) REMOVE a.key";
            case 5:
                return "MATCH (dup:Agency), (keep:Actor) SET keep.aliases = keep.aliases + "
                       "dup.name "
                       "DETACH DELETE dup";
            case 6:
                return "MATCH ()-[r:SUPERSEDES]->() DELETE r";
            case 7:
                return "MATCH (f:Figure {value: " + value() +
                       "}) SET f.reviewed = true, f.value = " + value();
            case 8:
                return "MATCH (f:Figure) WHERE f.value = " + value() + " DETACH DELETE f";
            case 9:
                return "MERGE (a:Article {key: " + key() + "}) ON CREATE SET a.text = 'new text'";
            case 10:
                return "MATCH (n) WHERE id(n) % 3 = " + std::to_string(pick(3)) +
                       " SET n = {name: 'x'}";
            default:
                return "MATCH (x:Article)-[m:MENTIONS]->(e) CREATE (x)-[:MENTIONS]->(e) DELETE m";
        }
    }

  private:
    std::size_t pick(std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_);
    }
    std::string key() { return std::string("'a") + "123"[pick(3)] + "'"; }
    std::string value() { return pick(2) ? "45" : "78"; }

    std::mt19937 rng_;
};

std::size_t mentionCount(const graph::PropertyGraph& g) {
    std::size_t n = 0;
    for (std::size_t v = 0; v < g.nodeCount(); ++v) n += g.node(v).mentions.size();
    return n;
}

}  // namespace

TEST_CASE("Random writes on a news graph: consistent and savable after every statement",
          "[query][writes]") {
    for (unsigned seed : {11u, 12u, 13u, 14u, 15u, 16u}) {
        graph::PropertyGraph g;
        buildNewsFixture(g);
        REQUIRE(graph::indexProblems(g).empty());
        REQUIRE(!graph::unwritableReason(g));
        query::QueryEngine engine(g);
        NewsScriptMaker maker(seed);
        int failed = 0;
        for (int i = 0; i < 60; ++i) {
            const std::string statement = maker.statement();
            const std::string before = testing::dumpGraph(g);
            const std::size_t mentionsBefore = mentionCount(g);
            bool ok = true;
            try {
                engine.run(statement);
            } catch (const query::Error&) {
                ok = false;
                ++failed;
            }
            INFO("seed " << seed << ", statement " << i << ": " << statement);
            const auto problems = graph::indexProblems(g);
            CHECK(problems == std::vector<std::string>{});
            const auto unwritable = graph::unwritableReason(g);
            CHECK(unwritable.value_or("") == "");
            if (!ok) {
                CHECK(testing::dumpGraph(g) == before);
                CHECK(mentionCount(g) == mentionsBefore);
            }
            if (!problems.empty() || unwritable) return;
        }
        CHECK(failed > 0);  // the script did try to orphan a mention, and was refused
    }
}

TEST_CASE("Deleting an article takes its mentions with it", "[query][writes]") {
    graph::PropertyGraph g;
    buildNewsFixture(g);
    query::QueryEngine engine(g);
    engine.run("MATCH (a:Article {key: 'a1'}) DETACH DELETE a");
    for (std::size_t v = 0; v < g.nodeCount(); ++v) {
        for (const auto& m : g.node(v).mentions) CHECK(m.source == "a2");
    }
    CHECK(mentionCount(g) == 2);  // the agency's and the newer figure's, in a2
    CHECK(!graph::unwritableReason(g));
}

TEST_CASE("Renaming an article's key is refused while mentions name it", "[query][writes]") {
    graph::PropertyGraph g;
    buildNewsFixture(g);
    query::QueryEngine engine(g);
    const std::string before = testing::dumpGraph(g);
    try {
        engine.run("MATCH (a:Article {key: 'a1'}) SET a.key = 'a9'");
        FAIL("the statement should have been refused");
    } catch (const query::EvalError& error) {
        CHECK(std::string(error.message()).find("would leave a mention without its article") !=
              std::string::npos);
    }
    CHECK(testing::dumpGraph(g) == before);
}
