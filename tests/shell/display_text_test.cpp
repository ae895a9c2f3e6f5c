#include "shell/repl/display_text.h"

#include <catch2/catch.hpp>

using namespace newsgraph;

TEST_CASE("Display text: numbers are grouped by thousands", "[shell]") {
    CHECK(shell::groupedNumber(graph::Value(2000)) == "2,000");
    CHECK(shell::groupedNumber(graph::Value(-1234567)) == "-1,234,567");
    CHECK(shell::groupedNumber(graph::Value(999)) == "999");
    CHECK(shell::groupedNumber(graph::Value(4700.5)) == "4,700.5");
}

TEST_CASE("Display text: a figure reads with its qualifier", "[shell]") {
    graph::NodeRecord figure;
    figure.labels = {"Figure"};
    figure.properties = {{"value", graph::Value(2000)},
                         {"qualifier", graph::Value("approximately")},
                         {"measure", graph::Value("killed")},
                         {"subject", graph::Value("soldiers")}};
    CHECK(shell::figureValueText(figure) == "\u22482,000");
    CHECK(shell::nodeCaption(figure) == "\u22482,000 killed (soldiers)");
    figure.properties["value"] = graph::Value();
    figure.properties["low"] = graph::Value(10000);
    figure.properties["high"] = graph::Value(15000);
    figure.properties["qualifier"] = graph::Value("exact");
    CHECK(shell::figureValueText(figure) == "10,000\u201315,000");
}

TEST_CASE("Display text: the sentence around a span", "[shell]") {
    std::string_view text = "First one. The agency said 40 died. Last\n\nNew paragraph.";
    auto begin = text.find("40");
    CHECK(shell::sentenceAround(text, begin, begin + 2) == "The agency said 40 died.");
    CHECK(shell::sentenceAround(text, 0, 5) == "First one.");
    CHECK(shell::sentenceAround(text, text.find("New"), text.find("New") + 3) == "New paragraph.");
}
