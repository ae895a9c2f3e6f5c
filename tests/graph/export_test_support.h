#pragma once

// Helpers shared by the export tests: the fixture graph, a small CSV reader, and the check
// that GraphViz's dot accepts a DOT file without any error or warning.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "graph/graph_json.h"
#include "tests/test_paths.h"

namespace newsgraph::testing {

// tests/fixtures/export/news.json (see the README beside it).
inline graph::PropertyGraph loadExportFixture() {
    graph::PropertyGraph g;
    auto path = sourceDir() / "tests" / "fixtures" / "export" / "news.json";
    Status status = graph::loadGraphJson(path.string(), g);
    INFO(status.message());
    REQUIRE(status);
    return g;
}

inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// RFC 4180 rows: quoted fields with "" for a quote, line breaks allowed inside quotes.
// A field that was quoted keeps its quotes in `quoted` so tests can tell "" from empty.
struct CsvRow {
    std::vector<std::string> fields;
    std::vector<bool> quoted;
};

inline std::vector<CsvRow> readCsv(const std::string& text) {
    std::vector<CsvRow> rows;
    CsvRow row;
    std::string field;
    bool inQuotes = false, wasQuoted = false;
    auto endField = [&] {
        row.fields.push_back(field);
        row.quoted.push_back(wasQuoted);
        field.clear();
        wasQuoted = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            inQuotes = wasQuoted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\n') {
            endField();
            rows.push_back(std::move(row));
            row = CsvRow();
        } else {
            field += c;
        }
    }
    return rows;
}

// The column of `name` in a header row; fails the test when there is none.
inline std::size_t columnOf(const CsvRow& header, const std::string& name) {
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        if (header.fields[i] == name) return i;
    }
    FAIL("no column " << name);
    return 0;
}

// Runs the real `dot -Tsvg` on the file and requires exit 0 and no output on standard
// error (no error and no warning). Skips with a message where dot is not installed.
inline void requireDotAccepts(const std::filesystem::path& dotFile) {
    if (std::system("command -v dot >/dev/null 2>&1") != 0) {
        WARN("skipped: GraphViz's dot is not installed, so " << dotFile << " is not checked");
        return;
    }
    auto errors = dotFile.string() + ".stderr";
    std::string command =
        "dot -Tsvg '" + dotFile.string() + "' -o '" + dotFile.string() + ".svg' 2>'" + errors + "'";
    int status = std::system(command.c_str());
    std::string messages = readFile(errors);
    INFO("dot on " << dotFile << " said: " << messages);
    CHECK(status == 0);
    CHECK(messages.empty());
}

}  // namespace newsgraph::testing
