#pragma once

#include <optional>
#include <string>

#include "shell/query/error.h"

namespace newsgraph::query {

// Why a query that failed to parse is unbalanced, if it is: a string or `quoted name`
// that never ends ("unterminated string", the caret under its opening quote), a closer
// that does not match its opener, or a bracket that is never closed. For the last, the
// caret goes where the closer is missing: before the first clause keyword (RETURN,
// WITH...) after the opener at its own depth, else at the end of the query, as in
// "expected ')' after `(n`, found `RETURN`". `text` has its comments blanked. Returns
// nullopt when quotes and brackets are balanced; then the grammar's message stands.
std::optional<SyntaxError> findUnclosed(const std::string& text);

}  // namespace newsgraph::query
