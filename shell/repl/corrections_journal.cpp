#include "shell/repl/corrections_journal.h"

#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "graph/atomic_file.h"

namespace newsgraph::shell {

std::string journalPathFor(const std::string& graphPath) {
    return graphPath + ".corrections.cypher";
}

std::string journalEntry(std::string_view statement, std::chrono::system_clock::time_point when) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &utc);
    std::string entry = "// ";
    entry += stamp;
    entry += '\n';
    entry += statement;
    entry += ";\n\n";
    return entry;
}

Status appendToJournal(const std::string& path, const std::vector<std::string>& entries) {
    if (entries.empty()) return Status::ok();
    std::string contents;
    std::error_code error;
    const bool exists = std::filesystem::exists(path, error);
    if (exists || error) {
        // There but unreadable (or not a file): replacing it would lose what it holds.
        std::ifstream in(path, std::ios::binary);
        if (in && std::filesystem::is_regular_file(path, error)) {
            contents.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
        if (!in || in.bad() || !std::filesystem::is_regular_file(path, error)) {
            return Status::error(path +
                                 ": cannot read the corrections journal, so it was not "
                                 "changed and nothing was saved");
        }
    }
    if (!contents.empty() && contents.back() != '\n') contents += '\n';
    for (const auto& entry : entries) contents += entry;
    return graph::writeFileAtomically(path, contents);
}

}  // namespace newsgraph::shell
