#pragma once

#include <atomic>
#include <string>

#include "graph/property_graph.h"
#include "shell/query/evaluator.h"
#include "shell/query/query_result.h"

namespace newsgraph::query {

// The one place where the stages meet: text -> parser -> Binder -> Evaluator ->
// QueryResult. `EXPLAIN query` returns the plan (one column, `plan`) without running it.
// The engine borrows the graph, which must outlive it; CREATE changes the graph.
class QueryEngine {
public:
    explicit QueryEngine(graph::PropertyGraph& graph) : graph_(graph) {}

    // Runs one statement. Throws SyntaxError, BindError or EvalError (all query::Error),
    // whose location is a byte range in `text`. Not thread-safe, except cancel().
    QueryResult run(const std::string& text, const Parameters& parameters = {});

    // Asks the running query (from another thread or a signal handler) to stop; it then
    // throws EvalError::cancelled(). The flag is cleared at the start of each run.
    void cancel() { cancelled_.store(true); }

private:
    graph::PropertyGraph& graph_;
    std::atomic<bool> cancelled_{false};
};

}  // namespace newsgraph::query
