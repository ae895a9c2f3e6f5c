#include "parser/pipeline.h"

#include "parser/attribution.h"
#include "parser/entity_recognizer.h"
#include "parser/entity_resolver.h"
#include "parser/figure_extractor.h"
#include "parser/figure_merger.h"
#include "parser/figure_place.h"
#include "parser/graph_builder.h"
#include "parser/input_reader.h"
#include "parser/text_layer.h"

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
