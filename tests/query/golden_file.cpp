#include "tests/query/golden_file.h"

#include <fstream>

namespace newsgraph::testing {

bool readGoldenFile(const std::filesystem::path& path, GoldenFile& out, std::string& error) {
    std::ifstream in(path);
    if (!in) {
        error = path.string() + ": cannot read";
        return false;
    }
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    auto fail = [&](std::size_t i, const std::string& why) {
        error = path.string() + ":" + std::to_string(i + 1) + ": " + why;
        return false;
    };
    enum class State { Top, Statement, Expected } state = State::Top;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& l = lines[i];
        if (state == State::Expected) {
            if (l.empty()) {
                state = State::Top;
                continue;
            }
            out.cases.back().expected.push_back(l);
            continue;
        }
        if (l.rfind("-GRAPH ", 0) == 0) {
            out.graph = l.substr(7);
        } else if (l.rfind("-CASE ", 0) == 0) {
            out.cases.push_back({l.substr(6), static_cast<int>(i + 1), "", false, false, {}});
            state = State::Top;
        } else if (l.rfind("-STATEMENT ", 0) == 0) {
            if (out.cases.empty()) return fail(i, "-STATEMENT before any -CASE");
            out.cases.back().statement = l.substr(11);
            state = State::Statement;
        } else if (l == "-CHECK_ORDER") {
            if (out.cases.empty()) return fail(i, "-CHECK_ORDER before any -CASE");
            out.cases.back().checkOrder = true;
        } else if (l == "----" || l == "---- error") {
            if (out.cases.empty() || out.cases.back().statement.empty()) {
                return fail(i, "expected result without a -STATEMENT");
            }
            out.cases.back().expectError = l == "---- error";
            state = State::Expected;
        } else if (state == State::Statement && !l.empty()) {
            out.cases.back().statement += "\n" + l;
        } else if (!l.empty() && l[0] != '#') {
            return fail(i, "unexpected line: " + l);
        }
    }
    if (out.graph.empty()) return fail(0, "no -GRAPH line");
    for (const auto& c : out.cases) {
        if (c.statement.empty()) {
            error = path.string() + ":" + std::to_string(c.line) + ": case without -STATEMENT";
            return false;
        }
    }
    return true;
}

}  // namespace newsgraph::testing
