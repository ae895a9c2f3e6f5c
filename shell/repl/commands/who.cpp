// :who NAME: an entity's card, with every mention traced to its sentence.
#include <cctype>
#include <cstdlib>
#include <ostream>
#include <set>

#include "graph/news_graph.h"
#include "graph/news_schema.h"
#include "shell/repl/commands/commands.h"
#include "shell/repl/display_text.h"
#include "shell/repl/shell.h"
#include "shell/query/source_location.h"

namespace newsgraph::shell::commands {

namespace {

std::string joinArgs(std::span<const std::string> args) {
    std::string joined;
    for (const auto& arg : args) joined += (joined.empty() ? "" : " ") + arg;
    return joined;
}

void printCard(Shell& shell, graph::PropertyGraph::Vertex v) {
    graph::PropertyGraph& g = shell.graph();
    graph::NewsGraph news(g);
    const graph::NodeRecord& node = g.node(v);
    auto kind = graph::nodeKindOf(node);
    auto& out = shell.out();
    out << (kind ? std::string(graph::labelOf(*kind)) : std::string("Node")) << ": "
        << nodeCaption(node) << "  (id " << node.id << ")\n";
    if (const auto& aliases = node.property("aliases"); aliases.isList() && !aliases.asList().empty()) {
        out << "  aliases: ";
        bool first = true;
        for (const auto& alias : aliases.asList()) {
            out << (first ? "" : ", ") << alias.toDisplayString();
            first = false;
        }
        out << "\n";
    }
    if (const auto& role = node.property("role"); role.isString()) out << "  role: " << role.asString() << "\n";
    std::set<std::string> articles;
    for (const auto& mention : node.mentions) articles.insert(mention.source);
    out << "  mentions: " << node.mentions.size() << " in " << articles.size() << " article"
        << (articles.size() == 1 ? "" : "s") << "\n";
    std::set<std::pair<std::string, std::string_view>> shownSentences;
    for (const auto& mention : node.mentions) {
        std::string file = mention.source;
        std::string_view sentence;
        if (auto article = news.findArticle(mention.source)) {
            const graph::NodeRecord& a = g.node(*article);
            if (a.property("file").isString()) file = a.property("file").asString();
            if (a.property("text").isString()) {
                sentence = sentenceAround(a.property("text").asString(), mention.begin, mention.end);
            }
        }
        // A claim repeated in one sentence (or merged from several readings of it) shows
        // that sentence once per article.
        if (!sentence.empty() && !shownSentences.emplace(mention.source, sentence).second) continue;
        out << "    " << file << " [" << mention.begin << "," << mention.end << ")";
        if (!sentence.empty()) out << "  \"" << sentence << "\"";
        out << "\n";
    }
    const auto& adjacency = g.adjacency();
    std::size_t shown = 0;
    for (auto [it, end] = boost::out_edges(v, adjacency); it != end; ++it, ++shown) {
        if (shown == 0) out << "  edges:\n";
        out << "    -[" << adjacency[*it].type << "]-> " << nodeCaption(g.node(boost::target(*it, adjacency))) << "\n";
    }
    for (auto [it, end] = boost::in_edges(v, adjacency); it != end; ++it, ++shown) {
        if (shown == 0) out << "  edges:\n";
        if (adjacency[*it].type == graph::relTypeOf(graph::EdgeKind::Mentions)) continue;
        out << "    <-[" << adjacency[*it].type << "]- " << nodeCaption(g.node(boost::source(*it, adjacency))) << "\n";
    }
}

// `600`, `2,000` or `1.5`: the figures with that value (or that bound of a range).
std::vector<graph::PropertyGraph::Vertex> figuresValued(graph::PropertyGraph& g,
                                                        const std::string& text) {
    std::string digits;
    for (char c : text) {
        if (c != ',') digits += c;
    }
    char* end = nullptr;
    const double value = std::strtod(digits.c_str(), &end);
    if (digits.empty() || end != digits.c_str() + digits.size()) return {};
    std::vector<graph::PropertyGraph::Vertex> found;
    for (auto v : g.nodesWithLabel("Figure")) {
        for (const char* key : {"value", "low", "high"}) {
            const graph::Value& p = g.node(v).property(key);
            if ((p.isInt() && static_cast<double>(p.asInt()) == value) ||
                (p.isDouble() && p.asDouble() == value)) {
                found.push_back(v);
                break;
            }
        }
    }
    return found;
}

}  // namespace

CommandResult who(Shell& shell, std::span<const std::string> args) {
    if (args.empty()) return CommandResult::failure("`:who` needs a NAME.", true);
    const std::string name = joinArgs(args);
    graph::PropertyGraph& g = shell.graph();
    std::vector<graph::PropertyGraph::Vertex> found(g.nodesNamed(name).begin(), g.nodesNamed(name).end());
    if (found.empty() && args.size() == 2 && args[0] == "id") {  // `:who id 42`: any node
        char* end = nullptr;
        const long long id = std::strtoll(args[1].c_str(), &end, 10);
        if (end == args[1].c_str() + args[1].size()) {
            if (auto v = g.findNode(id)) found.push_back(*v);
        }
        if (found.empty()) return CommandResult::failure("No node has the id `" + args[1] + "`.");
    }
    if (found.empty()) found = figuresValued(g, name);
    if (found.empty()) {
        std::vector<std::string> names;
        for (graph::NodeKind kind : graph::kEntityKinds) {
            for (auto v : g.nodesWithLabel(std::string(graph::labelOf(kind)))) {
                if (g.node(v).property("name").isString()) names.push_back(g.node(v).property("name").asString());
            }
        }
        std::string message = "No entity is named `" + name + "`";
        message += std::isdigit(static_cast<unsigned char>(name[0])) ? " and no figure has that value."
                                                                     : ".";
        if (char* end = nullptr; std::isdigit(static_cast<unsigned char>(name[0])) &&
                                 g.findNode(std::strtoll(name.c_str(), &end, 10)) && *end == '\0') {
            message += " `:who id " + name + "` shows the node with that id.";
        } else if (std::string guess = query::nearestName(name, names); !guess.empty()) {
            message += " Did you mean `" + guess + "`?";
        }
        return CommandResult::failure(message);
    }
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (i > 0) shell.out() << "\n";
        printCard(shell, found[i]);
    }
    return CommandResult::success();
}

}  // namespace newsgraph::shell::commands
