#pragma once

#include "shell/repl/shell.h"

namespace newsgraph::shell {

// Connects the shell to the query engine. The runner runs one statement over the shell's
// open graph with its parameters, prints the result in the shell's format (and the time
// taken, with `:timing on`), and prints a failure as a diagnostic: `source:line:column:
// <kind> error: message`, the line, and a caret under the problem. Ctrl-C (the interrupt
// hook of line_reader.h) cancels the running statement.
Shell::QueryRunner makeQueryRunner();

}  // namespace newsgraph::shell
