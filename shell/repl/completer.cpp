#include "shell/repl/completer.h"

#include <algorithm>
#include <set>

#include "graph/news_schema.h"
#include "shell/repl/command_table.h"

namespace newsgraph::shell {

namespace {

constexpr const char* kKeywords[] = {
    "MATCH", "OPTIONAL", "WHERE", "WITH", "UNWIND", "RETURN", "DISTINCT", "AS", "ORDER", "BY",
    "ASC", "DESC", "SKIP", "LIMIT", "UNION", "ALL", "CREATE", "MERGE", "ON", "SET", "REMOVE",
    "DELETE", "DETACH", "AND", "OR", "XOR", "NOT", "IN",
    "STARTS", "ENDS", "CONTAINS", "IS", "NULL", "TRUE", "FALSE", "CASE", "WHEN", "THEN", "ELSE",
    "END", "EXPLAIN", "count", "collect", "sum", "avg", "min", "max", "shortestPath",
    "allShortestPaths", "labels", "type", "properties", "keys", "size", "length", "nodes",
    "relationships", "coalesce", "toLower", "toUpper", "toString", "toInteger", "toFloat",
};

// Commands whose arguments are paths (`:export FORMAT FILE` too: FORMAT is rarely typed
// with Tab, and a path there is harmless).
constexpr const char* kFileCommands[] = {"load", "open", "save", "source", "export"};

bool startsWithNoCase(const std::string& s, const std::string& prefix) {
    if (prefix.size() > s.size()) return false;
    return std::equal(prefix.begin(), prefix.end(), s.begin(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) ==
               std::tolower(static_cast<unsigned char>(b));
    });
}

bool isCommandLine(const std::string& line) {
    const std::size_t first = line.find_first_not_of(" \t");
    return first != std::string::npos && line[first] == ':';
}

void addEntityNames(const graph::PropertyGraph& graph, const std::string& suffix,
                    std::set<std::string>& out) {
    for (graph::NodeKind kind : graph::kEntityKinds) {
        for (auto v : graph.nodesWithLabel(std::string(graph::labelOf(kind)))) {
            const auto& name = graph.node(v).property("name");
            if (name.isString()) out.insert(name.asString() + suffix);
        }
    }
}

// True when the `:` that ends `line` sits in a relationship pattern (`[:`, `[r:`, `|:`),
// false in a node pattern (`(a:`): the nearest unclosed bracket decides.
bool inRelationshipPattern(const std::string& line) {
    const std::size_t open = line.find_last_of("([");
    return open != std::string::npos && line[open] == '[' &&
           line.find(']', open) == std::string::npos;
}

void commandCompletions(const graph::PropertyGraph& graph, const std::string& line,
                        std::set<std::string>& out, bool& files) {
    const std::size_t colon = line.find(':');
    const std::string rest = line.substr(colon + 1);
    if (rest.empty()) {
        for (const auto& name : commandNames()) out.insert(name.substr(1));  // without ':'
        return;
    }
    const std::string command = rest.substr(0, rest.find_first_of(" \t"));
    for (const char* fileCommand : kFileCommands) {
        if (!command.empty() && std::string(fileCommand).rfind(command, 0) == 0) {
            files = true;
            return;
        }
    }
    addEntityNames(graph, "", out);
}

void queryCompletions(const graph::PropertyGraph& graph, const std::string& line,
                      std::set<std::string>& out) {
    const char before = line.empty() ? ' ' : line.back();
    if (before == ':' || (before == '|' && inRelationshipPattern(line))) {
        if (before == '|' || inRelationshipPattern(line)) {
            for (auto& type : graph.relationshipTypes()) out.insert(type);
        } else {
            for (auto& label : graph.labels()) out.insert(label);
        }
    } else if (before == '.') {
        for (std::size_t v = 0; v < graph.nodeCount(); ++v) {
            for (const auto& entry : graph.node(v).properties) out.insert(entry.first);
        }
        for (const auto& e : graph.edges()) {
            for (const auto& entry : graph.edge(e).properties) out.insert(entry.first);
        }
    } else if (before == '\'' || before == '"') {
        addEntityNames(graph, std::string(1, before), out);
    } else {
        for (const char* keyword : kKeywords) out.insert(keyword);
    }
}

}  // namespace

const char* wordBreakCharacters(const std::string& line) {
    if (isCommandLine(line)) return " \t\n";
    return " \t\n(),[]{}=<>+-*/%;:.|";
}

std::vector<std::string> completions(const graph::PropertyGraph& graph, const std::string& line,
                                     const std::string& word) {
    std::set<std::string> candidates;
    bool files = false;
    if (isCommandLine(line)) {
        commandCompletions(graph, line, candidates, files);
    } else if (line.find_first_not_of(" \t") == std::string::npos && !word.empty() &&
               word[0] == ':') {
        // A command name with its colon (when `:` does not break the word).
        for (const auto& name : commandNames()) candidates.insert(name);
    } else {
        queryCompletions(graph, line, candidates);
    }
    if (files) return {kCompleteFiles};
    std::vector<std::string> out;
    for (const auto& candidate : candidates) {
        if (startsWithNoCase(candidate, word)) out.push_back(candidate);
    }
    return out;
}

}  // namespace newsgraph::shell
