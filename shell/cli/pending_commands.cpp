// Subcommands whose component is not built yet say so plainly (and exit 1), so that a
// script learns at once what this build can do. Each moves to its own file when its
// component lands: query with the query language.
#include <iostream>

#include "shell/cli/arguments.h"
#include "shell/cli/subcommands.h"

namespace newsgraph::cli {

int runQuery(const std::vector<std::string>&) {
    std::cerr << "newsgraph query: the query language is not part of this build yet\n";
    return kExitBadInput;
}

}  // namespace newsgraph::cli
