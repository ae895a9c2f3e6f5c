#include "shell/repl/line_reader.h"

#include <readline/history.h>
#include <readline/readline.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "shell/repl/completer.h"

namespace newsgraph::shell {

namespace {

LineReader::Completer* gCompleter = nullptr;
std::vector<std::string> gMatches;

std::atomic<InterruptHook> gHook{nullptr};

void onInterrupt(int) {
    interruptRequested().store(true);
    if (InterruptHook hook = gHook.load()) hook();
}

// Reads a key; a Ctrl-C interrupts the blocking read (no SA_RESTART), and then the line
// being typed is dropped and accepted as empty, so readline returns at once.
int getKey(std::FILE* in) {
    for (;;) {
        unsigned char c;
        ssize_t n = ::read(fileno(in), &c, 1);
        if (n == 1) return c;
        if (n == 0) return EOF;
        if (errno != EINTR) return EOF;
        if (interruptRequested().load()) {
            rl_replace_line("", 0);
            rl_done = 1;
            return '\n';
        }
    }
}

char* nextMatch(const char*, int state) {
    static std::size_t index;
    if (state == 0) index = 0;
    if (index >= gMatches.size()) return nullptr;
    return strdup(gMatches[index++].c_str());
}

// Readline asks before it finds the word's start; a colon command's path keeps its `/`.
char* wordBreaks() {
    static std::string breaks;
    breaks = wordBreakCharacters(std::string(rl_line_buffer, static_cast<std::size_t>(rl_point)));
    return breaks.data();
}

char** complete(const char* text, int start, int) {
    rl_attempted_completion_over = 1;  // no file names unless the completer asks for them
    if (!gCompleter) return nullptr;
    std::string line(rl_line_buffer, static_cast<std::size_t>(start));
    gMatches = (*gCompleter)(line, text);
    if (gMatches.size() == 1 && gMatches[0] == kCompleteFiles) {  // the completer wants paths
        gMatches.clear();
        return rl_completion_matches(text, rl_filename_completion_function);
    }
    return rl_completion_matches(text, nextMatch);
}

}  // namespace

std::atomic<bool>& interruptRequested() {
    static std::atomic<bool> flag{false};
    return flag;
}

void setInterruptHook(InterruptHook hook) { gHook.store(hook); }

void catchInterrupts() {
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: a blocking read returns EINTR
    sigaction(SIGINT, &action, nullptr);
}

std::string defaultHistoryFile() {
    if (const char* path = std::getenv("NEWSGRAPH_HISTORY")) return path;
    if (const char* home = std::getenv("HOME")) return std::string(home) + "/.newsgraph_history";
    return {};
}

LineReader::LineReader(std::string historyFile, Completer completer)
    : historyFile_(std::move(historyFile)) {
    static Completer stored;
    stored = std::move(completer);
    gCompleter = &stored;
    rl_readline_name = "newsgraph";
    rl_attempted_completion_function = complete;
    rl_basic_word_break_characters = const_cast<char*>(wordBreakCharacters(""));
    rl_completion_word_break_hook = wordBreaks;
    rl_completer_quote_characters = const_cast<char*>("'\"`");
    rl_catch_signals = 0;
    rl_getc_function = getKey;
    catchInterrupts();
    // A statement typed on several lines is one entry; with timestamps, readline writes
    // each entry after a `#` line and reads its lines back as one entry.
    history_write_timestamps = 1;
    history_multiline_entries = 1;
    using_history();
    if (!historyFile_.empty()) read_history(historyFile_.c_str());
}

LineReader::~LineReader() {
    gCompleter = nullptr;
    signal(SIGINT, SIG_DFL);
}

std::optional<std::string> LineReader::readLine(Prompt prompt) {
    interruptRequested().store(false);
    char* raw = readline(prompt == Prompt::Primary ? "newsgraph> " : "      ...> ");
    interrupted_ = interruptRequested().exchange(false);
    if (!raw) return std::nullopt;
    std::string line(raw);
    std::free(raw);
    return line;
}

std::string LineReader::addHistory(const std::string& entry) {
    if (entry.find_first_not_of(" \t\n") == std::string::npos) return "";
    add_history(entry.c_str());
    if (historyFile_.empty()) return "";
    // append_history fails when the file does not exist yet; then it is created.
    int error = append_history(1, historyFile_.c_str());
    if (error != 0) error = write_history(historyFile_.c_str());
    if (error == 0 || historyWarned_) return "";
    historyWarned_ = true;
    return "warning: the history cannot be written to " + historyFile_ + ": " +
           std::strerror(error) + "; it is kept for this session only.";
}

}  // namespace newsgraph::shell
