#pragma once

#include <span>
#include <string>
#include <string_view>

namespace newsgraph::shell {

class Shell;

// What a colon command did: ok, or an error to print; `exit` asks the shell to leave;
// `printUsage` asks it to print the command's usage line after the error.
struct CommandResult {
    bool ok = true;
    std::string error;
    bool exit = false;
    bool printUsage = false;

    static CommandResult success() { return {}; }
    static CommandResult failure(std::string message, bool usage = false) {
        return {false, std::move(message), false, usage};
    }
};

using CommandHandler = CommandResult (*)(Shell& shell, std::span<const std::string> args);

// One colon command. `:help`, `:help NAME`, completion and "did you mean" all read the
// table of these (command_table.h); the usage text is written once, here.
struct Command {
    std::string_view name;     // without the colon
    std::size_t minAbbrev;     // shortest accepted prefix (":q" for ":quit")
    std::string_view usage;    // ":load PATH..."
    std::string_view summary;  // one line for :help
    std::string_view details;  // more for :help NAME (may be empty)
    CommandHandler handler;
};

}  // namespace newsgraph::shell
