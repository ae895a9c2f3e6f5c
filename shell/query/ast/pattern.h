#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "shell/query/ast/expression.h"

namespace newsgraph::query::ast {

// (variable:Label1:Label2 {key: value})
struct NodePattern : x3::position_tagged {
    std::string variable;  // empty when anonymous
    std::vector<std::string> labels;
    Expr properties;  // Map, Parameter or Absent
};

enum class Direction { Right, Left, Both };

// -[variable:TYPE1|TYPE2*min..max {key: value}]->
struct RelPattern : x3::position_tagged {
    std::string variable;
    std::vector<std::string> types;
    Direction direction = Direction::Both;
    bool variableLength = false;
    std::int64_t minHops = -1;  // -1: not written
    std::int64_t maxHops = -1;  // -1: not written
    Expr properties;
};

// p = (a)-[r]->(b)<-[s]-(c): nodes.size() == rels.size() + 1.
struct PatternPart : x3::position_tagged {
    std::string pathVariable;
    std::string shortest;  // "", "shortestPath" or "allShortestPaths"
    std::vector<NodePattern> nodes;
    std::vector<RelPattern> rels;
};

}  // namespace newsgraph::query::ast
