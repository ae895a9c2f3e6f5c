#include "parser/pipeline.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

#include "parser/attribution/attribution.h"
#include "parser/entities/entity_recognizer.h"
#include "parser/resolution/entity_resolver.h"
#include "parser/figures/figure_extractor.h"
#include "parser/figures/figure_merger.h"
#include "parser/figures/figure_place.h"
#include "parser/graph_builder.h"
#include "parser/input/input_reader.h"
#include "parser/text/text_layer.h"

namespace newsgraph::parser {

namespace {

std::size_t threadCount(const BuildOptions& options, std::size_t articles) {
    // Traces print per article as it is read: one thread keeps them in article order.
    if (std::getenv("NEWSGRAPH_TRACE_ATTRIBUTION")) return 1;
    std::size_t jobs = options.jobs;
    if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
    return std::max<std::size_t>(1, std::min(jobs, articles));
}

}  // namespace

ArticleFacts extractFacts(Article article) {
    ArticleFacts facts;
    facts.article = std::move(article);
    const TextLayer layer(facts.article.text);
    facts.sentences = layer.sentenceFacts();
    facts.entities = recognizeEntities(layer);
    std::vector<FigureMention> figures = findFigureMentions(layer, facts.article);
    attributeFigures(layer, facts.entities, figures);
    locateFigures(layer, facts.entities, figures);
    facts.figures = mergeFigureMentions(figures);
    return facts;
}

std::vector<ArticleFacts> extractAllFacts(std::vector<Article> articles,
                                          const BuildOptions& options) {
    std::vector<ArticleFacts> facts(articles.size());
    BuildProgress progress;
    progress.articlesTotal = articles.size();
    for (const auto& a : articles) progress.bytesTotal += a.text.size();
    std::mutex progressMutex;
    // Each thread takes the next article not yet taken and writes its facts to that
    // article's slot, so the order of the facts is the order of the articles.
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    auto work = [&](std::exception_ptr& error) {
        try {
            for (std::size_t i; !failed && (i = next++) < articles.size();) {
                const std::size_t bytes = articles[i].text.size();
                facts[i] = extractFacts(std::move(articles[i]));
                if (options.progress) {
                    std::lock_guard<std::mutex> lock(progressMutex);
                    ++progress.articlesDone;
                    progress.bytesDone += bytes;
                    options.progress(progress);
                }
            }
        } catch (...) {  // std::bad_alloc: stop every thread, rethrow on the caller's
            error = std::current_exception();
            failed = true;
        }
    };
    const std::size_t jobs = threadCount(options, articles.size());
    std::vector<std::exception_ptr> errors(jobs);
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < jobs; ++t) threads.emplace_back(work, std::ref(errors[t]));
    work(errors[0]);
    for (auto& thread : threads) thread.join();
    for (const auto& error : errors) {
        if (error) std::rethrow_exception(error);
    }
    return facts;
}

LoadReport buildGraph(const std::vector<std::string>& inputs, graph::PropertyGraph& graph,
                      const BuildOptions& options) {
    LoadReport report;
    addArticles(readInputs(inputs, report), graph, options);
    return report;
}

void addArticles(std::vector<Article> articles, graph::PropertyGraph& graph,
                 const BuildOptions& options) {
    std::vector<ArticleFacts> facts = extractAllFacts(std::move(articles), options);
    if (options.progress) {
        BuildProgress resolving;
        resolving.articlesDone = resolving.articlesTotal = facts.size();
        resolving.stage = "resolving";
        options.progress(resolving);
    }
    addFacts(std::move(facts), graph);
}

void addFacts(std::vector<ArticleFacts> facts, graph::PropertyGraph& graph) {
    resolveEntities(facts);
    GraphBuilder(graph).add(facts);
}

}  // namespace newsgraph::parser
