#include "parser/pipeline.h"

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

ArticleFacts extractFacts(const Article& article) {
    ArticleFacts facts;
    facts.article = article;
    const TextLayer layer(facts.article.text);
    facts.sentences = layer.sentenceFacts();
    facts.entities = recognizeEntities(layer);
    std::vector<FigureMention> figures = findFigureMentions(layer, facts.article);
    attributeFigures(layer, facts.entities, figures);
    locateFigures(layer, facts.entities, figures);
    facts.figures = mergeFigureMentions(figures);
    return facts;
}

LoadReport buildGraph(const std::vector<std::string>& inputs, graph::PropertyGraph& graph) {
    LoadReport report;
    std::vector<Article> articles = readInputs(inputs, report);
    addArticles(articles, graph);
    return report;
}

void addArticles(const std::vector<Article>& articles, graph::PropertyGraph& graph) {
    std::vector<ArticleFacts> facts;
    facts.reserve(articles.size());
    for (const auto& article : articles) facts.push_back(extractFacts(article));
    resolveEntities(facts);
    GraphBuilder(graph).add(facts);
}

}  // namespace newsgraph::parser
