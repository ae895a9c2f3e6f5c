#include "shell/query/query_engine.h"

#include <pthread.h>

#include <exception>
#include <functional>
#include <set>

#include "graph/news_schema.h"
#include "shell/query/binder.h"
#include "shell/query/error.h"
#include "shell/query/memory_meter.h"
#include "shell/query/parser.h"
#include "shell/query/plan.h"

namespace newsgraph::query {

namespace {

// Parsing, binding and evaluation recurse over the syntax tree; a deep expression (a long
// chain of `+`, say) must not overflow the caller's stack, so each run gets its own.
constexpr std::size_t kStackBytes = std::size_t{1} << 30;  // reserved, touched only as used

struct Job {
    std::function<void()> work;
    std::exception_ptr failure;
};

extern "C" void* runJob(void* arg) {
    auto* job = static_cast<Job*>(arg);
    try {
        job->work();
    } catch (...) {
        job->failure = std::current_exception();
    }
    return nullptr;
}

// Runs `work` on a thread with a kStackBytes stack (or here, if that cannot be made) and
// rethrows what it threw.
void runWithLargeStack(std::function<void()> work) {
    Job job{std::move(work), nullptr};
    pthread_attr_t attributes;
    pthread_t thread;
    bool started = pthread_attr_init(&attributes) == 0 &&
                   pthread_attr_setstacksize(&attributes, kStackBytes) == 0 &&
                   pthread_create(&thread, &attributes, runJob, &job) == 0;
    pthread_attr_destroy(&attributes);
    if (started) {
        pthread_join(thread, nullptr);
    } else {
        runJob(&job);
    }
    if (job.failure) std::rethrow_exception(job.failure);
}

}  // namespace

const NameCatalog& QueryEngine::catalog() {
    CatalogCache& cache = *catalog_;
    if (cache.built && cache.version == graph_.version()) return cache.catalog;
    // The news schema's names always count as known, so that a query written for the
    // schema works on any graph, even one without such nodes yet.
    std::set<std::string> labels, types, keys;
    for (auto kind : {graph::NodeKind::Actor, graph::NodeKind::Agency, graph::NodeKind::Place,
                      graph::NodeKind::Figure, graph::NodeKind::Article}) {
        labels.emplace(graph::labelOf(kind));
    }
    for (auto kind : {graph::EdgeKind::ReportedBy, graph::EdgeKind::Supersedes,
                      graph::EdgeKind::Mentions, graph::EdgeKind::LocatedIn}) {
        types.emplace(graph::relTypeOf(kind));
    }
    for (auto field : graph::topLevelNodeFields()) keys.emplace(field);
    for (auto field : graph::requiredFigureFields()) keys.emplace(field);
    for (const auto& label : graph_.labels()) labels.insert(label);
    for (const auto& type : graph_.relationshipTypes()) types.insert(type);
    cache.catalog.labels.assign(labels.begin(), labels.end());
    cache.catalog.types.assign(types.begin(), types.end());
    for (std::size_t v = 0; v < graph_.nodeCount(); ++v) {
        for (const auto& [key, value] : graph_.node(static_cast<Vertex>(v)).properties) keys.insert(key);
    }
    for (const auto& e : graph_.edges()) {
        for (const auto& [key, value] : graph_.edge(e).properties) keys.insert(key);
    }
    cache.catalog.keys.assign(keys.begin(), keys.end());
    cache.version = graph_.version();
    cache.built = true;
    return cache.catalog;
}

QueryResult QueryEngine::run(const std::string& text, const Parameters& parameters) {
    struct ClearCancel {
        std::atomic<bool>& flag;
        ~ClearCancel() { flag.store(false); }
    } clearCancel{cancelled_};
    QueryResult result;
    runWithLargeStack([&] {
        try {
            result = runHere(text, parameters);
        } catch (const MemoryCeilingExceeded&) {
            throw EvalError::memoryLimit(options_.memoryLimit);
        } catch (const std::bad_alloc&) {
            // One allocation larger than the machine can give (a huge range(), say).
            throw EvalError::outOfMemory();
        }
    });
    return result;
}

QueryResult QueryEngine::runHere(const std::string& text, const Parameters& parameters) {
    ParsedStatement parsed = parseStatement(text);
    BoundStatement bound =
        Binder(parsed, text, options_.checkNames ? &catalog() : nullptr).bind();
    if (parsed.statement.explain) {
        QueryResult plan;
        plan.graph = &graph_;
        plan.columns = {"plan"};
        plan.ordered = true;
        for (auto& line : describePlan(bound)) plan.rows.push_back({RuntimeValue(line)});
        return plan;
    }
    return Evaluator(graph_, parameters, bound, &cancelled_, options_.memoryLimit).run();
}

}  // namespace newsgraph::query
