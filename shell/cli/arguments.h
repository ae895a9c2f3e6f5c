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

// The thread count of `-j N` / `--jobs N` (a whole number from 1 to 1024), the last one
// given, into `jobs` (left alone when none is given). Returns the usage error for a bad
// count, else an empty string.
std::string readJobs(const Arguments& arguments, std::size_t& jobs);

}  // namespace newsgraph::cli
