// Query latencies on a synthetic news-shaped graph: lookup by name, one hop, two hops, a
// variable-length path, an aggregation over all figures. Prints the median of several
// runs of each. Usage: bench_query [NODES]  (default 1,000,000; 3 relationships per figure)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "shell/query/error.h"
#include "shell/query/query_engine.h"

using namespace newsgraph;

namespace {

// A quarter each of actors, agencies, places and figures; each figure is REPORTED_BY a
// source, MENTIONS a place, and SUPERSEDES an earlier figure one time in four.
graph::PropertyGraph makeGraph(std::size_t nodes) {
    graph::PropertyGraph g;
    std::mt19937_64 random(7);
    const char* kinds[] = {"Actor", "Agency", "Place", "Figure"};
    const char* measures[] = {"killed", "wounded", "deployed", "missing"};
    std::vector<graph::PropertyGraph::Vertex> byKind[4];
    for (std::size_t i = 0; i < nodes; ++i) {
        std::size_t kind = i % 4;
        graph::PropertyMap p;
        if (kind == 3) {
            p["value"] = graph::Value(static_cast<std::int64_t>(random() % 100000));
            p["qualifier"] = graph::Value("approximately");
            p["measure"] = graph::Value(measures[random() % 4]);
        } else {
            p["name"] = graph::Value(std::string(kinds[kind]) + " " + std::to_string(i));
        }
        byKind[kind].push_back(g.addNode({kinds[kind]}, std::move(p)));
    }
    for (std::size_t f = 0; f < byKind[3].size(); ++f) {
        auto figure = byKind[3][f];
        // The first thousand figures share one source, so that its hops have rows.
        auto source = f < 1000 ? byKind[1][0] : byKind[random() % 2][random() % byKind[0].size()];
        g.addEdge(figure, source, "REPORTED_BY");
        g.addEdge(figure, byKind[2][random() % byKind[2].size()], "MENTIONS");
        if (f > 0 && f % 4 == 0) g.addEdge(figure, byKind[3][f - 1 - random() % std::min<std::size_t>(f, 8)], "SUPERSEDES");
    }
    return g;
}

double medianMillis(query::QueryEngine& engine, const std::string& text, std::size_t& rows) {
    std::vector<double> times;
    for (int run = 0; run < 5; ++run) {
        auto start = std::chrono::steady_clock::now();
        auto result = engine.run(text);
        auto end = std::chrono::steady_clock::now();
        rows = result.rows.size();
        times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t nodes = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    auto buildStart = std::chrono::steady_clock::now();
    graph::PropertyGraph g = makeGraph(nodes);
    double buildSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - buildStart).count();
    std::printf("graph: %zu nodes, %zu relationships (built in %.1f s)\n", g.nodeCount(),
                g.edgeCount(), buildSeconds);
    query::QueryEngine engine(g);
    const std::pair<const char*, std::string> queries[] = {
        {"lookup by name", "MATCH (a:Actor {name: 'Actor 400000'}) RETURN a.name"},
        {"lookup by name in WHERE", "MATCH (a:Actor) WHERE a.name = 'Actor 400000' RETURN a.name"},
        {"one hop", "MATCH (s:Agency {name: 'Agency 1'})<-[:REPORTED_BY]-(f) RETURN count(f)"},
        {"two hops",
         "MATCH (s:Agency {name: 'Agency 1'})<-[:REPORTED_BY]-(f)-[:MENTIONS]->(p) "
         "RETURN p.name, count(*)"},
        {"variable-length path",
         "MATCH (f:Figure)-[:SUPERSEDES*1..4]->(g) WHERE id(f) = 800000 RETURN count(g)"},
        {"aggregation over all figures",
         "MATCH (f:Figure) RETURN f.measure, count(*), avg(f.value), max(f.value)"},
        {"count by label", "MATCH (f:Figure) RETURN count(*)"},
        {"count of all nodes", "MATCH (n) RETURN count(n)"},
        {"top 10 by value", "MATCH (f:Figure) RETURN f.value ORDER BY f.value DESC LIMIT 10"},
        {"top 10 after 100, by value",
         "MATCH (f:Figure) RETURN f.value ORDER BY f.value DESC SKIP 100 LIMIT 10"},
    };
    std::printf("%-30s %12s %8s\n", "query", "median ms", "rows");
    for (const auto& [name, text] : queries) {
        try {
            std::size_t rows = 0;
            double ms = medianMillis(engine, text, rows);
            std::printf("%-30s %12.3f %8zu\n", name, ms, rows);
        } catch (const query::Error& e) {
            std::printf("%-30s failed: %s\n", name, e.message().c_str());
            return 1;
        }
    }
    return 0;
}
