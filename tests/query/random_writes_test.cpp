// Random write scripts: after every statement, whether it succeeded or failed, the graph
// passes its own consistency check (graph_check.h: indexes agree with the nodes, no
// dangling edges), and a statement that failed left the graph exactly as it was.
#include <catch2/catch.hpp>
#include <random>

#include "graph/graph_check.h"
#include "tests/query/graph_dump.h"
#include "shell/query/error.h"
#include "shell/query/query_engine.h"

using namespace newsgraph;

namespace {

class ScriptMaker {
public:
    explicit ScriptMaker(unsigned seed) : rng_(seed) {}

    std::string statement() {
        switch (pick(12)) {
            case 0: return "CREATE (:" + label() + " {name: " + name() + ", k: " + number() + "})";
            case 1:
                return "MATCH (a:" + label() + "), (b:" + label() + ") WITH a, b LIMIT " + number() +
                       " CREATE (a)-[:" + type() + " {w: " + number() + "}]->(b)";
            case 2: return "MATCH (n:" + label() + ") SET n.name = " + name() + ", n.k = " + number();
            case 3: return "MATCH (n) WHERE n.k = " + number() + " SET n:" + label();
            case 4: return "MATCH (n:" + label() + ") REMOVE n:" + label() + ", n.name";
            case 5: return "MATCH (n) WHERE n.k = " + number() + " DETACH DELETE n";
            case 6: return "MATCH (n:" + label() + ") WHERE n.k < " + number() + " DELETE n";
            case 7: return "MATCH ()-[r:" + type() + "]->() WHERE r.w = " + number() + " DELETE r";
            case 8:
                return "MERGE (n:" + label() + " {name: " + name() + "}) ON CREATE SET n.k = " +
                       number() + " ON MATCH SET n.k = n.k + 1";
            case 9:
                return "MATCH (n:" + label() + ") SET n = {name: " + name() + ", aliases: [" +
                       name() + "]}";
            case 10:
                // Fails half-way on a zero: must change nothing.
                return "UNWIND [1, 0] AS x MATCH (n:" + label() + ") SET n.k = 10 / x CREATE (:" +
                       label() + ")";
            default:
                return "MATCH (a:" + label() + ")-[r]->(b) SET r.w = " + number() + " DELETE a";
        }
    }

private:
    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
    std::string label() { return std::string(1, "ABC"[pick(3)]); }
    std::string type() { return pick(2) ? "R" : "S"; }
    std::string number() { return std::to_string(pick(5)); }
    std::string name() {
        static const char* const kNames[] = {"'Port Authority'", "'the port authority'", "'P.A.'",
                                             "'Maria Lind'", "'Lind'", "null"};
        return kNames[pick(6)];
    }

    std::mt19937 rng_;
};

}  // namespace

TEST_CASE("Random writes: the graph stays consistent after every statement", "[query][writes]") {
    for (unsigned seed : {1u, 2u, 3u, 4u}) {
        graph::PropertyGraph g;
        query::QueryEngine engine(g);
        ScriptMaker maker(seed);
        int failed = 0;
        for (int i = 0; i < 250; ++i) {
            const std::string statement = maker.statement();
            const std::string before = testing::dumpGraph(g);
            bool ok = true;
            try {
                engine.run(statement);
            } catch (const query::Error&) {
                ok = false;
                ++failed;
            }
            INFO("seed " << seed << ", statement " << i << ": " << statement);
            auto problems = graph::indexProblems(g);
            CHECK(problems == std::vector<std::string>{});
            if (!ok) CHECK(testing::dumpGraph(g) == before);
            if (!problems.empty()) return;
        }
        CHECK(failed > 0);  // the script did exercise the rollback
    }
}
