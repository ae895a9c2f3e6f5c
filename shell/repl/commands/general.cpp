// :help, :quit, :format, :timing, :expanded, :pager, :memory: the shell's own settings.
#include <algorithm>
#include <ostream>

#include "shell/repl/command_table.h"
#include "shell/repl/commands/commands.h"
#include "shell/repl/shell.h"

namespace newsgraph::shell::commands {

namespace {

// Settings are words, not identifiers: `:format CSV` and `:timing ON` mean what they say.
std::string lowered(std::string word) {
    std::transform(word.begin(), word.end(), word.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return word;
}

// `:NAME` alone shows an on/off setting; `:NAME on|off` (any case) sets it.
CommandResult onOffSetting(Shell& shell, std::span<const std::string> args, const char* name,
                           bool& setting) {
    if (args.empty()) {
        shell.out() << name << ": " << (setting ? "on" : "off") << "\n";
        return CommandResult::success();
    }
    if (args.size() == 1 && (lowered(args[0]) == "on" || lowered(args[0]) == "off")) {
        setting = lowered(args[0]) == "on";
        return CommandResult::success();
    }
    return CommandResult::failure(std::string("`:") + name + "` takes `on` or `off`.", true);
}

}  // namespace

CommandResult help(Shell& shell, std::span<const std::string> args) {
    if (args.size() > 1) return CommandResult::failure("`:help` takes at most one command name.", true);
    if (args.size() == 1) {
        std::string_view name = args[0];
        if (!name.empty() && name[0] == ':') name.remove_prefix(1);
        const Command* command = findCommand(name);
        if (!command) return CommandResult::failure(unknownCommandMessage(name));
        shell.out() << "usage: " << command->usage << "\n" << command->summary << "\n";
        if (!command->details.empty()) shell.out() << "\n" << command->details << "\n";
        return CommandResult::success();
    }
    shell.out() << "Queries are openCypher (MATCH ... RETURN ...), ended by ';'.\n"
                   "Labels: Actor, Agency, Place, Figure, Article. "
                   "Relationships: REPORTED_BY, SUPERSEDES, LOCATED_IN, MENTIONS.\n\nCommands:\n";
    std::size_t width = 0;
    for (const auto& command : commandTable()) width = std::max(width, command.usage.size());
    for (const auto& command : commandTable()) {
        shell.out() << "  " << command.usage << std::string(width + 2 - command.usage.size(), ' ')
                    << command.summary << "\n";
    }
    shell.out() << "\nCommands may be abbreviated (:q, :h). Ctrl-C cancels, Ctrl-D leaves.\n";
    return CommandResult::success();
}

CommandResult quit(Shell&, std::span<const std::string> args) {
    if (!args.empty()) return CommandResult::failure("`:quit` takes no arguments.", true);
    CommandResult result;
    result.exit = true;
    return result;
}

CommandResult format(Shell& shell, std::span<const std::string> args) {
    static constexpr const char* kNames[] = {"table", "csv", "tsv", "json", "jsonl"};
    if (args.empty()) {
        shell.out() << "format: " << kNames[static_cast<int>(shell.format)] << "\n";
        return CommandResult::success();
    }
    if (args.size() > 1) return CommandResult::failure("`:format` takes one format name.", true);
    if (query::parseOutputFormat(lowered(args[0]), shell.format)) return CommandResult::success();
    return CommandResult::failure("Unknown format `" + args[0] + "`.", true);
}

CommandResult timing(Shell& shell, std::span<const std::string> args) {
    return onOffSetting(shell, args, "timing", shell.timing);
}

CommandResult expanded(Shell& shell, std::span<const std::string> args) {
    return onOffSetting(shell, args, "expanded", shell.expanded);
}

CommandResult pager(Shell& shell, std::span<const std::string> args) {
    return onOffSetting(shell, args, "pager", shell.pager);
}

CommandResult memory(Shell& shell, std::span<const std::string> args) {
    if (args.empty()) {
        shell.out() << "memory limit per query: "
                    << (shell.memoryLimit == 0 ? std::string("off")
                                               : query::describeMemorySize(shell.memoryLimit))
                    << "\n";
        return CommandResult::success();
    }
    if (args.size() == 1) {
        if (auto size = query::parseMemorySize(args[0])) {
            shell.memoryLimit = *size;
            return CommandResult::success();
        }
    }
    return CommandResult::failure("`:memory` takes a size such as 512M or 2G, or `off`.", true);
}

}  // namespace newsgraph::shell::commands
