#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace newsgraph::testing {

// One case of a golden query file (STYLE rule 9):
//   -CASE Name
//   -STATEMENT query text (may go on over several lines)
//   [-CHECK_ORDER]
//   ----            expected TSV table, header first, up to a blank line
//   ---- error      expected diagnostic, caret line included, up to a blank line
struct GoldenCase {
    std::string name;
    int line = 0;  // where -CASE is
    std::string statement;
    bool checkOrder = false;
    bool expectError = false;
    std::vector<std::string> expected;  // lines
};

// A parsed .test file: the fixture named by -GRAPH and its cases.
struct GoldenFile {
    std::string graph;  // "fixtures/newsroom", relative to tests/
    std::vector<GoldenCase> cases;
};

// Reads a golden file; on a malformed file returns false with "file:line: reason".
bool readGoldenFile(const std::filesystem::path& path, GoldenFile& out, std::string& error);

}  // namespace newsgraph::testing
