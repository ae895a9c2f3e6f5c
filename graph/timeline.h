#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/property_graph.h"

namespace newsgraph::graph {

// The estimates of one measure over time, as `:timeline` lists them and the timeline
// chart draws them: the figures whose `measure` is the measure (and whose subject or
// place holds the filter, when one is given), oldest first. A figure comes after every
// figure it supersedes; otherwise dated figures go by date, then the undated ones, a
// past time ("last week") before the present.
struct TimelineEntry {
    PropertyGraph::Vertex figure{};
    std::string date;       // ISO date it counts up to (as_of, when_begin, else its first article's), or ""
    double low = 0;         // the value, or a range's ends
    double high = 0;
    bool isRange = false;
    std::string qualifier;  // exact | approximately | at least | at most | ...
    std::string subject;
    std::string when;       // the figure's time words ("present", "last week")
    std::string places;     // where it was counted (LOCATED_IN), "A, B"
    std::vector<std::string> reporters;  // REPORTED_BY, each once, in edge order
    std::string sentence;   // the sentence it was read from (the first statement's)
    std::size_t articles = 0;             // how many articles state it
    std::vector<std::size_t> supersedes;  // indexes of the entries it replaces
    std::vector<std::size_t> supersededBy;
};

struct Timeline {
    std::string measure;
    std::string filter;
    std::vector<TimelineEntry> entries;  // oldest first
    std::vector<std::string> measures;   // every measure of the graph, for messages
};

// The timeline of `measure` (case-folded) in `graph`, filtered by `filter` (case-folded
// words of the subject or the places; empty: all). Empty entries when nothing matches.
Timeline buildTimeline(const PropertyGraph& graph, const std::string& measure, const std::string& filter);

}  // namespace newsgraph::graph
