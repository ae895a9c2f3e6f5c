#pragma once

#include <string>
#include <string_view>

namespace newsgraph::shell {

class Shell;

// Sets `$name` (a leading `$` is dropped) to the value of `expression`, written as in a
// query (42, 'Sudan', [1, 2], {measure: 'killed'}, date('2023-05-01')). Evaluated without a
// graph pattern; earlier parameters may be used. Returns "" on success, else a sentence
// saying what is wrong (a bad name, a bad expression, more than one value). Used by
// `:param` and by `newsgraph query --param NAME=VALUE`.
std::string setParameter(Shell& shell, std::string_view name, std::string_view expression);

}  // namespace newsgraph::shell
