#pragma once

#include <string>
#include <unordered_map>

#include "graph/property_graph.h"

namespace newsgraph::graph {

// The short text that stands for a node in a diagram or a tool's label column, in one
// place so that every export names a node the same way:
//   Figure   "≈2,000 killed · 10 Sep 2023", then the subject on a second line. The
//            qualifier becomes a symbol (exact: none, approximately ≈, at least ≥, at
//            most ≤, more than >, less than <; any other is written out), a range reads
//            "10,000–15,000", and the date is the `when_begin` property, else the date
//            of the article of the first mention, else the `when` words.
//   Actor    the name, then the role on a second line.
//   Agency, Place   the name.
//   Article  the title, then the date and source.
//   other    the labels (":Person") and the `name` or `title` if there is one, else the id.
// Lines are separated by '\n' and cut to a readable width with "…". Holds a reference to
// the graph, which must outlive it.
class DisplayLabeler {
  public:
    explicit DisplayLabeler(const PropertyGraph& graph);

    std::string operator()(PropertyGraph::Vertex v) const;

  private:
    std::string figureLabel(const NodeRecord& node) const;
    std::string articleLabel(const NodeRecord& node) const;

    const PropertyGraph& graph_;
    std::unordered_map<std::string, std::string> articleDates_;  // article key -> ISO date
};

// A count with thousands separators: 2000 -> "2,000", 1.5 -> "1.5", 1400000.0 ->
// "1,400,000". Non-numbers are displayed as they are.
std::string formatCount(const Value& value);

// The symbol a figure's qualifier is shown as ("≈" for approximately), "" for exact or
// none, or the words themselves followed by a space for a qualifier without a symbol.
std::string qualifierSymbol(std::string_view qualifier);

// An ISO date ("2023-09-10", "2023-09", "2023") as "10 Sep 2023", "Sep 2023", "2023";
// anything else is returned unchanged.
std::string formatDate(std::string_view isoDate);

}  // namespace newsgraph::graph
