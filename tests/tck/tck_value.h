#pragma once

#include <optional>
#include <string>

#include "shell/query/runtime_value.h"

namespace newsgraph::tck {

// Values written as the TCK writes them: null, true, 1, 1.5, 'text', [1, 2], {k: 1},
// nodes (:A:B {k: 1}), relationships [:T {k: 1}], paths <(:A)-[:T]->(:B)>.

// The canonical form used to compare an expected cell with an actual value: map keys and
// node labels sorted, floats in one notation, strings re-quoted. With `unorderedLists`,
// list elements are sorted too. nullopt when `text` is not a value.
std::optional<std::string> canonical(const std::string& text, bool unorderedLists = false);

// A literal (no nodes, relationships or paths) as a runtime value, for parameters.
std::optional<query::RuntimeValue> parseLiteral(const std::string& text);

}  // namespace newsgraph::tck
