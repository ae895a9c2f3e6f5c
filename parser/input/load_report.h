#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace newsgraph::parser {

// What happened to each input: a bad input is an expected failure, reported here with
// its file (and line, for JSON lines) while the rest is read. Not an exception.
struct LoadProblem {
    std::string path;
    std::size_t line = 0;  // 0 when the problem is the whole file
    std::string reason;

    // "path:line: input error: reason", or "path: input error: reason".
    std::string toString() const;
};

struct LoadReport {
    std::vector<LoadProblem> problems;
    std::size_t articlesRead = 0;

    bool clean() const { return problems.empty(); }
    void add(std::string path, std::size_t line, std::string reason) {
        problems.push_back({std::move(path), line, std::move(reason)});
    }
};

}  // namespace newsgraph::parser
