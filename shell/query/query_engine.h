#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "graph/property_graph.h"
#include "shell/query/binder.h"
#include "shell/query/evaluator.h"
#include "shell/query/memory_meter.h"
#include "shell/query/query_result.h"

namespace newsgraph::query {

// The one place where the stages meet: text -> parser -> Binder -> Evaluator ->
// QueryResult. `EXPLAIN query` returns the plan (one column, `plan`) without running it.
// The engine borrows the graph, which must outlive it; CREATE changes the graph.
// How strict the engine is about names.
struct QueryOptions {
    // Refuse a label, relationship type or property key the graph lacks when it is close to
    // one it has, suggesting that one. Default: false (openCypher: unknown names match
    // nothing); the `query` subcommand turns it on.
    bool checkNames = false;
    // The most memory (bytes) a query may add while it runs; past it the query ends with
    // EvalError::memoryLimit. 0: no limit. Default: defaultMemoryLimit(), half of the
    // machine's memory (memory_meter.h).
    std::size_t memoryLimit = defaultMemoryLimit();
};

// The graph's names for QueryOptions::checkNames, which cost a scan of every node and
// relationship to gather. A caller that runs one engine per statement on one graph (the
// shell) keeps one cache for all of them; it is rebuilt when the graph's version() moves,
// and its holder clears it when it replaces the graph by another.
struct CatalogCache {
    NameCatalog catalog;
    std::uint64_t version = 0;  // the graph's version() it was built from
    bool built = false;

    void clear() { built = false; }
};

class QueryEngine {
public:
    explicit QueryEngine(graph::PropertyGraph& graph, QueryOptions options = {})
        : graph_(graph), options_(options), catalog_(&ownCatalog_) {}
    // Shares `catalog` (which must outlive the engine) with other engines on this graph.
    QueryEngine(graph::PropertyGraph& graph, QueryOptions options, CatalogCache& catalog)
        : graph_(graph), options_(options), catalog_(&catalog) {}

    // Runs one statement. Throws SyntaxError, BindError or EvalError (all query::Error),
    // whose location is a byte range in `text`. Runs on a helper thread with a large stack
    // (deep expressions recurse) and returns when it is done. Not thread-safe, except
    // cancel().
    QueryResult run(const std::string& text, const Parameters& parameters = {});

    // Asks the running query (from another thread or a signal handler) to stop; it then
    // throws EvalError::cancelled(). A cancel that comes while the statement is still being
    // parsed counts too; the flag is cleared when a run ends, however it ends.
    void cancel() { cancelled_.store(true); }

private:
    QueryResult runHere(const std::string& text, const Parameters& parameters);

    // The graph's names for QueryOptions::checkNames, rebuilt when the graph has changed.
    const NameCatalog& catalog();

    graph::PropertyGraph& graph_;
    QueryOptions options_;
    CatalogCache ownCatalog_;
    CatalogCache* catalog_;  // ownCatalog_, or one shared by the caller
    std::atomic<bool> cancelled_{false};
};

}  // namespace newsgraph::query
