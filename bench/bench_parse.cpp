// Parse throughput on one core: synthesises a corpus of at least 50 MB by repeating the
// example articles (examples/articles) with varied names and numbers, then times the
// text layer and entity recognition per article (extractFacts), and the whole pipeline
// (extraction, resolution across articles, graph building) on its first WHOLE_MB
// megabytes (graph mentions are deduplicated per node by a linear scan, so the graph
// step grows with the square of one entity's mentions; see docs/extraction.md).
// Usage: bench_parse [MEGABYTES [WHOLE_MB]]   (default 50 and 5). Prints MB/s.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/peak_memory.h"
#include "graph/property_graph.h"
#include "parser/input/input_reader.h"
#include "parser/pipeline.h"

using namespace newsgraph;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

// The example articles, each repeated with a serial number woven into its people's
// names and its numbers, so that the corpus is not one article many times over.
std::vector<parser::Article> makeCorpus(std::size_t bytes) {
    parser::LoadReport report;
    const auto seeds = parser::readInputs({NEWSGRAPH_SOURCE_DIR "/examples/articles"}, report);
    std::vector<parser::Article> corpus;
    if (seeds.empty()) return corpus;
    std::size_t total = 0;
    for (std::size_t serial = 0; total < bytes; ++serial) {
        parser::Article article = seeds[serial % seeds.size()];
        article.file = std::to_string(serial) + "-" + article.file;
        article.text += "\n\nMP Jon Tester" + std::to_string(serial % 97) + " said " +
                        std::to_string(serial) + " people had been evacuated.\n";
        total += article.text.size();
        corpus.push_back(std::move(article));
    }
    return corpus;
}

}  // namespace

int main(int argc, char** argv) {
    const double megabytes = argc > 1 ? std::atof(argv[1]) : 50.0;
    const auto corpus = makeCorpus(static_cast<std::size_t>(megabytes * 1024 * 1024));
    if (corpus.empty()) {
        std::fprintf(stderr, "bench_parse: no example articles found\n");
        return 1;
    }
    std::size_t bytes = 0;
    for (const auto& a : corpus) bytes += a.text.size();
    const double mb = double(bytes) / (1024.0 * 1024.0);

    auto start = Clock::now();
    std::size_t entities = 0;
    for (const auto& article : corpus) entities += parser::extractFacts(article).entities.size();
    const double extract = seconds(start);
    std::printf("parse (text layer + entities): %zu articles, %.1f MB in %.2f s = %.1f MB/s, "
                "%zu entity facts\n",
                corpus.size(), mb, extract, mb / extract, entities);

    const double wholeLimit = (argc > 2 ? std::atof(argv[2]) : 5.0) * 1024 * 1024;
    std::vector<parser::Article> slice;
    std::size_t sliceBytes = 0;
    for (std::size_t i = 0; i < corpus.size() && double(sliceBytes) < wholeLimit; ++i) {
        slice.push_back(corpus[i]);
        sliceBytes += corpus[i].text.size();
    }
    start = Clock::now();
    graph::PropertyGraph graph;
    parser::addArticles(slice, graph);
    const double whole = seconds(start);
    const double sliceMb = double(sliceBytes) / (1024.0 * 1024.0);
    std::printf("whole pipeline (+ resolution + graph) on %.1f MB: %.2f s = %.1f MB/s, %zu nodes, "
                "%zu edges, peak memory %.0f MiB\n",
                sliceMb, whole, sliceMb / whole, graph.nodeCount(), graph.edgeCount(),
                bench::peakMemoryMiB());
    return 0;
}
