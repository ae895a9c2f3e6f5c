#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "shell/query/runtime_value.h"
#include "shell/query/source_location.h"

namespace newsgraph::query {

// What the binder needs to know of a function: arity and whether it aggregates.
struct FunctionInfo {
    std::string name;  // canonical spelling, e.g. "toLower"
    std::size_t minArgs = 0;
    std::size_t maxArgs = 0;
    bool aggregate = false;
    bool temporal = false;  // called through callTemporal (temporal_functions.h)
};

// The function named `name` (case-insensitive), or nullptr when there is none.
const FunctionInfo* findFunction(const std::string& name);
// Every function's canonical name, for "did you mean" suggestions and the docs.
std::vector<std::string> functionNames();

// Calls a scalar function on evaluated arguments. Nodes and relationships are read
// from `g`. Throws EvalError (blamed on `at`) for wrong argument types or values.
// REQUIRES: findFunction(name) is a non-aggregate function and the arity was checked.
RuntimeValue callScalar(const FunctionInfo& function, std::vector<RuntimeValue>& args,
                        const graph::PropertyGraph& g, SourceSpan at);

}  // namespace newsgraph::query
