#pragma once

#include <string>
#include <vector>

#include "graph/property_graph.h"
#include "parser/input/article.h"
#include "parser/fact.h"
#include "parser/input/load_report.h"

namespace newsgraph::parser {

// The parser's front door: articles -> facts -> graph.
//
// Reads every input (see input_reader.h), extracts entities and figures from each article,
// resolves them across all articles (and against what `graph` already holds, so a later
// :load merges into an open graph) and adds the result to `graph`. Bad inputs are
// reported in the returned LoadReport and skipped; the rest is built.
LoadReport buildGraph(const std::vector<std::string>& inputs, graph::PropertyGraph& graph);

// The facts of one article before resolution: text layer, entities (and figures).
// Never fails; offsets point into the returned facts' article.text.
ArticleFacts extractFacts(const Article& article);

// As buildGraph, for articles already read.
void addArticles(const std::vector<Article>& articles, graph::PropertyGraph& graph);

}  // namespace newsgraph::parser
