// Writes and reads graph.json for a synthetic news-shaped graph and prints seconds and
// peak memory. Usage: bench_graph_json [NODES [EDGES]]  (default 1,000,000 / 3,000,000).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>

#include "bench/peak_memory.h"
#include "graph/graph_json.h"
#include "graph/news_graph.h"

using namespace newsgraph;
using namespace newsgraph::graph;

namespace {

PropertyGraph makeGraph(std::size_t nodes, std::size_t edges) {
    PropertyGraph g;
    std::mt19937_64 random(42);
    const char* kinds[] = {"Actor", "Agency", "Place", "Figure"};
    const char* measures[] = {"killed", "wounded", "deployed", "missing"};
    for (std::size_t i = 0; i < nodes; ++i) {
        const char* kind = kinds[i % 4];
        PropertyMap properties;
        if (i % 4 == 3) {
            properties["value"] = Value(static_cast<std::int64_t>(random() % 100000));
            properties["low"] = Value();
            properties["high"] = Value();
            properties["qualifier"] = Value("approximately");
            properties["measure"] = Value(measures[random() % 4]);
            properties["subject"] = Value("soldiers");
            properties["when"] = Value("present");
        } else {
            properties["name"] = Value(std::string(kind) + " " + std::to_string(i));
            properties["aliases"] = Value(Value::List{});
        }
        auto v = g.addNode({kind}, std::move(properties));
        g.addMention(v, Mention{"a" + std::to_string(i % 5000), static_cast<std::uint32_t>(i % 4000),
                                static_cast<std::uint32_t>(i % 4000 + 12)});
    }
    const char* types[] = {"REPORTED_BY", "SUPERSEDES", "MENTIONS"};
    for (std::size_t i = 0; i < edges; ++i) {
        auto from = random() % nodes, to = random() % nodes;
        g.addEdge(from, to, types[i % 3], {});
    }
    return g;
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t nodes = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
    const std::size_t edges = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 3000000;
    const auto path = (std::filesystem::temp_directory_path() / "newsgraph-bench.json").string();

    auto start = std::chrono::steady_clock::now();
    PropertyGraph graph = makeGraph(nodes, edges);
    std::printf("build in memory: %zu nodes, %zu edges in %.2f s, peak %.0f MiB\n",
                graph.nodeCount(), graph.edgeCount(), bench::secondsSince(start),
                bench::peakMemoryMiB());

    start = std::chrono::steady_clock::now();
    if (Status status = saveGraphJson(graph, path); !status) {
        std::fprintf(stderr, "%s\n", status.message().c_str());
        return 1;
    }
    double writeSeconds = bench::secondsSince(start);
    auto bytes = std::filesystem::file_size(path);
    std::printf("write graph.json: %.2f s, %.1f MB (%.1f MB/s), peak %.0f MiB\n", writeSeconds,
                bytes / 1e6, bytes / 1e6 / writeSeconds, bench::peakMemoryMiB());
    graph = PropertyGraph();

    start = std::chrono::steady_clock::now();
    PropertyGraph loaded;
    if (Status status = loadGraphJson(path, loaded); !status) {
        std::fprintf(stderr, "%s\n", status.message().c_str());
        return 1;
    }
    double readSeconds = bench::secondsSince(start);
    std::printf("read graph.json:  %.2f s, %.1f MB/s, %zu nodes, %zu edges, peak %.0f MiB\n",
                readSeconds, bytes / 1e6 / readSeconds, loaded.nodeCount(), loaded.edgeCount(),
                bench::peakMemoryMiB());
    std::filesystem::remove(path);
    return 0;
}
