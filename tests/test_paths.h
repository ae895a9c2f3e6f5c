#pragma once

#include <filesystem>
#include <string>

namespace newsgraph::testing {

// The repository's root and ../shared beside it, as configured by CMake.
inline std::filesystem::path sourceDir() { return NEWSGRAPH_SOURCE_DIR; }
inline std::filesystem::path sharedDir() { return sourceDir().parent_path() / "shared"; }

// A fresh, empty folder for one test's files (removed and re-made on each call).
inline std::filesystem::path scratchDir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("newsgraph-test-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace newsgraph::testing
