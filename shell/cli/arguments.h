#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace newsgraph::cli {

// Exit statuses of every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitBadUsage = 2;

// A subcommand's arguments, split into options and positionals. Options are
// `--name value`, `--name=value`, `-x value` or flags; `--` ends options.
class Arguments {
public:
    // `valued` lists the options that take a value (e.g. {"-o", "--format"}).
    Arguments(const std::vector<std::string>& args, const std::vector<std::string>& valued);

    bool has(const std::string& name) const;
    // The last value given for `name`; nullopt if it was not given.
    std::optional<std::string> value(const std::string& name) const;
    // Every option in command-line order, as (name, value) with "" for flags: for options
    // that may repeat and whose order matters (`query -c A -f B -c C`).
    const std::vector<std::pair<std::string, std::string>>& options() const { return options_; }
    const std::vector<std::string>& positionals() const { return positionals_; }
    // The first problem found ("unknown option --x", "-o needs a value"), empty if none.
    const std::string& error() const { return error_; }
    // Fails with "unknown option" for anything not in `known`.
    void allowOnly(const std::vector<std::string>& known);

private:
    std::vector<std::pair<std::string, std::string>> options_;
    std::vector<std::string> positionals_;
    std::string error_;
};

// A thread count for -j: a whole number from 1 to 1024. False, leaving `jobs`, otherwise.
bool parseJobs(const std::string& text, std::size_t& jobs);

}  // namespace newsgraph::cli
