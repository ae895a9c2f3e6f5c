#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace newsgraph::shell {

// The corrections journal: every write statement an analyst saved into a graph, kept
// beside it as a plain Cypher script so that `newsgraph build ... --corrections FILE`
// can replay the fixes on a rebuild (corrections_replay.h; docs/shell.md,
// "Corrections"). Each entry is a comment line with the time it was made, then the
// statement as it was typed, ended by `;`:
//
//     // 2026-12-03T08:40:12Z
//     MATCH (f:Figure) WHERE id(f) = 1234 SET f.value = 45;

// The journal of the graph saved at `graphPath`: "graph.json" -> "graph.json.corrections.cypher".
std::string journalPathFor(const std::string& graphPath);

// One entry for `statement` (without its `;`), made at `when`.
std::string journalEntry(std::string_view statement, std::chrono::system_clock::time_point when);

// Appends entries to the journal at `path`, creating it if need be. Atomic: the old
// contents and the new entries are written to a temporary file that is renamed over the
// journal, so a failure (or a crash) leaves the journal as it was; a journal that exists
// but cannot be read is never replaced.
Status appendToJournal(const std::string& path, const std::vector<std::string>& entries);

}  // namespace newsgraph::shell
