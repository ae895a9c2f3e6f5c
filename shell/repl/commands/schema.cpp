// :schema and :stats: what the open graph holds.
#include <map>
#include <ostream>

#include "graph/news_schema.h"
#include "shell/repl/commands/commands.h"
#include "shell/repl/shell.h"

namespace newsgraph::shell::commands {

namespace {

void printCounts(std::ostream& out, const char* title, const std::map<std::string, std::size_t>& counts) {
    out << title << "\n";
    if (counts.empty()) out << "  (none)\n";
    for (const auto& [name, count] : counts) out << "  " << name << "  " << count << "\n";
}

}  // namespace

CommandResult schema(Shell& shell, std::span<const std::string> args) {
    if (!args.empty()) return CommandResult::failure("`:schema` takes no arguments.", true);
    const graph::PropertyGraph& g = shell.graph();
    std::map<std::string, std::size_t> labels, types, nodeKeys, edgeKeys;
    for (std::size_t v = 0; v < g.nodeCount(); ++v) {
        const auto& node = g.node(v);
        for (const auto& label : node.labels) ++labels[label];
        for (const auto& [key, value] : node.properties) ++nodeKeys[key];
    }
    for (auto e : g.edges()) {
        const auto& edge = g.edge(e);
        ++types[edge.type];
        for (const auto& [key, value] : edge.properties) ++edgeKeys[key];
    }
    printCounts(shell.out(), "Labels (nodes):", labels);
    printCounts(shell.out(), "Relationship types:", types);
    printCounts(shell.out(), "Node property keys (nodes with them):", nodeKeys);
    printCounts(shell.out(), "Relationship property keys:", edgeKeys);
    return CommandResult::success();
}

CommandResult stats(Shell& shell, std::span<const std::string> args) {
    if (!args.empty()) return CommandResult::failure("`:stats` takes no arguments.", true);
    const graph::PropertyGraph& g = shell.graph();
    std::size_t mentions = 0;
    std::map<std::string, std::size_t> kinds;
    for (std::size_t v = 0; v < g.nodeCount(); ++v) {
        mentions += g.node(v).mentions.size();
        auto kind = graph::nodeKindOf(g.node(v));
        ++kinds[kind ? std::string(graph::jsonTypeOf(*kind)) : "(other)"];
    }
    std::map<std::string, std::size_t> types;
    for (auto e : g.edges()) ++types[graph::jsonTypeFromRelType(g.edge(e).type)];
    auto& out = shell.out();
    out << "Graph: " << (shell.graphPath().empty() ? "(not saved)" : shell.graphPath()) << "\n"
        << "  " << g.nodeCount() << " nodes, " << g.edgeCount() << " edges, " << mentions
        << " mentions\n";
    printCounts(out, "Nodes by type:", kinds);
    printCounts(out, "Edges by type:", types);
    return CommandResult::success();
}

}  // namespace newsgraph::shell::commands
