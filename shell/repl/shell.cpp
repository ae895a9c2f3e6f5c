#include "shell/repl/shell.h"

#include <istream>
#include <ostream>
#include <sstream>
#include <vector>

#include "graph/utf8.h"
#include "shell/repl/command_table.h"
#include "shell/repl/line_reader.h"

namespace newsgraph::shell {

namespace {

// Splits a command line into words; "double quoted" words may hold spaces.
std::vector<std::string> splitWords(std::string_view line) {
    std::vector<std::string> words;
    std::string word;
    bool quoted = false, inWord = false;
    for (char c : line) {
        if (c == '"') {
            quoted = !quoted;
            inWord = true;
        } else if (!quoted && std::isspace(static_cast<unsigned char>(c))) {
            if (inWord) words.push_back(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord) words.push_back(word);
    return words;
}

bool isBlankOrComment(std::string_view line) {
    std::size_t first = line.find_first_not_of(" \t\r");
    return first == std::string_view::npos || line.substr(first, 2) == "//";
}

}  // namespace

Shell::Shell(ShellOptions options, std::ostream& out, std::ostream& err)
    : options_(options), out_(out), err_(err), graph_(std::make_unique<graph::PropertyGraph>()) {}

Shell::~Shell() = default;

void Shell::replaceGraph(std::unique_ptr<graph::PropertyGraph> graph, std::string path) {
    graph_ = std::move(graph);
    graphPath_ = std::move(path);
    catalog.clear();
    corrections_.clear();
    markSaved();
}

void Shell::reportError(const std::string& sourceName, std::size_t line, std::size_t column,
                        const std::string& message) {
    ++errors_;
    if (!options_.interactive && !sourceName.empty()) {
        err_ << sourceName;
        if (line > 0) err_ << ":" << line << ":" << column;
        err_ << ": ";
    }
    err_ << message << "\n";
}

void Shell::reportDiagnostic(const std::string& diagnostic) {
    ++errors_;
    err_ << diagnostic;
}

bool Shell::runCommandLine(const std::string& line, const std::string& name, std::size_t lineNo) {
    const std::string_view text = std::string_view(line).substr(line.find(':') + 1);
    std::vector<std::string> words = splitWords(text);
    if (words.empty()) {
        reportError(name, lineNo, 1, "A colon needs a command name. Type `:help` for help.");
        return false;
    }
    const Command* command = findCommand(words[0]);
    if (!command) {
        reportError(name, lineNo, 1, unknownCommandMessage(words[0]));
        return false;
    }
    std::span<const std::string> args(words.data() + 1, words.size() - 1);
    const std::size_t nameEnd = text.find(words[0]) + words[0].size();
    const std::size_t argsStart = text.find_first_not_of(" \t", nameEnd);
    commandText_ = argsStart == std::string_view::npos ? "" : std::string(text.substr(argsStart));
    CommandResult result = command->handler(*this, args);
    if (result.exit) quit_ = true;
    if (!result.ok) {
        std::string message = result.error;
        if (result.printUsage) message += "\nusage: " + std::string(command->usage);
        reportError(name, lineNo, 1, message);
    }
    return result.ok;
}

bool Shell::runStatement(const PendingStatement& statement, const std::string& name) {
    if (!runQuery_) {
        reportError(name, statement.line, statement.column,
                    "The query language is not part of this build yet.");
        return false;
    }
    return runQuery_(*this, statement, name);
}

bool Shell::processLine(const std::string& line, StatementSplitter& splitter,
                        const std::string& name) {
    if (!splitter.pending()) {
        std::size_t first = line.find_first_not_of(" \t");
        if (first != std::string::npos && line[first] == ':') {
            std::size_t lineNo = splitter.nextLine();
            splitter.addLine("");  // keep line numbers in step
            bool ok = runCommandLine(line, name, lineNo);
            return ok || options_.interactive || options_.keepGoing;
        }
        if (isBlankOrComment(line)) {
            splitter.addLine(line);
            return true;
        }
    }
    splitter.addLine(line);
    while (auto statement = splitter.next()) {
        bool ok = runStatement(*statement, name);
        if (!ok && !options_.interactive && !options_.keepGoing) return false;
        if (quit_) return true;
    }
    return true;
}

bool Shell::runScript(std::istream& in, const std::string& name) {
    const std::size_t errorsBefore = errors_;
    StatementSplitter splitter;
    std::string line;
    std::size_t lineNo = 0;
    while (!quit_ && std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        // A binary file given as a script would make an error of every line, each
        // printing raw bytes: refuse it once, even with --keep-going.
        std::size_t bad = line.find('\0');
        if (bad == std::string::npos) bad = graph::findInvalidUtf8(line);
        if (bad != std::string::npos) {
            reportError(name, lineNo, bad + 1,
                        "input error: not a text script (a NUL byte or invalid UTF-8 here); "
                        "nothing more of it was run");
            return false;
        }
        if (!processLine(line, splitter, name)) return false;
    }
    if (!quit_) {
        if (auto rest = splitter.takeRest()) {
            // A last statement without ';' runs too: `-c 'MATCH (n) RETURN n'` needs none.
            if (!runStatement(*rest, name) && !options_.keepGoing) return false;
        }
    }
    return errors_ == errorsBefore;
}

int Shell::runInteractive(LineReader& reader) {
    StatementSplitter splitter;
    std::string entry;  // the lines of the statement being typed: one history entry
    bool warnedUnsaved = false;
    for (;;) {
        while (!quit_) {
            std::optional<std::string> line =
                reader.readLine(splitter.pending() ? LineReader::Prompt::Continuation
                                                   : LineReader::Prompt::Primary);
            if (!line) break;  // Ctrl-D
            if (reader.interrupted()) {  // Ctrl-C while typing: drop the pending statement
                splitter.clear();
                entry.clear();
                continue;
            }
            const std::size_t first = line->find_first_not_of(" \t");
            if (splitter.pending() && first != std::string::npos && (*line)[first] == ':') {
                // A colon line would be swallowed into the statement: say so instead.
                err_ << "A statement is pending (the `...>` prompt): end it with `;`, or press "
                        "Ctrl-C to drop it, before a colon command.\n";
                continue;
            }
            entry += (entry.empty() ? "" : "\n") + *line;
            std::istringstream parts(*line);  // a recalled entry holds several lines
            for (std::string part; std::getline(parts, part) && !quit_;) {
                processLine(part, splitter, "");
            }
            if (line->empty()) processLine("", splitter, "");
            if (!splitter.pending()) {
                if (std::string warning = reader.addHistory(entry); !warning.empty()) {
                    err_ << warning << "\n";
                }
                entry.clear();
            }
        }
        if (unsavedWrites() && !warnedUnsaved) {
            warnedUnsaved = true;
            quit_ = false;
            err_ << "The graph has unsaved writes: `:save FILE` keeps them; `:quit` again (or "
                    "Ctrl-D) leaves without them.\n";
            continue;
        }
        break;
    }
    if (auto rest = splitter.takeRest(); rest && !quit_) {
        err_ << "The last statement had no closing ';' and was not run.\n";
    }
    return 0;
}

}  // namespace newsgraph::shell
