#include "shell/repl/completer.h"

#include <algorithm>
#include <set>

#include "graph/news_schema.h"
#include "shell/repl/command_table.h"

namespace newsgraph::shell {

namespace {

constexpr const char* kKeywords[] = {
    "MATCH", "OPTIONAL", "WHERE", "WITH", "UNWIND", "RETURN", "DISTINCT", "AS", "ORDER", "BY",
    "ASC", "DESC", "SKIP", "LIMIT", "UNION", "ALL", "CREATE", "AND", "OR", "XOR", "NOT", "IN",
    "STARTS", "ENDS", "CONTAINS", "IS", "NULL", "TRUE", "FALSE", "CASE", "WHEN", "THEN", "ELSE",
    "END", "EXPLAIN", "count", "collect", "sum", "avg", "min", "max", "shortestPath",
    "allShortestPaths", "labels", "type", "properties", "keys", "size", "length", "nodes",
    "relationships", "coalesce", "toLower", "toUpper", "toString", "toInteger", "toFloat",
};

bool startsWithNoCase(const std::string& s, const std::string& prefix) {
    if (prefix.size() > s.size()) return false;
    return std::equal(prefix.begin(), prefix.end(), s.begin(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    });
}

}  // namespace

std::vector<std::string> completions(const graph::PropertyGraph& graph, const std::string& line,
                                     const std::string& word) {
    std::set<std::string> candidates;
    const std::size_t first = line.find_first_not_of(" \t");
    const bool commandLine = first != std::string::npos && line[first] == ':';
    if (commandLine || (first == std::string::npos && !word.empty() && word[0] == ':')) {
        if (first == std::string::npos) {  // completing the command name itself
            for (auto& name : commandNames()) candidates.insert(name);
        } else {
            std::string command = line.substr(first + 1, line.find(' ', first) - first - 1);
            for (const char* fileCommand : {"load", "open", "save", "source", "export"}) {
                if (!command.empty() && std::string(fileCommand).rfind(command, 0) == 0) {
                    return {"\x01files"};
                }
            }
            for (graph::NodeKind kind : graph::kEntityKinds) {
                for (auto v : graph.nodesWithLabel(std::string(graph::labelOf(kind)))) {
                    const auto& name = graph.node(v).property("name");
                    if (name.isString()) candidates.insert(name.asString());
                }
            }
        }
    } else {
        const char before = line.empty() ? ' ' : line.back();
        if (before == ':') {
            for (auto& label : graph.labels()) candidates.insert(label);
            for (auto& type : graph.relationshipTypes()) candidates.insert(type);
        } else if (before == '.') {
            for (std::size_t v = 0; v < graph.nodeCount(); ++v) {
                for (const auto& [key, value] : graph.node(v).properties) candidates.insert(key);
            }
        } else if (before == '\'' || before == '"') {
            for (graph::NodeKind kind : graph::kEntityKinds) {
                for (auto v : graph.nodesWithLabel(std::string(graph::labelOf(kind)))) {
                    const auto& name = graph.node(v).property("name");
                    if (name.isString()) candidates.insert(name.asString() + std::string(1, before));
                }
            }
        } else {
            for (const char* keyword : kKeywords) candidates.insert(keyword);
        }
    }
    std::vector<std::string> out;
    for (const auto& candidate : candidates) {
        if (startsWithNoCase(candidate, word)) out.push_back(candidate);
    }
    return out;
}

}  // namespace newsgraph::shell
