// libFuzzer target: the evaluator on a small fixed graph. Any text is run, writes
// included, on a fresh copy of the graph, with a memory budget and a time budget (a
// watchdog cancels a query that runs past it): it returns rows or throws query::Error,
// and nothing else may escape. After it, writes or not, the graph must pass its own
// consistency check (graph_check.h): a failure aborts, which the fuzzer reports.
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>

#include "graph/graph_check.h"
#include "graph/property_graph.h"
#include "shell/query/error.h"
#include "shell/query/query_engine.h"

using namespace newsgraph;

namespace {

constexpr std::size_t kMemoryBudget = 64u << 20;
constexpr auto kTimeBudget = std::chrono::milliseconds(500);

// Two reports of one toll, their sources, a place and an article: every kind of node and relationship
// a news graph has, with strings, numbers, lists and a null-free map of properties.
// Built anew for each input (a handful of nodes), since writes change it.
graph::PropertyGraph makeFixture() {
    graph::PropertyGraph out;
    {
        auto actor = out.addNode({"Actor"}, {{"name", graph::Value("Ana Ruiz")},
                                             {"aliases", graph::Value(graph::Value::List{graph::Value("Ruiz")})}});
        auto agency = out.addNode({"Agency"}, {{"name", graph::Value("Example Relief Union")}});
        auto place = out.addNode({"Place"}, {{"name", graph::Value("Northvale")}});
        auto older = out.addNode({"Figure"}, {{"value", graph::Value(std::int64_t{45})},
                                              {"measure", graph::Value("killed")},
                                              {"qualifier", graph::Value("at least")}});
        auto newer = out.addNode({"Figure"}, {{"value", graph::Value(std::int64_t{78})},
                                              {"measure", graph::Value("killed")},
                                              {"when", graph::Value("present")}});
        out.addEdge(older, agency, "REPORTED_BY");
        out.addEdge(newer, actor, "REPORTED_BY", {{"cue", graph::Value("said")}});
        out.addEdge(newer, older, "SUPERSEDES");
        out.addEdge(newer, place, "LOCATED_IN");
        // The article they were read in, with mentions, so that writes to articles
        // (deleting one, changing its key) are checked against the mention rule too.
        auto article = out.addNode({"Article"}, {{"key", graph::Value("a1")},
                                                 {"text", graph::Value("Ana Ruiz said 78 died.")}});
        out.addEdge(article, actor, "MENTIONS");
        out.addMention(actor, {"a1", 0, 8});
        out.addMention(newer, {"a1", 14, 22});
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    graph::PropertyGraph g = makeFixture();
    query::QueryOptions options;
    options.memoryLimit = kMemoryBudget;
    query::QueryEngine engine(g, options);
    std::mutex m;
    std::condition_variable done;
    bool finished = false;
    std::thread watchdog([&] {
        std::unique_lock<std::mutex> lock(m);
        if (!done.wait_for(lock, kTimeBudget, [&] { return finished; })) engine.cancel();
    });
    try {
        engine.run(text);
    } catch (const query::Error&) {
    }
    {
        std::lock_guard<std::mutex> lock(m);
        finished = true;
    }
    done.notify_one();
    watchdog.join();
    // (Not unwritableReason: a string of invalid UTF-8 is a value a save refuses with a
    // reason, not an inconsistency.)
    if (const auto problems = graph::indexProblems(g, 1); !problems.empty()) {
        std::fprintf(stderr, "inconsistent graph after the query: %s\n", problems.front().c_str());
        std::abort();
    }
    if (const auto problems = graph::mentionProblems(g, 1); !problems.empty()) {
        std::fprintf(stderr, "a mention lost its article: %s\n", problems.front().message.c_str());
        std::abort();
    }
    return 0;
}
