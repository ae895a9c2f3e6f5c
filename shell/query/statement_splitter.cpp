#include "shell/query/statement_splitter.h"

#include <cctype>

namespace newsgraph::query {

namespace {

bool hasCode(const std::string& s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (std::isspace(static_cast<unsigned char>(s[i]))) continue;
        if (s.compare(i, 2, "//") == 0) {
            while (i < s.size() && s[i] != '\n') ++i;
            continue;
        }
        if (s.compare(i, 2, "/*") == 0) {
            auto end = s.find("*/", i + 2);
            if (end == std::string::npos) return false;
            i = end + 1;
            continue;
        }
        return true;
    }
    return false;
}

}  // namespace

std::vector<ScriptStatement> splitStatements(const std::string& script) {
    std::vector<ScriptStatement> out;
    std::size_t start = 0;
    char quote = 0;
    auto flush = [&](std::size_t end) {
        std::string text = script.substr(start, end - start);
        if (hasCode(text)) out.push_back({text, start});
        start = end + 1;
    };
    for (std::size_t i = 0; i < script.size(); ++i) {
        char c = script[i];
        if (quote) {
            if (c == '\\' && quote != '`') ++i;
            else if (c == quote) quote = 0;
        } else if (c == '\'' || c == '"' || c == '`') {
            quote = c;
        } else if (script.compare(i, 2, "//") == 0) {
            while (i < script.size() && script[i] != '\n') ++i;
        } else if (script.compare(i, 2, "/*") == 0) {
            auto end = script.find("*/", i + 2);
            i = end == std::string::npos ? script.size() : end + 1;
        } else if (c == ';') {
            flush(i);
        }
    }
    if (start < script.size()) flush(script.size());
    return out;
}

}  // namespace newsgraph::query
