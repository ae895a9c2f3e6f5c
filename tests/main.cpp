// The Catch2 runner for every unit and golden test. Tags follow the folders:
// `newsgraph_tests "[graph]"` runs one area.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
