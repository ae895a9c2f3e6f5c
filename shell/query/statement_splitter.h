#pragma once

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::query {

// A complete statement cut out of the input, with where it started (1-based line and
// column in the input) so errors in scripts can say `file:line:column`.
// The text's first character stands at (line, column).
struct PendingStatement {
    std::string text;  // without the closing ';' and the blanks and comments before it
    std::size_t line = 1;
    std::size_t column = 1;
};

// Accumulates input lines into statements that end with a ';' outside strings
// ('...', "...", `...`, with backslash escapes) and comments (// to the end of the line,
// /* ... */). Lines are fed one at a time, so the REPL knows when it is waiting for more
// (a continuation prompt). Not thread-safe; one per input stream.
class StatementSplitter {
public:
    // Adds one line (without its newline). Complete statements are then taken with next().
    void addLine(std::string_view line);
    // The next complete statement, if any.
    std::optional<PendingStatement> next();
    // True when some non-blank text is waiting for its ';'.
    bool pending() const;
    // Takes whatever text is left (at end of input), if it is not blank.
    std::optional<PendingStatement> takeRest();
    // Forgets everything pending (Ctrl-C while typing).
    void clear();
    // The line number the next addLine() will have.
    std::size_t nextLine() const { return lineNo_ + 1; }

private:
    enum class State { Code, Single, Double, Backtick, LineComment, BlockComment };

    std::string buffer_;  // text since the last complete statement
    std::size_t startLine_ = 1, startColumn_ = 1;
    bool started_ = false;  // buffer_ holds non-blank code
    std::size_t lineNo_ = 0;
    State state_ = State::Code;
    std::deque<PendingStatement> ready_;
};

// Every statement of a whole script (the last may lack its ';'), for callers that have
// the script at once (the TCK runner, fixtures). The shell feeds lines one at a time.
std::vector<PendingStatement> splitStatements(std::string_view script);

}  // namespace newsgraph::query
