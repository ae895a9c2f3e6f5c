#include "graph/atomic_file.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace fs = std::filesystem;
using namespace newsgraph::graph;

namespace {

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void touch(const fs::path& p, std::chrono::minutes age) {
    std::ofstream(p) << "half a graph";
    fs::last_write_time(p, fs::file_time_type::clock::now() - age);
}

}  // namespace

TEST_CASE("writeFileAtomically: a save removes what killed saves left, not a running one's",
          "[graph][atomic]") {
    char pattern[] = "/tmp/newsgraph-atomic-XXXXXX";
    REQUIRE(::mkdtemp(pattern) != nullptr);
    const fs::path dir(pattern);
    const fs::path target = dir / "graph.json";
    const fs::path stale = dir / ".graph.json.tmp.AbC123";     // a killed save, an hour ago
    const fs::path fresh = dir / ".graph.json.tmp.XyZ789";     // a save still running
    const fs::path other = dir / ".other.json.tmp.AbC123";     // another file's
    touch(stale, std::chrono::minutes(60));
    touch(fresh, std::chrono::minutes(0));
    touch(other, std::chrono::minutes(60));

    REQUIRE(writeFileAtomically(target.string(), std::string_view("{}\n")).isOk());
    CHECK(read(target) == "{}\n");
    CHECK_FALSE(fs::exists(stale));
    CHECK(fs::exists(fresh));
    CHECK(fs::exists(other));
    fs::remove_all(dir);
}
