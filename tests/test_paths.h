#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

namespace newsgraph::testing {

// The repository's root and ../shared beside it, as configured by CMake.
inline std::filesystem::path sourceDir() { return NEWSGRAPH_SOURCE_DIR; }
inline std::filesystem::path sharedDir() { return sourceDir().parent_path() / "shared"; }

// A fresh, empty folder for one test's files (removed and re-made on each call). The
// process id keeps concurrent test runs (ctest -j, several build trees) apart.
inline std::filesystem::path scratchDir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("newsgraph-test-" + std::to_string(::getpid()) + "-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace newsgraph::testing
