#include "shell/query/source_location.h"

#include <catch2/catch.hpp>

using namespace newsgraph::query;

TEST_CASE("SourceLocation: columns count code points, not bytes", "[query]") {
    std::string text = "RETURN 'é', x";
    LineColumn where = lineColumnOf(text, text.find('x'));
    CHECK(where.line == 1);
    CHECK(where.column == 13);
}

TEST_CASE("SourceLocation: a span on the second line gets that line and its carets", "[query]") {
    std::string text = "MATCH (n)\nRETURN nme";
    SourceSpan span{text.find("nme"), text.find("nme") + 3};
    CHECK(lineColumnOf(text, span.begin).line == 2);
    CHECK(caretLines(text, span) == "RETURN nme\n       ^^^\n");
}

TEST_CASE("SourceLocation: long lines are cut around the error with ...", "[query]") {
    std::string text = "RETURN " + std::string(150, 'a') + " + bad";
    SourceSpan span{text.find("bad"), text.find("bad") + 3};
    std::string lines = caretLines(text, span, 40);
    CHECK(lines.rfind("...", 0) == 0);
    CHECK(lines.find("bad") != std::string::npos);
    auto first = lines.substr(0, lines.find('\n'));
    auto carets = lines.substr(lines.find('\n') + 1);
    CHECK(first.find("bad") == carets.find('^'));
}

TEST_CASE("SourceLocation: the nearest name is suggested only when it is close", "[query]") {
    CHECK(nearestName("Agncy", {"Actor", "Agency", "Place"}) == "Agency");
    CHECK(nearestName("xyz", {"Actor", "Agency"}).empty());
}
