#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "graph/property_graph.h"
#include "parser/input/article.h"
#include "parser/fact.h"
#include "parser/input/load_report.h"

namespace newsgraph::parser {

// How far a build has got, for a progress line: articles and bytes of text extracted so
// far, of how many; `stage` is "extracting", then "resolving" (the cross-article stages,
// whose end the caller sees when buildGraph returns).
struct BuildProgress {
    std::size_t articlesDone = 0;
    std::size_t articlesTotal = 0;
    std::size_t bytesDone = 0;
    std::size_t bytesTotal = 0;
    const char* stage = "extracting";
};

struct BuildOptions {
    // Threads that extract articles' facts (the per-article stages); the cross-article
    // stages run on one. 0 means one per hardware thread (std::thread::hardware_concurrency).
    // The graph is the same, byte for byte, whatever the number.
    // Default: 0.
    std::size_t jobs = 0;
    // Called after each article's facts are out, and once as the cross-article stages
    // begin; calls are serialised (never two at once), from any of the build's threads.
    // Empty: no calls.
    std::function<void(const BuildProgress&)> progress;
};

// The parser's front door: articles -> facts -> graph.
//
// Reads every input (see input_reader.h), extracts entities and figures from each article,
// resolves them across all articles (and against what `graph` already holds, so a later
// :load merges into an open graph) and adds the result to `graph`. Bad inputs are
// reported in the returned LoadReport and skipped; the rest is built. Not thread-safe on
// one graph; it may use several threads of its own (options.jobs).
LoadReport buildGraph(const std::vector<std::string>& inputs, graph::PropertyGraph& graph,
                      const BuildOptions& options = {});

// The facts of one article before resolution: text layer, entities (and figures).
// Never fails; offsets point into the returned facts' article.text. Thread-safe: any
// number of articles may be extracted at once.
ArticleFacts extractFacts(Article article);

// extractFacts of each article, on options.jobs threads; facts[i] is articles[i]'s, in
// the same order whatever the number of threads. Takes the articles' texts over.
std::vector<ArticleFacts> extractAllFacts(std::vector<Article> articles,
                                          const BuildOptions& options = {});

// The cross-article stages alone, on facts extracted anywhere (extractFacts, or read
// back from facts lines, facts_json.h): resolution across articles, claims, supersedes,
// and the graph. Given the facts extractAllFacts gives, in the same order, the graph is
// the one buildGraph builds.
void addFacts(std::vector<ArticleFacts> facts, graph::PropertyGraph& graph);

// As buildGraph, for articles already read.
void addArticles(std::vector<Article> articles, graph::PropertyGraph& graph,
                 const BuildOptions& options = {});

}  // namespace newsgraph::parser
