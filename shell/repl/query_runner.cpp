#include "shell/repl/query_runner.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <ostream>

#include "shell/query/error.h"
#include "shell/query/query_engine.h"
#include "shell/query/renderer.h"
#include "shell/repl/corrections_journal.h"
#include "shell/repl/line_reader.h"

namespace newsgraph::shell {

namespace {

// The statement running now, for the Ctrl-C hook (cancel() only stores an atomic flag,
// so it may be called from a signal handler).
query::QueryEngine* gRunning = nullptr;

void cancelRunning() {
    if (gRunning) gRunning->cancel();
}

// The terminal's size, for fitting tables and deciding on the pager; 0s when unknown.
struct winsize terminalSize() {
    struct winsize size {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return {};
    return size;
}

std::size_t terminalWidth() { return terminalSize().ws_col; }

// The pager's command: $NEWSGRAPH_PAGER, else $PAGER, else less (quitting at once when the
// text fits: -F; keeping the screen: -X; chopping long lines rather than wrapping: -S).
std::string pagerCommand() {
    for (const char* name : {"NEWSGRAPH_PAGER", "PAGER"}) {
        if (const char* value = std::getenv(name); value && *value) return value;
    }
    return "less -FXS";
}

// Prints `text` to the terminal, through the pager when it is taller than the screen.
// Returns false when there was no pager to run (then nothing was printed).
bool page(const std::string& text) {
    const struct winsize size = terminalSize();
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    if (size.ws_row == 0 || lines < size.ws_row) return false;
    std::fflush(stdout);
    std::FILE* pipe = ::popen(pagerCommand().c_str(), "w");
    if (!pipe) return false;
    // Leaving the pager early closes the pipe: the rest is dropped, not a SIGPIPE death.
    struct sigaction ignore {}, previous {};
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ignore, &previous);
    std::fwrite(text.data(), 1, text.size(), pipe);
    ::pclose(pipe);
    sigaction(SIGPIPE, &previous, nullptr);
    return true;
}

// The journal keeps a statement as typed, so a `$name` in it has no value on replay.
void warnOfParameters(Shell& shell, const std::string& text) {
    for (const auto& [name, value] : shell.params) {
        if (text.find("$" + name) == std::string::npos) continue;
        shell.err() << "note: this write uses $" << name
                    << "; the corrections journal keeps the statement without the value, so "
                       "a rebuild will skip it (write the value into the statement to keep it)\n";
        return;
    }
}

bool runStatement(Shell& shell, const PendingStatement& statement, const std::string& source) {
    query::QueryOptions options;
    options.checkNames = true;  // people typing get "did you mean" for labels and keys
    options.memoryLimit = shell.memoryLimit;
    query::QueryEngine engine(shell.graph(), options, shell.catalog);

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
        const std::uint64_t before = shell.graph().version();
        query::QueryResult result = engine.run(statement.text, shell.params);
        if (result.writes && shell.graph().version() != before) {
            shell.recordCorrection(journalEntry(statement.text, std::chrono::system_clock::now()));
            warnOfParameters(shell, statement.text);
        }
        if (shell.jsonRows && shell.format == query::OutputFormat::Json) {
            for (auto& row : query::jsonRows(result)) shell.jsonRows->push_back(std::move(row));
        } else {
            query::RenderOptions render;
            render.expanded = shell.expanded;
            render.maxWidth = shell.options().interactive ? terminalWidth() : 0;
            const std::string text = query::render(result, shell.format, render);
            if (!(shell.options().interactive && shell.pager && (shell.out().flush(), page(text)))) {
                shell.out() << text;
            }
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
