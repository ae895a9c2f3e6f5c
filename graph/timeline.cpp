#include "graph/timeline.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <queue>
#include <set>
#include <tuple>

#include "graph/news_schema.h"

namespace newsgraph::graph {

namespace {

using Vertex = PropertyGraph::Vertex;

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string text(const NodeRecord& node, const char* key) {
    const Value& v = node.property(key);
    return v.isString() ? v.asString() : std::string();
}

double number(const Value& v) {
    if (v.isInt()) return static_cast<double>(v.asInt());
    if (v.isDouble()) return v.asDouble();
    return 0;
}

// A node's name for lists: its name, else its title, else its labels.
std::string nameOf(const NodeRecord& node) {
    std::string name = text(node, "name");
    if (name.empty()) name = text(node, "title");
    if (name.empty() && !node.labels.empty()) name = node.labels.front();
    return name;
}

}  // namespace

Timeline buildTimeline(const PropertyGraph& g, const std::string& measureWanted, const std::string& filterWanted) {
    Timeline out;
    out.measure = lower(measureWanted);
    out.filter = lower(filterWanted);
    const auto& adjacency = g.adjacency();
    const std::string supersedes(relTypeOf(EdgeKind::Supersedes));
    const std::string reportedBy(relTypeOf(EdgeKind::ReportedBy));
    const std::string locatedIn(relTypeOf(EdgeKind::LocatedIn));

    // Article key -> date, for figures with no date of their own.
    std::map<std::string, std::string> articleDates;
    for (Vertex a : g.nodesWithLabel("Article")) {
        const NodeRecord& node = g.node(a);
        articleDates[text(node, "key")] = text(node, "date");
    }

    std::set<std::string> measures;
    std::vector<TimelineEntry> entries;
    std::map<Vertex, std::size_t> indexOf;
    for (Vertex v : g.nodesWithLabel("Figure")) {
        const NodeRecord& node = g.node(v);
        const std::string measure = text(node, "measure");
        measures.insert(measure);
        if (lower(measure) != out.measure) continue;
        TimelineEntry e;
        e.figure = v;
        for (auto [it, end] = boost::out_edges(v, adjacency); it != end; ++it) {
            const std::string& type = adjacency[*it].type;
            const NodeRecord& other = g.node(boost::target(*it, adjacency));
            const std::string name = nameOf(other);
            if (type == locatedIn && e.places.find(name) == std::string::npos) {
                e.places += (e.places.empty() ? "" : ", ") + name;
            } else if (type == reportedBy && std::find(e.reporters.begin(), e.reporters.end(), name) == e.reporters.end()) {
                e.reporters.push_back(name);
            }
        }
        e.subject = text(node, "subject");
        if (!out.filter.empty() && lower(e.subject).find(out.filter) == std::string::npos &&
            lower(e.places).find(out.filter) == std::string::npos) {
            continue;
        }
        e.date = text(node, "as_of");
        if (e.date.empty()) e.date = text(node, "when_begin");
        std::set<std::string> articles;
        for (const auto& mention : node.mentions) {
            articles.insert(mention.source);
            if (text(node, "as_of").empty() && text(node, "when_begin").empty()) {
                auto it = articleDates.find(mention.source);
                if (it != articleDates.end() && !it->second.empty() && (e.date.empty() || it->second < e.date)) {
                    e.date = it->second;
                }
            }
        }
        e.articles = articles.size();
        const Value& value = node.property("value");
        e.isRange = value.isNull() && !node.property("low").isNull();
        e.low = e.isRange ? number(node.property("low")) : number(value);
        e.high = e.isRange ? number(node.property("high")) : e.low;
        e.qualifier = text(node, "qualifier");
        e.when = text(node, "when");
        e.sentence = text(node, "sentence");
        indexOf[v] = entries.size();
        entries.push_back(std::move(e));
    }
    out.measures.assign(measures.begin(), measures.end());

    // Oldest first: a figure after everything it supersedes; then by date (undated last,
    // a past time before the present); ties keep the graph's order.
    std::vector<std::size_t> waiting(entries.size(), 0);
    std::vector<std::vector<std::size_t>> newerOf(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        for (auto [it, end] = boost::out_edges(entries[i].figure, adjacency); it != end; ++it) {
            auto older = indexOf.find(boost::target(*it, adjacency));
            if (adjacency[*it].type != supersedes || older == indexOf.end()) continue;
            ++waiting[i];
            newerOf[older->second].push_back(i);
        }
    }
    auto isPresent = [&](const TimelineEntry& e) { return e.when.empty() || e.when == "present"; };
    auto key = [&](std::size_t i) {
        return std::make_tuple(entries[i].date.empty(), entries[i].date, isPresent(entries[i]), i);
    };
    auto later = [&](std::size_t a, std::size_t b) { return key(a) > key(b); };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> ready(later);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!waiting[i]) ready.push(i);
    }
    std::vector<std::size_t> order;
    while (!ready.empty()) {
        const std::size_t i = ready.top();
        ready.pop();
        order.push_back(i);
        for (std::size_t newer : newerOf[i]) {
            if (--waiting[newer] == 0) ready.push(newer);
        }
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {  // a cycle (hand-made graphs): every figure still
        if (std::find(order.begin(), order.end(), i) == order.end()) order.push_back(i);
    }
    std::vector<std::size_t> position(entries.size());
    for (std::size_t p = 0; p < order.size(); ++p) position[order[p]] = p;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        for (std::size_t newer : newerOf[i]) {
            entries[newer].supersedes.push_back(position[i]);
            entries[i].supersededBy.push_back(position[newer]);
        }
    }
    for (std::size_t p : order) out.entries.push_back(std::move(entries[p]));
    for (auto& e : out.entries) {
        std::sort(e.supersedes.begin(), e.supersedes.end());
        std::sort(e.supersededBy.begin(), e.supersededBy.end());
    }
    return out;
}

}  // namespace newsgraph::graph
