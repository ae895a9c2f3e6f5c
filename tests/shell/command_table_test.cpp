#include "shell/repl/command_table.h"

#include <catch2/catch.hpp>


using namespace newsgraph::shell;

TEST_CASE("Command table: full names and abbreviations find their command", "[shell]") {
    REQUIRE(findCommand("quit") != nullptr);
    CHECK(findCommand("q")->name == "quit");
    CHECK(findCommand("lo")->name == "load");
    CHECK(findCommand("ti")->name == "timeline");
    CHECK(findCommand("tim")->name == "timeline");
    CHECK(findCommand("timi")->name == "timing");
    CHECK(findCommand("s") == nullptr);  // :schema, :stats, :save, :source: ambiguous
    CHECK(findCommand("quitx") == nullptr);
}

TEST_CASE("Command table: an unknown command suggests the nearest", "[shell]") {
    CHECK(unknownCommandMessage("lod") ==
          "Unknown command `:lod`; did you mean `:load`? Type `:help` for help.");
    CHECK(unknownCommandMessage("zzzzzz") == "Unknown command `:zzzzzz`; Type `:help` for help.");
}
