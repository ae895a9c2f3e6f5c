#include "shell/cli/arguments.h"

#include <algorithm>

namespace newsgraph::cli {

Arguments::Arguments(const std::vector<std::string>& args, const std::vector<std::string>& valued) {
    auto takesValue = [&](const std::string& name) {
        return std::find(valued.begin(), valued.end(), name) != valued.end();
    };
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (optionsEnded || arg == "-" || arg.empty() || arg[0] != '-') {
            positionals_.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        std::string name = arg, value;
        if (std::size_t eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            name = arg.substr(0, eq);
            value = arg.substr(eq + 1);
        } else if (takesValue(name)) {
            if (i + 1 >= args.size()) {
                if (error_.empty()) error_ = name + " needs a value";
                continue;
            }
            value = args[++i];
        }
        options_.emplace_back(name, value);
    }
}

bool Arguments::has(const std::string& name) const {
    return std::any_of(options_.begin(), options_.end(),
                       [&](const auto& option) { return option.first == name; });
}

std::optional<std::string> Arguments::value(const std::string& name) const {
    for (auto it = options_.rbegin(); it != options_.rend(); ++it) {
        if (it->first == name) return it->second;
    }
    return std::nullopt;
}

void Arguments::allowOnly(const std::vector<std::string>& known) {
    for (const auto& [name, value] : options_) {
        if (std::find(known.begin(), known.end(), name) == known.end() && error_.empty()) {
            error_ = "unknown option " + name;
        }
    }
}

}  // namespace newsgraph::cli

namespace newsgraph::cli {

std::string readJobs(const Arguments& arguments, std::size_t& jobs) {
    for (const auto& [name, text] : arguments.options()) {
        if (name != "-j" && name != "--jobs") continue;
        const bool digits = !text.empty() && text.size() <= 4 &&
                            text.find_first_not_of("0123456789") == std::string::npos;
        const std::size_t n = digits ? std::stoul(text) : 0;
        if (n < 1 || n > 1024) {
            return name + " needs a number of threads from 1 to 1024, not '" + text + "'";
        }
        jobs = n;
    }
    return {};
}

}  // namespace newsgraph::cli
