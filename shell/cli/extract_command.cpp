// newsgraph extract: the per-article stages alone, each article's facts one JSON line
// (parser/facts_json.h), for running over shards anywhere and merging once.
#include <cstdio>
#include <iostream>

#include "graph/atomic_file.h"
#include "parser/facts_json.h"
#include "parser/pipeline.h"
#include "shell/cli/arguments.h"
#include "shell/cli/graph_inputs.h"
#include "shell/cli/subcommands.h"

namespace newsgraph::cli {

namespace {

bool writeLines(std::FILE* out, const std::vector<parser::ArticleFacts>& facts) {
    for (const auto& f : facts) {
        const std::string line = parser::factsToJsonLine(f);
        if (std::fwrite(line.data(), 1, line.size(), out) != line.size() ||
            std::fputc('\n', out) == EOF) {
            return false;
        }
    }
    return true;
}

}  // namespace

int runExtract(const std::vector<std::string>& args) {
    Arguments arguments(args, {"-o", "--output", "-j", "--jobs"});
    arguments.allowOnly({"-o", "--output", "-j", "--jobs"});
    if (!arguments.error().empty()) return usageError("extract", arguments.error());
    parser::BuildOptions options;
    if (std::string bad = readJobs(arguments, options.jobs); !bad.empty()) {
        return usageError("extract", bad);
    }
    std::optional<std::string> output = arguments.value("-o");
    if (!output) output = arguments.value("--output");
    if (output && output->empty())
        return usageError("extract", "-o needs a file name (or - for standard output)");
    if (arguments.positionals().empty()) return usageError("extract", "no input given");

    parser::LoadReport report;
    std::vector<parser::Article> articles = readArticleInputs(arguments.positionals(), report);
    for (const auto& problem : report.problems) std::cerr << problem.toString() << "\n";
    const std::size_t count = articles.size();
    if (count == 0) {
        std::cerr << "newsgraph extract: no article could be read"
                  << (output && *output != "-" ? ", so " + *output + " was not written"
                                               : std::string())
                  << "\n";
        return kExitBadInput;
    }
    const std::vector<parser::ArticleFacts> facts =
        parser::extractAllFacts(std::move(articles), options);
    if (!output || *output == "-") {
        if (!writeLines(stdout, facts) || std::fflush(stdout) != 0) {
            std::cerr << "newsgraph extract: cannot write to standard output\n";
            return kExitBadInput;
        }
    } else {
        Status status =
            graph::writeFileAtomically(*output, [&](std::FILE* out, std::string& error) {
                if (writeLines(out, facts)) return true;
                error = "cannot write";
                return false;
            });
        if (!status) {
            std::cerr << "newsgraph extract: " << status.message() << "\n";
            return kExitBadInput;
        }
        std::cerr << "newsgraph extract: " << count << " article" << (count == 1 ? "" : "s")
                  << " -> " << *output << "\n";
    }
    return report.clean() ? kExitOk : kExitBadInput;
}

}  // namespace newsgraph::cli
