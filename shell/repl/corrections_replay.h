#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "graph/property_graph.h"
#include "graph/status.h"

namespace newsgraph::shell {

// What replaying a corrections journal (corrections_journal.h) did.
struct ReplayReport {
    std::size_t statements = 0;
    std::size_t applied = 0;    // changed the graph
    std::size_t unchanged = 0;  // ran, changed nothing, and every node it names is there
    // One message per statement skipped, naming the journal, the line, the statement and
    // what no longer matches: a node that is gone, or the error the statement now gives.
    std::vector<std::string> skipped;
};

// Runs every statement of the journal at `path` on `graph`, in order, each on its own
// (a statement that fails changes nothing, query_engine.h). A statement that changes
// nothing because a node it names (a node pattern with a label or properties, or
// `id(x) = N`) matches no node any more is stale: it is reported by name and skipped, and
// the rest are applied. Fails only when the journal cannot be read (then nothing ran).
Status replayCorrections(const std::string& path, graph::PropertyGraph& graph,
                         ReplayReport& report);

}  // namespace newsgraph::shell
