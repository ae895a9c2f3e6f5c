#include "shell/repl/corrections_replay.h"

#include <cctype>
#include <fstream>
#include <regex>
#include <sstream>

#include "shell/query/error.h"
#include "shell/query/query_engine.h"
#include "shell/query/statement_splitter.h"

namespace newsgraph::shell {

namespace {

bool changedSomething(const query::QueryResult& r) {
    return r.nodesCreated || r.relationshipsCreated || r.nodesDeleted || r.relationshipsDeleted ||
           r.propertiesSet || r.propertiesRemoved || r.labelsAdded || r.labelsRemoved;
}

bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Index just past the string literal that starts at `i` (quote kept by the caller).
std::size_t skipString(std::string_view text, std::size_t i) {
    const char quote = text[i++];
    while (i < text.size() && text[i] != quote) i += text[i] == '\\' ? 2 : 1;
    return std::min(i + 1, text.size());
}

// The node patterns of a statement that pick nodes by what they are: `(a:Agency {name:
// 'X'})` gives ":Agency {name: 'X'}" (the variable left out). A '(' right after a word
// is a function call, not a pattern. A textual scan, good enough to name what is gone:
// the verdict "stale" itself rests on the statement having changed nothing.
std::vector<std::string> nodePatterns(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\'' || c == '"' || c == '`') {
            i = skipString(text, i) - 1;
            continue;
        }
        if (c != '(' || (i > 0 && isWordChar(text[i - 1]))) continue;
        std::size_t j = i + 1;
        while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j]))) ++j;
        while (j < text.size() && isWordChar(text[j])) ++j;
        while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j]))) ++j;
        if (j >= text.size() || (text[j] != ':' && text[j] != '{')) continue;
        const std::size_t begin = j;
        int depth = 0;
        for (; j < text.size(); ++j) {
            if (text[j] == '\'' || text[j] == '"' || text[j] == '`') {
                j = skipString(text, j) - 1;
            } else if (text[j] == '{' || text[j] == '[') {
                ++depth;
            } else if (text[j] == '}' || text[j] == ']') {
                --depth;
            } else if ((text[j] == ')' && depth == 0) || text[j] == '(') {
                break;
            }
        }
        if (j < text.size() && text[j] == ')') out.emplace_back(text.substr(begin, j - begin));
    }
    return out;
}

// What the statement names that no node matches now, in words; empty when all are there.
std::string goneNodes(query::QueryEngine& engine, const std::string& statement) {
    std::vector<std::pair<std::string, std::string>> probes;  // (what, query)
    for (const auto& pattern : nodePatterns(statement)) {
        probes.emplace_back("(" + pattern + ")", "MATCH (n" + pattern + ") RETURN 1 LIMIT 1");
    }
    static const std::regex idTest(R"(\bid\s*\(\s*\w+\s*\)\s*=\s*(\d+))", std::regex::icase);
    for (std::sregex_iterator it(statement.begin(), statement.end(), idTest), end; it != end;
         ++it) {
        const std::string id = (*it)[1];
        probes.emplace_back("id " + id, "MATCH (n) WHERE id(n) = " + id + " RETURN 1 LIMIT 1");
    }
    std::string gone;
    for (const auto& [what, probe] : probes) {
        try {
            if (!engine.run(probe).rows.empty()) continue;
        } catch (const query::Error&) {
            continue;  // a pattern that uses the statement's variables: cannot tell alone
        }
        gone += (gone.empty() ? "" : ", ") + what;
    }
    return gone;
}

// The statement's first line, shortened, to name it in a message.
std::string excerpt(const std::string& statement) {
    std::string line = statement.substr(0, statement.find('\n'));
    const bool cut = line.size() < statement.size() || line.size() > 70;
    if (line.size() > 70) {
        std::size_t end = 67;  // back to the start of a UTF-8 character
        while (end > 0 && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) --end;
        line.resize(end);
    }
    return cut ? line + " ..." : line;
}

}  // namespace

Status replayCorrections(const std::string& path, graph::PropertyGraph& graph,
                         ReplayReport& report) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (in) text << in.rdbuf();
    if (!in || in.bad()) return Status::error(path + ": cannot read the corrections journal");
    report = {};
    query::QueryEngine engine(graph);
    for (const auto& statement : query::splitStatements(text.str())) {
        ++report.statements;
        const std::string where = path + ":" + std::to_string(statement.line);
        try {
            if (changedSomething(engine.run(statement.text))) {
                ++report.applied;
                continue;
            }
        } catch (const query::Error& error) {
            report.skipped.push_back(
                query::formatDiagnostic(path, statement.text, error,
                                        query::LineColumn{statement.line, statement.column}) +
                where + ": correction skipped (the error above)");
            continue;
        }
        if (std::string gone = goneNodes(engine, statement.text); !gone.empty()) {
            report.skipped.push_back(where + ": correction skipped: no node matches " + gone +
                                     " in this graph: " + excerpt(statement.text));
        } else {
            ++report.unchanged;
        }
    }
    return Status::ok();
}

}  // namespace newsgraph::shell
