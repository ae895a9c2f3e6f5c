#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/property_graph.h"
#include "graph/status.h"
#include "shell/query/evaluator.h"
#include "shell/query/query_engine.h"
#include "shell/query/memory_meter.h"
#include "shell/query/renderer.h"
#include "shell/query/statement_splitter.h"

namespace newsgraph::shell {

class LineReader;

using query::PendingStatement;
using query::StatementSplitter;

struct ShellOptions {
    // Prompts, colours and interactive error handling (print and carry on).
    // Default: false (a script: the first error stops it).
    bool interactive = false;
    // In a script, report errors and go on. Default: false.
    bool keepGoing = false;
};

// The shell's state and its input loop: reads lines, dispatches `:` commands through the
// command table, accumulates queries up to `;` and hands each to the query runner. The
// query engine knows nothing of the shell; the shell reaches it through `QueryRunner`.
class Shell {
public:
    // Runs one statement; reports its own errors through shell.reportError and returns
    // false on error. `origin` says where the statement's text starts in its source.
    using QueryRunner = std::function<bool(Shell& shell, const PendingStatement& statement,
                                           const std::string& sourceName)>;

    Shell(ShellOptions options, std::ostream& out, std::ostream& err);
    ~Shell();

    // The open graph, and the file it was opened from or saved to (empty if none).
    graph::PropertyGraph& graph() { return *graph_; }
    void replaceGraph(std::unique_ptr<graph::PropertyGraph> graph, std::string path);
    const std::string& graphPath() const { return graphPath_; }
    void setGraphPath(std::string path) { graphPath_ = std::move(path); }
    // Whether the graph changed since it was opened, built or last saved; markSaved()
    // after a save.
    bool unsavedWrites() const { return graph_->version() != savedVersion_; }
    void markSaved() { savedVersion_ = graph_->version(); }

    // Corrections: each write statement that changed the graph, as a journal entry
    // (corrections_journal.h), kept until the graph is saved; replaceGraph drops them.
    void recordCorrection(std::string entry) { corrections_.push_back(std::move(entry)); }
    const std::vector<std::string>& pendingCorrections() const { return corrections_; }
    // Saves the graph to `path` (graph.json, atomically) after appending the pending
    // corrections to its journal (journalPathFor(path)); then `path` is the graph's file
    // and nothing is unsaved. On failure the graph file is as it was, and so is the
    // journal unless the failure came after it (then the entries are not added twice).
    // `journaled` is how many entries were appended.
    Status save(const std::string& path, std::size_t& journaled);

    std::ostream& out() { return out_; }
    std::ostream& err() { return err_; }
    const ShellOptions& options() const { return options_; }

    query::OutputFormat format = query::OutputFormat::Table;
    bool timing = false;
    bool expanded = false;  // :expanded on: one block per row (psql's \x)
    bool pager = true;      // :pager: results taller than the terminal go through a pager
    // The memory budget of each query (QueryOptions::memoryLimit); `:memory`,
    // `--memory-limit`. 0: none. Default: query::defaultMemoryLimit().
    std::size_t memoryLimit = query::defaultMemoryLimit();
    // `newsgraph query --format json`: standard output is one JSON array, so the rows of
    // every statement are kept here (one JSON object each) and printed once at the end.
    std::optional<std::vector<std::string>> jsonRows;
    query::Parameters params;  // $name values set by :param
    // The open graph's names, shared by every statement's engine (query_engine.h).
    query::CatalogCache catalog;

    // The raw text after the running colon command's name, for commands whose last
    // argument is a query (`:export dot FILE MATCH ...`) and must keep its quotes.
    const std::string& commandText() const { return commandText_; }

    void setQueryRunner(QueryRunner runner) { runQuery_ = std::move(runner); }

    // Reads `in` to the end as a script named `name` (a file, "-", or "<command line>").
    // Returns false if any statement or command failed. A line holding a NUL byte or
    // invalid UTF-8 (a binary file) is reported once, as an input error at its position,
    // and ends the script even with --keep-going.
    bool runScript(std::istream& in, const std::string& name);
    // The interactive loop: until :quit or end of input. Returns the exit status. With
    // unsaved writes, the first :quit or Ctrl-D says so and goes on; the second leaves.
    int runInteractive(LineReader& reader);

    // Prints an error: interactively as is; in a script as `name:line:column: message`
    // (line 0 means the whole source). Counts it.
    void reportError(const std::string& sourceName, std::size_t line, std::size_t column,
                     const std::string& message);
    // Prints a complete diagnostic (it carries its own location) and counts it.
    void reportDiagnostic(const std::string& diagnostic);
    std::size_t errorCount() const { return errors_; }
    bool quitRequested() const { return quit_; }
    void requestQuit() { quit_ = true; }

private:
    // Feeds one input line; returns false when the script must stop.
    bool processLine(const std::string& line, StatementSplitter& splitter, const std::string& name);
    bool runCommandLine(const std::string& line, const std::string& name, std::size_t lineNo);
    bool runStatement(const PendingStatement& statement, const std::string& name);

    ShellOptions options_;
    std::ostream& out_;
    std::ostream& err_;
    std::unique_ptr<graph::PropertyGraph> graph_;
    std::string graphPath_;
    std::uint64_t savedVersion_ = 0;
    std::vector<std::string> corrections_;
    QueryRunner runQuery_;
    std::string commandText_;
    std::size_t errors_ = 0;
    bool quit_ = false;
};

}  // namespace newsgraph::shell
