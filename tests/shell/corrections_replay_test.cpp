#include "shell/repl/corrections_replay.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "tests/test_paths.h"

using namespace newsgraph;

TEST_CASE("Corrections replay: applies what matches, names and skips what is gone",
          "[shell][corrections]") {
    graph::PropertyGraph g;
    g.addNode({"Agency"}, {{"name", graph::Value("Red Crescent")}});
    const auto path =
        (newsgraph::testing::scratchDir("replay") / "g.json.corrections.cypher").string();
    std::ofstream(path)
        << "// t1\nMATCH (a:Agency {name: 'Red Crescent'}) SET a.checked = true;\n\n"
           "// t2\nMATCH (a:Agency {name: 'Blue Crescent'}) SET a.checked = true;\n\n"
           "// t3\nMATCH (a:Agency) WHERE id(a) = 424242 SET a.checked = false;\n\n"
           "// t4\nMATCH (a:Agency {name: 'Red Crescent'}) SET a.checked = true;\n\n"
           "// t5\nMATCH (a:Agency) SET a.x = 1 / 0;\n";
    shell::ReplayReport report;
    REQUIRE(shell::replayCorrections(path, g, report));
    CHECK(report.statements == 5);
    CHECK(report.applied == 2);  // t1, and t4 (setting a property counts, even to its value)
    CHECK(report.unchanged == 0);
    REQUIRE(report.skipped.size() == 3);
    CHECK(report.skipped[0] == path +
                                   ":5: correction skipped: no node matches (:Agency {name: "
                                   "'Blue Crescent'}) in this graph: MATCH (a:Agency {name: "
                                   "'Blue Crescent'}) SET a.checked = true");
    CHECK(report.skipped[1].find(path + ":8: correction skipped: no node matches id 424242") == 0);
    CHECK(report.skipped[2].find(path + ":14:") == 0);  // the error, with its position
    CHECK(report.skipped[2].find("correction skipped (the error above)") != std::string::npos);
    CHECK(g.node(0).property("checked") == graph::Value(true));
    CHECK(g.node(0).property("x").isNull());  // the failed statement changed nothing
}

TEST_CASE("Corrections replay: a journal that cannot be read runs nothing",
          "[shell][corrections]") {
    graph::PropertyGraph g;
    shell::ReplayReport report;
    const Status status = shell::replayCorrections("/nonexistent/j.cypher", g, report);
    REQUIRE(!status);
    CHECK(status.message() == "/nonexistent/j.cypher: cannot read the corrections journal");
}

TEST_CASE("Corrections replay: a long stale statement is named by its first line, cut whole",
          "[shell][corrections]") {
    graph::PropertyGraph g;
    const auto path = (newsgraph::testing::scratchDir("replay_long") / "j.cypher").string();
    // 66 ASCII bytes, then "é" across bytes 66-67: the cut at 67 must not split it.
    const std::string first =
        "MATCH (a:Agency {name: 'Croissant-Rouge " + std::string(26, 'x') + "\u00e9'})";
    std::ofstream(path) << first << "\nSET a.checked = true;\n";
    shell::ReplayReport report;
    REQUIRE(shell::replayCorrections(path, g, report));
    REQUIRE(report.skipped.size() == 1);
    const std::string& message = report.skipped[0];
    CHECK(message.substr(message.size() - 4) == " ...");
    CHECK(message.find(first.substr(0, 66) + " ...") != std::string::npos);
}
