#include "parser/pipeline.h"

#include "graph/news_graph.h"
#include "parser/input_reader.h"

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
    for (const auto& article : articles) {
        graph::ArticleInfo info{"a" + std::to_string(next++), article.file, article.title,
                                article.date, article.source, article.url, article.text};
        news.addArticle(info);
    }
}

}  // namespace newsgraph::parser
