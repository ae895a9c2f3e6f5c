#include "parser/input/input_reader.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "tests/test_paths.h"

using namespace newsgraph::parser;
namespace fs = std::filesystem;

namespace {
void writeText(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}
}  // namespace

TEST_CASE("readInputs: header lines are read and the body keeps its bytes", "[parser][input]") {
    auto dir = newsgraph::testing::scratchDir("input-headers");
    writeText(dir / "a.txt",
              "Title: Floods\r\nDate: 2024-09-14\r\nSource: Wire\r\nURL: https://x.org/1\r\n\r\n"
              "Body \u2019line\u2019.\r\n");
    LoadReport report;
    auto articles = readInputs({(dir / "a.txt").string()}, report);
    REQUIRE(report.clean());
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].file == "a.txt");
    CHECK(articles[0].title == "Floods");
    CHECK(articles[0].date == "2024-09-14");
    CHECK(articles[0].source == "Wire");
    CHECK(articles[0].url == "https://x.org/1");
    CHECK(articles[0].text == "Body \u2019line\u2019.\r\n");
}

TEST_CASE("readInputs: a file without headers is all body", "[parser][input]") {
    auto dir = newsgraph::testing::scratchDir("input-plain");
    writeText(dir / "a.txt", "Officials said: 40 people died.\n\nMore text.");
    LoadReport report;
    auto articles = readInputs({(dir / "a.txt").string()}, report);
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].text == "Officials said: 40 people died.\n\nMore text.");
    CHECK(articles[0].title.empty());
}

TEST_CASE("readInputs: bad files are reported with their path and skipped", "[parser][input]") {
    auto dir = newsgraph::testing::scratchDir("input-bad");
    writeText(dir / "1-good.txt", "Fine text.");
    writeText(dir / "2-empty.txt", " \n\n");
    writeText(dir / "3-binary.txt", std::string("ab\0cd", 5));
    writeText(dir / "4-latin1.txt", "caf\xe9");
    writeText(dir / "5-notes.md", "ignored: not an article extension");
    writeText(dir / "sub/6-good.txt", "Also fine.");
    LoadReport report;
    auto articles = readInputs({dir.string(), (dir / "missing.txt").string()}, report);
    REQUIRE(articles.size() == 2);
    CHECK(articles[0].file == "1-good.txt");
    CHECK(articles[1].file == "6-good.txt");
    REQUIRE(report.problems.size() == 4);
    CHECK(report.problems[0].toString() ==
          (dir / "2-empty.txt").string() + ": input error: empty file");
    CHECK_THAT(report.problems[1].reason, Catch::Contains("binary file"));
    CHECK(report.problems[2].reason == "invalid UTF-8 at byte 3");
    CHECK(report.problems[3].reason == "no such file or folder");
}

TEST_CASE("readInputs: JSON lines report bad lines by number", "[parser][input]") {
    auto dir = newsgraph::testing::scratchDir("input-jsonl");
    writeText(dir / "c.jsonl",
              "{\"id\":\"x1\",\"title\":\"T\",\"date\":\"2025-01-05\",\"text\":\"One.\"}\n"
              "\n"
              "{\"id\":\"x2\",\"text\":\n"
              "[1]\n"
              "{\"id\":\"x3\",\"date\":\"last Tuesday\",\"text\":\"Three.\"}\n"
              "{\"id\":\"x4\"}\n");
    LoadReport report;
    auto articles = readInputs({(dir / "c.jsonl").string()}, report);
    REQUIRE(articles.size() == 2);
    CHECK(articles[0].file == "x1");
    CHECK(articles[0].date == "2025-01-05");
    CHECK(articles[0].line == 1);
    CHECK(articles[1].file == "x3");
    CHECK(articles[1].date.empty());
    REQUIRE(report.problems.size() == 4);
    CHECK(report.problems[0].line == 3);
    CHECK_THAT(report.problems[0].reason, Catch::StartsWith("bad JSON at column"));
    CHECK(report.problems[1].line == 4);
    CHECK(report.problems[2].line == 5);
    CHECK_THAT(report.problems[2].reason, Catch::Contains("not an ISO date"));
    CHECK(report.problems[3].toString() ==
          (dir / "c.jsonl").string() +
              ":6: input error: no \"text\" (a non-empty string is required)");
}

TEST_CASE("findInvalidUtf8: accepts UTF-8 and points at the first bad byte", "[parser][input]") {
    CHECK(findInvalidUtf8("plain \u00e9 \u4e2d \U0001F600") == std::string_view::npos);
    CHECK(findInvalidUtf8("ab\xc0\xaf") == 2);    // overlong
    CHECK(findInvalidUtf8("\xed\xa0\x80") == 0);  // surrogate
    CHECK(findInvalidUtf8("ok\xe2\x80") == 2);    // truncated
}
