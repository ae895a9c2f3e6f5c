// :why ID, :why edge ID: why the parser made a figure's edges, with the sentences it
// read them from, so that an analyst can check any edge in one step.
#include <charconv>
#include <ostream>
#include <string>

#include "graph/news_graph.h"
#include "graph/news_schema.h"
#include "shell/repl/commands/commands.h"
#include "shell/repl/display_text.h"
#include "shell/repl/shell.h"

namespace newsgraph::shell::commands {

namespace {

using Vertex = graph::PropertyGraph::Vertex;
using Edge = graph::PropertyGraph::Edge;

// The bytes with each run of white space (line ends too) one space.
std::string collapsed(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::optional<std::int64_t> parseId(const std::string& text) {
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size() || id < 0) return std::nullopt;
    return id;
}

std::string stringProperty(const graph::PropertyMap& properties, const std::string& key) {
    auto it = properties.find(key);
    return it != properties.end() && it->second.isString() ? it->second.asString() : std::string();
}

std::optional<std::int64_t> intProperty(const graph::PropertyMap& properties, const std::string& key) {
    auto it = properties.find(key);
    if (it == properties.end() || !it->second.isInt()) return std::nullopt;
    return it->second.asInt();
}

class WhyPrinter {
  public:
    explicit WhyPrinter(Shell& shell) : shell_(shell), g_(shell.graph()), news_(g_) {}

    // The file of an article key and the sentence its bytes [begin, end) hold, when the
    // graph keeps the article's text.
    void printSentence(const std::string& articleKey, std::int64_t begin, std::int64_t end,
                       const char* label) {
        auto& out = shell_.out();
        std::string file = articleKey;
        std::string sentence;
        if (auto article = news_.findArticle(articleKey)) {
            const graph::NodeRecord& a = g_.node(*article);
            if (a.property("file").isString()) file = a.property("file").asString();
            const graph::Value& text = a.property("text");
            if (text.isString() && begin >= 0 && end > begin &&
                static_cast<std::size_t>(end) <= text.asString().size()) {
                sentence = collapsed(std::string_view(text.asString()).substr(
                    static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin)));
            }
        }
        out << "      " << label << file;
        if (begin >= 0 && end > begin) out << " [" << begin << "," << end << ")";
        out << "\n";
        if (!sentence.empty()) out << "        \"" << sentence << "\"\n";
    }

    void printEdge(Edge e, bool outgoing) {
        auto& out = shell_.out();
        const graph::EdgeRecord& edge = g_.edge(e);
        const Vertex other = outgoing ? g_.target(e) : g_.source(e);
        const std::string arrow = outgoing ? "-[" + edge.type + "]-> " : "<-[" + edge.type + "]- ";
        out << "  " << arrow << nodeCaption(g_.node(other)) << "  (edge " << edge.id << ", node "
            << g_.node(other).id << ")\n";
        const auto& p = edge.properties;
        const std::string cue = stringProperty(p, "cue");
        const std::string rule = stringProperty(p, "rule");
        if (!cue.empty()) out << "      cue: \"" << cue << "\"\n";
        if (!rule.empty()) out << "      rule: " << rule << "\n";
        const std::string article = stringProperty(p, "article");
        const auto begin = intProperty(p, "sentence_begin");
        const auto end = intProperty(p, "sentence_end");
        if (!article.empty() && begin && end) {
            const bool supersedes = edge.type == graph::relTypeOf(graph::EdgeKind::Supersedes);
            printSentence(article, *begin, *end, supersedes ? "newer: " : "read in: ");
        } else if (!article.empty()) {
            printSentence(article, -1, -1, "read in: ");
        }
        const std::string older = stringProperty(p, "older_article");
        const auto olderBegin = intProperty(p, "older_sentence_begin");
        const auto olderEnd = intProperty(p, "older_sentence_end");
        if (!older.empty() && olderBegin && olderEnd) printSentence(older, *olderBegin, *olderEnd, "older: ");
        if (cue.empty() && rule.empty() && article.empty()) out << "      (no evidence recorded)\n";
    }

    void printNode(Vertex v) {
        auto& out = shell_.out();
        const graph::NodeRecord& node = g_.node(v);
        out << nodeCaption(node) << "  (node " << node.id << ")\n";
        if (!node.mentions.empty()) out << "  stated in:\n";
        for (const auto& m : node.mentions) {
            std::string file = m.source;
            std::string_view sentence;
            if (auto article = news_.findArticle(m.source)) {
                const graph::NodeRecord& a = g_.node(*article);
                if (a.property("file").isString()) file = a.property("file").asString();
                if (a.property("text").isString()) {
                    sentence = sentenceAround(a.property("text").asString(), m.begin, m.end);
                }
            }
            out << "    " << file << " [" << m.begin << "," << m.end << ")";
            if (!sentence.empty()) out << "  \"" << sentence << "\"";
            out << "\n";
        }
        const auto& adjacency = g_.adjacency();
        const std::string mentions(graph::relTypeOf(graph::EdgeKind::Mentions));
        for (auto [it, end] = boost::out_edges(v, adjacency); it != end; ++it) {
            if (adjacency[*it].type != mentions) printEdge(*it, true);
        }
        for (auto [it, end] = boost::in_edges(v, adjacency); it != end; ++it) {
            if (adjacency[*it].type != mentions) printEdge(*it, false);
        }
    }

  private:
    Shell& shell_;
    graph::PropertyGraph& g_;
    graph::NewsGraph news_;
};

}  // namespace

CommandResult why(Shell& shell, std::span<const std::string> args) {
    const bool edge = !args.empty() && args[0] == "edge";
    if (args.size() != (edge ? 2u : 1u)) {
        return CommandResult::failure("`:why` needs a node id, or `edge` and an edge id.", true);
    }
    const auto id = parseId(args.back());
    if (!id) return CommandResult::failure("`" + args.back() + "` is not an id.", true);
    graph::PropertyGraph& g = shell.graph();
    WhyPrinter printer(shell);
    if (edge) {
        const auto e = g.findEdge(static_cast<graph::EdgeId>(*id));
        if (!e) return CommandResult::failure("There is no edge " + args.back() + ".", false);
        shell.out() << nodeCaption(g.node(g.source(*e))) << "  (node " << g.node(g.source(*e)).id
                    << ")\n";
        printer.printEdge(*e, true);
        return CommandResult::success();
    }
    const auto v = g.findNode(static_cast<graph::NodeId>(*id));
    if (!v) return CommandResult::failure("There is no node " + args.back() + ".", false);
    printer.printNode(*v);
    return CommandResult::success();
}

}  // namespace newsgraph::shell::commands
