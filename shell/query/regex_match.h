#pragma once

#include <optional>
#include <string>

namespace newsgraph::query {

// `text =~ pattern`: whether the whole of `text` matches `pattern`, through RE2, whose
// matching time is linear in the text whatever the pattern (a pattern a user or a fuzzer
// writes, such as `(a+)+b`, cannot stall a query as a backtracking engine would). The
// syntax is RE2's: Java's and ECMAScript's everyday syntax, without backreferences and
// lookaround. Compiled patterns are cached per thread (the last few hundred).
// Returns nullopt when the pattern is invalid; `error` then says why.
std::optional<bool> regexFullMatch(const std::string& text, const std::string& pattern, std::string& error);

}  // namespace newsgraph::query
