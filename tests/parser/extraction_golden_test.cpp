// Golden extraction tests: every tests/extraction/<case>.txt is read as an article and
// its facts, printed by printFacts (fact_printer.h), must equal <case>.expect. Run with
// NEWSGRAPH_UPDATE_GOLDEN=1 to rewrite the .expect files after a deliberate change, then
// review the diff.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "parser/fact_printer.h"
#include "parser/input/input_reader.h"
#include "parser/pipeline.h"
#include "tests/test_paths.h"

namespace fs = std::filesystem;
using namespace newsgraph::parser;

namespace {

std::vector<std::string> goldenCases() {
    std::vector<std::string> cases;
    for (const auto& entry :
         fs::directory_iterator(newsgraph::testing::sourceDir() / "tests" / "extraction")) {
        if (entry.path().extension() == ".txt") cases.push_back(entry.path().string());
    }
    std::sort(cases.begin(), cases.end());
    return cases;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

TEST_CASE("Extraction golden files: each article prints its expected facts",
          "[parser][extraction]") {
    const auto cases = goldenCases();
    REQUIRE(cases.size() >= 8);
    const auto path = GENERATE_COPY(from_range(cases));
    DYNAMIC_SECTION(fs::path(path).filename().string()) {
        LoadReport report;
        const auto articles = readInputs({path}, report);
        REQUIRE(report.clean());
        REQUIRE(articles.size() == 1);
        const std::string actual = printFacts(extractFacts(articles[0]));
        fs::path expectPath = path;
        expectPath.replace_extension(".expect");
        if (const char* update = std::getenv("NEWSGRAPH_UPDATE_GOLDEN"); update && *update) {
            std::ofstream(expectPath, std::ios::binary) << actual;
        }
        REQUIRE(fs::exists(expectPath));
        CHECK(actual == readFile(expectPath));
    }
}
