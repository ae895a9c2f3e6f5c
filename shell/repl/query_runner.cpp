#include "shell/repl/query_runner.h"

#include <chrono>
#include <cstdio>
#include <ostream>

#include "shell/query/error.h"
#include "shell/query/query_engine.h"
#include "shell/query/renderer.h"
#include "shell/repl/line_reader.h"

namespace newsgraph::shell {

namespace {

// The statement running now, for the Ctrl-C hook (cancel() only stores an atomic flag,
// so it may be called from a signal handler).
query::QueryEngine* gRunning = nullptr;

void cancelRunning() {
    if (gRunning) gRunning->cancel();
}

bool runStatement(Shell& shell, const PendingStatement& statement, const std::string& source) {
    query::QueryOptions options;
    options.checkNames = true;  // people typing get "did you mean" for labels and keys
    options.memoryLimit = shell.memoryLimit;
    query::QueryEngine engine(shell.graph(), options);

    gRunning = &engine;
    setInterruptHook(cancelRunning);
    struct Reset {
        ~Reset() {
            setInterruptHook(nullptr);
            gRunning = nullptr;
        }
    } reset;

    const auto start = std::chrono::steady_clock::now();
    try {
        query::QueryResult result = engine.run(statement.text, shell.params);
        if (shell.jsonRows && shell.format == query::OutputFormat::Json) {
            for (auto& row : query::jsonRows(result)) shell.jsonRows->push_back(std::move(row));
        } else {
            shell.out() << query::render(result, shell.format);
        }
    } catch (const query::Error& error) {
        shell.out().flush();
        const std::string name = source.empty() ? "query" : source;
        shell.reportDiagnostic(query::formatDiagnostic(
            name, statement.text, error, query::LineColumn{statement.line, statement.column}));
        return false;
    }
    if (shell.timing) {
        const double ms = std::chrono::duration<double, std::milli>(
                              std::chrono::steady_clock::now() - start)
                              .count();
        char text[32];
        std::snprintf(text, sizeof text, "%.1f", ms);
        shell.out() << "Time: " << text << " ms\n";
    }
    return true;
}

}  // namespace

Shell::QueryRunner makeQueryRunner() { return runStatement; }

}  // namespace newsgraph::shell
