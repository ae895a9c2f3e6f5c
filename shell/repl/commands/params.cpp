// :param NAME VALUE and :params: the $name values queries may use.
#include <ostream>

#include "shell/query/error.h"
#include "shell/query/query_engine.h"
#include "shell/query/renderer.h"
#include "shell/repl/commands/commands.h"
#include "shell/repl/shell.h"

namespace newsgraph::shell::commands {

namespace {

bool isName(std::string_view name) {
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) return false;
    for (char c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
    }
    return true;
}

}  // namespace

CommandResult param(Shell& shell, std::span<const std::string> args) {
    if (args.size() < 2) return CommandResult::failure("`:param` needs a NAME and a VALUE.", true);
    std::string name = args[0];
    if (!name.empty() && name[0] == '$') name.erase(0, 1);
    if (!isName(name)) return CommandResult::failure("`" + args[0] + "` is not a parameter name.", true);
    // The value is any expression the language can evaluate without a graph pattern:
    // 42, 'Sudan', [1, 2], {measure: 'killed'}, date arithmetic... written as in a query.
    const std::string& text = shell.commandText();
    const std::string expression = text.substr(text.find(args[0]) + args[0].size());
    try {
        query::QueryEngine engine(shell.graph());
        query::QueryResult result = engine.run("RETURN " + expression + " AS value", shell.params);
        shell.params[name] = result.rows.at(0).at(0);
    } catch (const query::Error& error) {
        return CommandResult::failure("The value of `$" + name + "` is not a valid expression: " +
                                      error.message());
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
