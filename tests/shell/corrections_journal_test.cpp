#include "shell/repl/corrections_journal.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "tests/test_paths.h"

using namespace newsgraph::shell;

namespace {

std::string read(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("Corrections journal: an entry is the time in a comment, then the statement",
          "[shell][corrections]") {
    const auto when = std::chrono::system_clock::from_time_t(1764750012);  // 2025-12-03T08:20:12Z
    CHECK(journalEntry("MATCH (n) SET n.k = 1", when) ==
          "// 2025-12-03T08:20:12Z\nMATCH (n) SET n.k = 1;\n\n");
    CHECK(journalPathFor("out/graph.json") == "out/graph.json.corrections.cypher");
}

TEST_CASE("Corrections journal: appending keeps what was there", "[shell][corrections]") {
    const auto dir = newsgraph::testing::scratchDir("journal_append");
    const auto path = (dir / "g.json.corrections.cypher").string();
    REQUIRE(appendToJournal(path, {"// t1\nCREATE ();\n\n"}));
    std::ofstream(path, std::ios::app) << "// edited by hand, no newline at the end";
    REQUIRE(appendToJournal(path, {"// t2\nCREATE ();\n\n", "// t3\nMATCH (n) DELETE n;\n\n"}));
    CHECK(read(path) ==
          "// t1\nCREATE ();\n\n// edited by hand, no newline at the end\n"
          "// t2\nCREATE ();\n\n// t3\nMATCH (n) DELETE n;\n\n");
    REQUIRE(appendToJournal(path, {}));  // nothing to add: nothing changes
    CHECK(read(path).find("// t3") != std::string::npos);
}

TEST_CASE("Corrections journal: one that cannot be read is never replaced",
          "[shell][corrections]") {
    // A folder where the journal should be: it exists, and cannot be read as one.
    const auto dir = newsgraph::testing::scratchDir("journal_unreadable");
    const auto path = (dir / "g.json.corrections.cypher").string();
    std::filesystem::create_directory(path);
    std::ofstream((std::filesystem::path(path) / "keep")) << "kept";
    const newsgraph::Status status = appendToJournal(path, {"// t2\nCREATE ();\n\n"});
    REQUIRE(!status);
    CHECK(status.message() == path +
                                  ": cannot read the corrections journal, so it was not "
                                  "changed and nothing was saved");
    CHECK(read(std::filesystem::path(path) / "keep") == "kept");
}
