// :timeline MEASURE [SUBJECT|PLACE]: the chain of estimates of one measure, oldest first.
#include <algorithm>
#include <map>
#include <ostream>
#include <queue>
#include <set>
#include <tuple>

#include "graph/news_graph.h"
#include "graph/news_schema.h"
#include "shell/repl/commands/commands.h"
#include "shell/repl/display_text.h"
#include "shell/repl/shell.h"

namespace newsgraph::shell::commands {

namespace {

using Vertex = graph::PropertyGraph::Vertex;

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string stringProperty(const graph::NodeRecord& node, const char* key) {
    const graph::Value& v = node.property(key);
    return v.isString() ? v.asString() : std::string();
}

// The date a figure counts up to (as_of), else its normalised time, else its earliest
// article's date.
std::string figureDate(graph::PropertyGraph& g, graph::NewsGraph& news, Vertex v) {
    const graph::NodeRecord& node = g.node(v);
    std::string date = stringProperty(node, "as_of");
    if (date.empty()) date = stringProperty(node, "when_begin");
    if (!date.empty()) return date;
    for (const auto& mention : node.mentions) {
        if (auto article = news.findArticle(mention.source)) {
            std::string d = stringProperty(g.node(*article), "date");
            if (!d.empty() && (date.empty() || d < date)) date = d;
        }
    }
    return date;
}

// The places a figure was counted in (LOCATED_IN), as "A, B".
std::string placesOf(graph::PropertyGraph& g, Vertex v) {
    const std::string locatedIn(graph::relTypeOf(graph::EdgeKind::LocatedIn));
    const auto& adjacency = g.adjacency();
    std::string places;
    for (auto [it, end] = boost::out_edges(v, adjacency); it != end; ++it) {
        if (adjacency[*it].type != locatedIn) continue;
        const std::string name = nodeCaption(g.node(boost::target(*it, adjacency)));
        if (places.find(name) == std::string::npos) places += (places.empty() ? "" : ", ") + name;
    }
    return places;
}

// True when a figure counts at its article's own time: no time phrase, or "present".
bool isPresent(const graph::NodeRecord& node) {
    const std::string when = stringProperty(node, "when");
    return when.empty() || when == "present";
}

}  // namespace

CommandResult timeline(Shell& shell, std::span<const std::string> args) {
    if (args.empty()) return CommandResult::failure("`:timeline` needs a MEASURE.", true);
    const std::string measure = lower(args[0]);
    std::string subject;
    for (std::size_t i = 1; i < args.size(); ++i) subject += (i > 1 ? " " : "") + lower(args[i]);

    graph::PropertyGraph& g = shell.graph();
    graph::NewsGraph news(g);
    const auto& adjacency = g.adjacency();
    const std::string supersedes(graph::relTypeOf(graph::EdgeKind::Supersedes));
    const std::string reportedBy(graph::relTypeOf(graph::EdgeKind::ReportedBy));

    std::vector<Vertex> figures;
    std::map<Vertex, std::string> places;  // where each chosen figure was counted
    std::set<std::string> measures;
    for (Vertex v : g.nodesWithLabel("Figure")) {
        const graph::NodeRecord& node = g.node(v);
        measures.insert(stringProperty(node, "measure"));
        if (lower(stringProperty(node, "measure")) != measure) continue;
        // SUBJECT matches the counted words or the place: ":timeline killed khartoum".
        std::string where = placesOf(g, v);
        if (!subject.empty() &&
            lower(stringProperty(node, "subject")).find(subject) == std::string::npos &&
            lower(where).find(subject) == std::string::npos) {
            continue;
        }
        figures.push_back(v);
        places[v] = std::move(where);
    }
    if (figures.empty()) {
        std::string known;
        for (const auto& m : measures) known += (known.empty() ? "" : ", ") + m;
        return CommandResult::failure("No figures of `" + args[0] + "`" +
                                      (subject.empty() ? "" : " about `" + subject + "`") + "." +
                                      (known.empty() ? "" : " Measures in this graph: " + known + "."));
    }

    // Oldest first: a figure comes after everything it supersedes; ties by date.
    std::map<Vertex, std::string> dates;
    for (Vertex v : figures) dates[v] = figureDate(g, news, v);
    std::set<Vertex> chosen(figures.begin(), figures.end());
    std::map<Vertex, std::size_t> waiting;  // older figures not yet placed
    std::map<Vertex, std::vector<Vertex>> newerOf;
    for (Vertex v : figures) {
        for (auto [it, end] = boost::out_edges(v, adjacency); it != end; ++it) {
            Vertex older = boost::target(*it, adjacency);
            if (adjacency[*it].type != supersedes || !chosen.count(older)) continue;
            ++waiting[v];
            newerOf[older].push_back(v);
        }
    }
    // Dated figures by date; then the undated, whose order can only be told from their
    // time words: a past time ("last week", "January") before the present (the article's
    // own time, the newest it speaks of). Ties keep the graph's order.
    auto key = [&](Vertex v) {
        return std::make_tuple(dates[v].empty(), dates[v], isPresent(g.node(v)), v);
    };
    auto later = [&](Vertex a, Vertex b) { return key(a) > key(b); };
    std::priority_queue<Vertex, std::vector<Vertex>, decltype(later)> ready(later);
    for (Vertex v : figures) {
        if (!waiting[v]) ready.push(v);
    }
    std::vector<Vertex> order;
    while (!ready.empty()) {
        Vertex v = ready.top();
        ready.pop();
        order.push_back(v);
        for (Vertex newer : newerOf[v]) {
            if (--waiting[newer] == 0) ready.push(newer);
        }
    }
    for (Vertex v : figures) {  // a cycle (hand-made graphs) still lists every figure
        if (std::find(order.begin(), order.end(), v) == order.end()) order.push_back(v);
    }

    const auto undated = static_cast<std::size_t>(
        std::count_if(order.begin(), order.end(), [&](Vertex v) { return dates[v].empty(); }));
    auto& out = shell.out();
    out << "Timeline of `" << args[0] << "`" << (subject.empty() ? "" : " about `" + subject + "`")
        << ": " << order.size() << " figure" << (order.size() == 1 ? "" : "s") << ", oldest first";
    if (undated == order.size()) {
        out << " (none is dated: past times before the present)";
    } else if (undated > 0) {
        out << " (" << undated << " undated, after the dated: past times before the present)";
    }
    out << "\n";
    for (Vertex v : order) {
        const graph::NodeRecord& node = g.node(v);
        std::set<std::string> articles;
        for (const auto& mention : node.mentions) articles.insert(mention.source);
        std::string reporters, newer;
        for (auto [it, end] = boost::out_edges(v, adjacency); it != end; ++it) {
            if (adjacency[*it].type != reportedBy) continue;
            std::string name = nodeCaption(g.node(boost::target(*it, adjacency)));
            if (reporters.find(name) == std::string::npos) reporters += (reporters.empty() ? "" : ", ") + name;
        }
        for (auto [it, end] = boost::in_edges(v, adjacency); it != end; ++it) {
            if (adjacency[*it].type != supersedes) continue;
            newer += (newer.empty() ? "" : ", ") + figureValueText(g.node(boost::source(*it, adjacency)));
        }
        const std::string& where = places[v];
        out << "  " << figureValueText(node) << "  " << stringProperty(node, "subject") << "\n"
            << "      when: " << stringProperty(node, "when")
            << (dates[v].empty() ? " (undated)" : " (" + dates[v] + ")") << "\n"
            << (where.empty() ? "" : "      where: " + where + "\n")
            << "      reported by: " << (reporters.empty() ? "(no source named)" : reporters) << "\n"
            << "      in " << articles.size() << " article" << (articles.size() == 1 ? "" : "s")
            << (newer.empty() ? "" : "; superseded by " + newer) << "\n";
    }
    return CommandResult::success();
}

}  // namespace newsgraph::shell::commands
