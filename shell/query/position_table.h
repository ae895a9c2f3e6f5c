#pragma once

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <cstddef>
#include <vector>

#include "shell/query/source_location.h"

namespace newsgraph::query {

// Where each annotated AST node came from: the parser's position cache turned into byte
// offsets into the query text, so later stages need neither X3 nor the iterators.
class PositionTable {
public:
    PositionTable() = default;
    explicit PositionTable(std::vector<std::size_t> offsets) : offsets_(std::move(offsets)) {}

    // The node's range; an empty range at its start when only the start is known (inner
    // nodes of a property chain); {0, 0} for a node the parser did not annotate.
    SourceSpan spanOf(const boost::spirit::x3::position_tagged& node) const {
        if (node.id_first < 0) return {};
        auto first = static_cast<std::size_t>(node.id_first);
        if (first >= offsets_.size()) return {};
        auto last = static_cast<std::size_t>(node.id_last);
        if (node.id_last < 0 || last >= offsets_.size()) return {offsets_[first], offsets_[first]};
        return {offsets_[first], offsets_[last]};
    }

private:
    std::vector<std::size_t> offsets_;
};

}  // namespace newsgraph::query
