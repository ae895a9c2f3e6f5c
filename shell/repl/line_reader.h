#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace newsgraph::shell {

// Set by Ctrl-C (SIGINT) while the shell runs; a running query polls it to stop, and the
// line reader uses it to drop the line being typed. Cleared by whoever acts on it.
std::atomic<bool>& interruptRequested();

// A function Ctrl-C also calls (from the signal handler: it must be async-signal-safe,
// e.g. store to an atomic), such as cancelling the running query; nullptr for none.
using InterruptHook = void (*)();
void setInterruptHook(InterruptHook hook);

// Installs the Ctrl-C handler that sets interruptRequested() and calls the hook. The
// LineReader installs it itself; scripts call it so Ctrl-C cancels the running query.
void catchInterrupts();

// GNU readline behind a small interface: prompts, line editing, persistent history and
// tab completion. Only for a terminal; scripts and pipes are read with Shell::runScript.
// One instance at a time (readline is global state).
class LineReader {
public:
    enum class Prompt { Primary, Continuation };

    // Completion candidates for the word being completed; `line` is the whole line so far.
    using Completer = std::function<std::vector<std::string>(const std::string& line,
                                                             const std::string& word)>;

    // `historyFile`: read at start, appended to by addHistory; empty for no history.
    LineReader(std::string historyFile, Completer completer);
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    // The next line, without its newline; nullopt at end of input (Ctrl-D). A line
    // recalled from a multi-line history entry holds its lines joined by '\n'.
    std::optional<std::string> readLine(Prompt prompt);
    // Adds one history entry (a command, or a whole statement of several lines joined by
    // '\n') and appends it to the history file. When the file cannot be written, a
    // warning naming it is returned, once per session; else "".
    std::string addHistory(const std::string& entry);
    // True when the last readLine() was cut short by Ctrl-C.
    bool interrupted() const { return interrupted_; }

private:
    std::string historyFile_;
    bool interrupted_ = false;
    bool historyWarned_ = false;
};

// Where the history is kept: $NEWSGRAPH_HISTORY, else ~/.newsgraph_history.
std::string defaultHistoryFile();

}  // namespace newsgraph::shell
