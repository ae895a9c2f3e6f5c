// Runs every tests/query/<feature>/*.test golden file (STYLE rule 9): each case's
// statement over a fresh copy of its fixture graph, compared with the expected TSV table
// (as a multiset unless the statement has ORDER BY or the case says -CHECK_ORDER) or with
// the expected diagnostic, caret line included.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "graph/graph_json.h"
#include "shell/query/error.h"
#include "shell/query/query_engine.h"
#include "shell/query/renderer.h"
#include "tests/query/golden_file.h"
#include "tests/test_paths.h"

namespace fs = std::filesystem;
using namespace newsgraph;

namespace {

std::vector<std::string> goldenFiles() {
    std::vector<std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(testing::sourceDir() / "tests" / "query")) {
        if (e.path().extension() == ".test") files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

bool hasOrderBy(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s.find("ORDER BY") != std::string::npos;
}

}  // namespace

TEST_CASE("Golden query files: every case gives its expected table or diagnostic", "[query]") {
    static const std::vector<std::string> files = goldenFiles();
    REQUIRE(!files.empty());
    auto file = GENERATE(from_range(files));
    testing::GoldenFile golden;
    std::string error;
    INFO(file);
    REQUIRE(testing::readGoldenFile(file, golden, error));
    fs::path fixture = testing::sourceDir() / "tests" / golden.graph / "graph.json";
    for (const auto& c : golden.cases) {
        DYNAMIC_SECTION(fs::path(file).filename().string() << ":" << c.line << " " << c.name) {
            graph::PropertyGraph graph;
            REQUIRE(graph::loadGraphJson(fixture.string(), graph).isOk());
            query::QueryEngine engine(graph);
            std::vector<std::string> actual;
            try {
                auto result = engine.run(c.statement);
                actual = splitLines(query::render(result, query::OutputFormat::Tsv));
                CHECK_FALSE(c.expectError);
            } catch (const query::Error& e) {
                actual = splitLines(query::formatDiagnostic("<query>", c.statement, e));
                CHECK(c.expectError);
            }
            std::vector<std::string> expected = c.expected;
            if (!c.expectError && !c.checkOrder && !hasOrderBy(c.statement) && actual.size() > 1 &&
                expected.size() > 1) {
                std::sort(actual.begin() + 1, actual.end());
                std::sort(expected.begin() + 1, expected.end());
            }
            CHECK(actual == expected);
        }
    }
}
