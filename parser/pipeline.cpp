#include "parser/pipeline.h"

#include "graph/news_graph.h"
#include "parser/attribution.h"
#include "parser/claim_resolver.h"
#include "parser/figure_extractor.h"
#include "parser/figure_merger.h"
#include "parser/figure_writer.h"
#include "parser/input_reader.h"
#include "parser/text_layer.h"

namespace newsgraph::parser {

LoadReport buildGraph(const std::vector<std::string>& inputs, graph::PropertyGraph& graph) {
    LoadReport report;
    std::vector<Article> articles = readInputs(inputs, report);
    addArticles(articles, graph);
    return report;
}

void addArticles(const std::vector<Article>& articles, graph::PropertyGraph& graph) {
    graph::NewsGraph news(graph);
    std::size_t next = graph.nodesWithLabel("Article").size() + 1;
    std::vector<ArticleFacts> facts;
    std::vector<std::string> keys;
    for (const auto& article : articles) {
        graph::ArticleInfo info{"a" + std::to_string(next++), article.file, article.title,
                                article.date, article.source, article.url, article.text};
        news.addArticle(info);
        keys.push_back(info.key);
        ArticleFacts& fact = facts.emplace_back();
        fact.article = article;
        const TextLayer layer(fact.article.text);
        fact.sentences = layer.sentenceFacts();
        std::vector<FigureMention> mentions = findFigureMentions(layer, fact.article);
        attributeFigures(layer, fact.entities, mentions);
        fact.figures = mergeFigureMentions(mentions);
    }
    const std::vector<Claim> claims = resolveClaims(facts);
    writeFigures(news, facts, keys, claims, findSupersedes(claims, facts));
}

}  // namespace newsgraph::parser
