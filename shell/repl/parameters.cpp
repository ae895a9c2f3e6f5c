#include "shell/repl/parameters.h"

#include "shell/query/error.h"
#include "shell/query/query_engine.h"
#include "shell/repl/shell.h"

namespace newsgraph::shell {

namespace {

bool isName(std::string_view name) {
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) return false;
    for (char c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
    }
    return true;
}

std::string_view trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

std::string setParameter(Shell& shell, std::string_view name, std::string_view expression) {
    if (!name.empty() && name[0] == '$') name.remove_prefix(1);
    if (!isName(name)) return "`" + std::string(name) + "` is not a parameter name.";
    const std::string_view value = trimmed(expression);
    if (value.empty()) return "`$" + std::string(name) + "` needs a value.";
    // No `AS` of ours follows the value, so a message about the value's end speaks of the
    // value ("found the end of the query"), not of a keyword the user never typed. An
    // unaliased column is named by its text: any other name means the value had an AS.
    try {
        query::QueryEngine engine(shell.graph());
        query::QueryResult result = engine.run("RETURN " + std::string(value), shell.params);
        if (result.columns.size() != 1) {
            return "The value of `$" + std::string(name) + "` must be one expression, not " +
                   std::to_string(result.columns.size()) + ".";
        }
        if (result.columns[0] != value) {
            return "The value of `$" + std::string(name) + "` is an expression alone, without `AS`.";
        }
        shell.params[std::string(name)] = result.rows.at(0).at(0);
    } catch (const query::Error& error) {
        return "The value of `$" + std::string(name) + "` is not a valid expression: " +
               error.message();
    }
    return "";
}

}  // namespace newsgraph::shell
