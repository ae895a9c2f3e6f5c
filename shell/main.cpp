// newsgraph: the command line. Argument dispatch only; each subcommand lives in cli/.
#include <iostream>
#include <string>
#include <vector>

#include "shell/cli/arguments.h"
#include "shell/cli/subcommands.h"

namespace {

void printHelp() {
    std::cout << "newsgraph: a knowledge graph of who reported what in the news\n\n"
                 "usage: newsgraph COMMAND [ARGS...]\n\ncommands:\n";
    for (const auto& sub : newsgraph::cli::subcommands()) {
        std::cout << "  " << sub.name << std::string(8 - sub.name.size(), ' ') << sub.summary
                  << "\n";
    }
    std::cout << "\n'newsgraph COMMAND --help' tells more about one.\n";
}

}  // namespace

int main(int argc, char** argv) {
    using namespace newsgraph::cli;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printHelp();
        return args.empty() ? kExitBadUsage : kExitOk;
    }
    if (args[0] == "--version") {
        std::cout << "newsgraph 0.1.0\n";
        return kExitOk;
    }
    for (const auto& sub : subcommands()) {
        if (sub.name != args[0]) continue;
        std::vector<std::string> rest(args.begin() + 1, args.end());
        for (const auto& arg : rest) {
            if (arg == "--") break;
            if (arg == "--help" || arg == "-h") {
                std::cout << "usage: " << sub.usage << "\n\n" << sub.summary << "\n";
                if (!sub.details.empty()) std::cout << "\n" << sub.details;
                return kExitOk;
            }
        }
        try {
            return sub.run(rest);
        } catch (const std::exception& e) {
            std::cerr << "newsgraph " << sub.name << ": internal error: " << e.what() << "\n";
            return kExitBadInput;
        }
    }
    std::cerr << "newsgraph: unknown command '" << args[0] << "'. Try 'newsgraph --help'.\n";
    return kExitBadUsage;
}
