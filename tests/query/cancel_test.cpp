#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "graph/property_graph.h"
#include "shell/query/error.h"
#include "shell/query/query_engine.h"

using namespace newsgraph;

namespace {

// 16 million rows: far longer than any test waits, were the cancel ignored.
const char* kLongQuery =
    "UNWIND range(1, 4000) AS a UNWIND range(1, 4000) AS b WITH a, b WHERE a + b < 0 "
    "RETURN count(*)";

std::string cancelDetail(query::QueryEngine& engine, const char* text) {
    try {
        engine.run(text);
    } catch (const query::EvalError& error) {
        return error.tckDetail();
    }
    return "finished";
}

}  // namespace

TEST_CASE("QueryEngine: a cancel that comes before evaluation starts still stops the query",
          "[query]") {
    graph::PropertyGraph graph;
    query::QueryEngine engine(graph);
    engine.cancel();
    CHECK(cancelDetail(engine, "UNWIND range(1, 2000000) AS a RETURN count(*)") == "Cancelled");
    // The flag does not outlive the run it stopped.
    auto result = engine.run("UNWIND range(1, 3) AS a RETURN count(*) AS n");
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0][0].asInt() == 3);
}

TEST_CASE("QueryEngine: cancel from another thread stops a query inside one UNWIND row",
          "[query]") {
    graph::PropertyGraph graph;
    query::QueryEngine engine(graph);
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        engine.cancel();
    });
    std::string detail = cancelDetail(engine, kLongQuery);
    canceller.join();
    CHECK(detail == "Cancelled");
}

TEST_CASE("QueryEngine: one list too big for the memory budget ends with the budget's error",
          "[query][memory]") {
    graph::PropertyGraph graph;
    query::QueryOptions options;
    options.memoryLimit = std::size_t{64} << 20;
    query::QueryEngine engine(graph, options);
    // Nine million items are under range()'s own cap, and need far more than 64 MB.
    CHECK(cancelDetail(engine, "RETURN range(-9000000, 5) AS e") == "MemoryLimitExceeded");
    auto result = engine.run("RETURN size(range(1, 1000)) AS n");
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0][0].asInt() == 1000);
}
