#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::cli {

// One `newsgraph` subcommand: `run` gets the arguments after the subcommand's name and
// returns the exit status (kExitOk, kExitBadInput, kExitBadUsage).
struct Subcommand {
    std::string_view name;
    std::string_view usage;    // "newsgraph build INPUT... -o GRAPH"
    std::string_view summary;  // one line for `newsgraph --help`
    std::string_view details;  // the rest of `newsgraph NAME --help`
    int (*run)(const std::vector<std::string>& args);
};

const std::vector<Subcommand>& subcommands();

int runBuild(const std::vector<std::string>& args);
int runQuery(const std::vector<std::string>& args);
int runShell(const std::vector<std::string>& args);
int runExport(const std::vector<std::string>& args);
int runFacts(const std::vector<std::string>& args);
int runCheck(const std::vector<std::string>& args);
int runExtract(const std::vector<std::string>& args);
int runMerge(const std::vector<std::string>& args);

// Prints "newsgraph NAME: message" and the usage line to stderr; returns kExitBadUsage.
int usageError(std::string_view name, const std::string& message);

}  // namespace newsgraph::cli
