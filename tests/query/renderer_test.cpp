#include <catch2/catch.hpp>

#include <sstream>

#include "graph/property_graph.h"
#include "shell/query/renderer.h"
#include "shell/query/text_width.h"

using namespace newsgraph;

namespace {

query::QueryResult sentenceResult(const graph::PropertyGraph& g, const std::string& sentence) {
    query::QueryResult result;
    result.graph = &g;
    result.columns = {"id", "sentence"};
    result.rows.push_back({query::RuntimeValue(std::int64_t{7}), query::RuntimeValue(sentence)});
    return result;
}

}  // namespace

TEST_CASE("renderTable: a long cell is kept whole when there is no width limit", "[renderer]") {
    graph::PropertyGraph g;
    const std::string sentence(150, 'x');
    const std::string out = query::render(sentenceResult(g, sentence), query::OutputFormat::Table);
    CHECK(out.find(sentence) != std::string::npos);
}

TEST_CASE("renderTable: a table wider than the terminal is narrowed to fit it", "[renderer]") {
    graph::PropertyGraph g;
    query::RenderOptions options;
    options.maxWidth = 40;
    const std::string out =
        query::render(sentenceResult(g, std::string(150, 'x')), query::OutputFormat::Table, options);
    std::istringstream lines(out);
    std::string line;
    std::size_t widest = 0;
    while (std::getline(lines, line)) widest = std::max(widest, query::displayWidth(line));
    CHECK(widest == 40);
    CHECK(out.find("x\u2026 |") != std::string::npos);
    CHECK(out.find("| 7  |") != std::string::npos);  // the narrow column keeps its width
}
