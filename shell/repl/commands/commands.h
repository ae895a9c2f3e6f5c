#pragma once

#include "shell/repl/command.h"

// The handlers behind the command table; one file per command or family.
namespace newsgraph::shell::commands {

CommandResult help(Shell& shell, std::span<const std::string> args);
CommandResult quit(Shell& shell, std::span<const std::string> args);
CommandResult schema(Shell& shell, std::span<const std::string> args);
CommandResult stats(Shell& shell, std::span<const std::string> args);
CommandResult load(Shell& shell, std::span<const std::string> args);
CommandResult open(Shell& shell, std::span<const std::string> args);
CommandResult save(Shell& shell, std::span<const std::string> args);
CommandResult source(Shell& shell, std::span<const std::string> args);
CommandResult format(Shell& shell, std::span<const std::string> args);
CommandResult expanded(Shell& shell, std::span<const std::string> args);
CommandResult pager(Shell& shell, std::span<const std::string> args);
CommandResult timing(Shell& shell, std::span<const std::string> args);
CommandResult memory(Shell& shell, std::span<const std::string> args);
CommandResult who(Shell& shell, std::span<const std::string> args);
CommandResult why(Shell& shell, std::span<const std::string> args);
CommandResult timeline(Shell& shell, std::span<const std::string> args);
CommandResult param(Shell& shell, std::span<const std::string> args);
CommandResult params(Shell& shell, std::span<const std::string> args);
CommandResult exportGraph(Shell& shell, std::span<const std::string> args);

}  // namespace newsgraph::shell::commands
