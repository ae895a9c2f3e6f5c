#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shell/repl/command.h"

namespace newsgraph::shell {

// Every colon command, in the order :help lists them.
std::span<const Command> commandTable();

// The command `word` names (without the colon): its full name or an abbreviation at
// least minAbbrev long. nullptr when none.
const Command* findCommand(std::string_view word);

// "Unknown command `:lod`; did you mean `:load`? Type `:help` for help."
std::string unknownCommandMessage(std::string_view word);

// Command names with their colon, for completion.
std::vector<std::string> commandNames();

}  // namespace newsgraph::shell
