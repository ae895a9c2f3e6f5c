// :param NAME VALUE and :params: the $name values queries may use.
#include <ostream>

#include "shell/query/renderer.h"
#include "shell/repl/commands/commands.h"
#include "shell/repl/parameters.h"
#include "shell/repl/shell.h"

namespace newsgraph::shell::commands {

CommandResult param(Shell& shell, std::span<const std::string> args) {
    if (args.size() < 2) return CommandResult::failure("`:param` needs a NAME and a VALUE.", true);
    // The value is the raw text after the name, so its quotes survive the word split.
    const std::string& text = shell.commandText();
    const std::string expression = text.substr(text.find(args[0]) + args[0].size());
    if (std::string error = setParameter(shell, args[0], expression); !error.empty()) {
        return CommandResult::failure(error, error.find("parameter name") != std::string::npos);
    }
    return CommandResult::success();
}

CommandResult params(Shell& shell, std::span<const std::string> args) {
    if (!args.empty()) return CommandResult::failure("`:params` takes no arguments.", true);
    if (shell.params.empty()) shell.out() << "No parameters are set. Use :param NAME VALUE.\n";
    for (const auto& [name, value] : shell.params) {
        shell.out() << "$" << name << " = " << query::toCypherLiteral(value, shell.graph()) << "\n";
    }
    return CommandResult::success();
}

}  // namespace newsgraph::shell::commands
