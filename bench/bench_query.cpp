// Query latencies on a synthetic news-shaped graph: lookup by name, one hop, two hops, a
// variable-length path, an aggregation over all figures. Prints the median of several
// runs of each. Usage: bench_query [NODES] [--csv DIR] [--query CYPHER]... (default
// 1,000,000 nodes; about 2.25 relationships per figure). --query times more queries
// after the set. --csv also writes the graph as CSV files and the queries as queries.tsv
// into DIR, for bench/compare_kuzu.sh to load the same graph into Kùzu and time the same
// queries there.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <fstream>
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

// The graph as Kùzu reads it: one CSV per label (id = the newsgraph node id, so that
// `id(f) = N` here is `f.id = N` there) and one per relationship type and label pair.
bool writeCsv(const graph::PropertyGraph& g, const std::string& dir) {
    const std::string kinds[] = {"Actor", "Agency", "Place", "Figure"};
    std::ofstream nodes[4];
    for (int k = 0; k < 4; ++k) {
        nodes[k].open(dir + "/" + kinds[k] + ".csv");
        if (!nodes[k]) return false;
    }
    for (graph::PropertyGraph::Vertex v = 0; v < g.nodeCount(); ++v) {
        const graph::NodeRecord& n = g.node(v);
        const auto k = std::find(std::begin(kinds), std::end(kinds), n.labels.at(0)) - std::begin(kinds);
        if (k == 3) {
            nodes[3] << n.id << ',' << n.property("value").toDisplayString() << ','
                     << n.property("qualifier").toDisplayString() << ','
                     << n.property("measure").toDisplayString() << '\n';
        } else {
            nodes[k] << n.id << ',' << n.property("name").toDisplayString() << '\n';
        }
    }
    std::map<std::string, std::ofstream> rels;
    for (auto e : g.edges()) {
        const graph::NodeRecord& from = g.node(g.source(e));
        const graph::NodeRecord& to = g.node(g.target(e));
        const std::string file = g.edge(e).type + "_" + from.labels.at(0) + "_" + to.labels.at(0);
        auto& out = rels[file];
        if (!out.is_open()) out.open(dir + "/" + file + ".csv");
        out << from.id << ',' << to.id << '\n';
    }
    for (auto& [file, out] : rels) {
        if (!out) return false;
    }
    return static_cast<bool>(nodes[0] && nodes[1] && nodes[2] && nodes[3]);
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
    std::size_t nodes = 1'000'000;
    std::string csvDir;
    std::vector<std::string> extra;  // --query CYPHER: more queries to time, after the set
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--csv") == 0 && i + 1 < argc) {
            csvDir = argv[++i];
        } else if (std::strcmp(argv[i], "--query") == 0 && i + 1 < argc) {
            extra.emplace_back(argv[++i]);
        } else {
            nodes = std::strtoull(argv[i], nullptr, 10);
        }
    }
    auto buildStart = std::chrono::steady_clock::now();
    graph::PropertyGraph g = makeGraph(nodes);
    double buildSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - buildStart).count();
    std::printf("graph: %zu nodes, %zu relationships (built in %.1f s)\n", g.nodeCount(),
                g.edgeCount(), buildSeconds);
    query::QueryEngine engine(g);
    std::vector<std::pair<std::string, std::string>> queries = {
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
    for (const auto& text : extra) queries.emplace_back(text.substr(0, 30), text);
    if (!csvDir.empty()) {
        if (!writeCsv(g, csvDir)) {
            std::fprintf(stderr, "bench_query: cannot write CSV files in %s\n", csvDir.c_str());
            return 1;
        }
        // The same queries in Kùzu's dialect: a node's id is its `id` property there.
        std::ofstream tsv(csvDir + "/queries.tsv");
        for (const auto& [name, text] : queries) {
            std::string kuzu = text;
            const auto at = kuzu.find("id(f)");
            if (at != std::string::npos) kuzu.replace(at, 5, "f.id");
            tsv << name << '\t' << kuzu << '\n';
        }
    }
    std::printf("%-30s %12s %8s\n", "query", "median ms", "rows");
    for (const auto& [name, text] : queries) {
        try {
            std::size_t rows = 0;
            double ms = medianMillis(engine, text, rows);
            std::printf("%-30s %12.3f %8zu\n", name.c_str(), ms, rows);
        } catch (const query::Error& e) {
            std::printf("%-30s failed: %s\n", name.c_str(), e.message().c_str());
            return 1;
        }
    }
    return 0;
}
