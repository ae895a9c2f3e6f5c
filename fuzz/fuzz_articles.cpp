// libFuzzer target: the article readers (txt with headers, JSON lines) and the per-article
// extraction behind them. Bad inputs are reported in the LoadReport, never thrown.
#include <string>
#include <vector>

#include "parser/input/input_reader.h"
#include "parser/pipeline.h"

using namespace newsgraph::parser;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string contents(reinterpret_cast<const char*>(data), size);
    LoadReport report;
    Article article;
    if (parseTextArticle(contents, "fuzz.txt", article, report)) extractFacts(article);
    std::vector<Article> articles;
    parseJsonLines(contents, "fuzz.jsonl", articles, report);
    for (const auto& a : articles) extractFacts(a);
    return 0;
}
