#include "graph/text_escape.h"

#include <catch2/catch.hpp>

using namespace newsgraph::graph;

TEST_CASE("csvField: quotes only what needs quoting, and doubles quotes", "[graph][export]") {
    CHECK(csvField("plain") == "plain");
    CHECK(csvField("a,b") == "\"a,b\"");
    CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvField("two\nlines") == "\"two\nlines\"");
    CHECK(csvField(" padded") == "\" padded\"");
    CHECK(csvField("") == "\"\"");
    CHECK(csvField("a|b", '|') == "\"a|b\"");
    CHECK(csvField("中文") == "中文");
}

TEST_CASE("xmlEscape: entities, carriage returns and forbidden control characters",
          "[graph][export]") {
    CHECK(xmlEscape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
    CHECK(xmlEscape("x\ry") == "x&#13;y");
    CHECK(xmlEscape("tab\tline\n") == "tab\tline\n");
    CHECK(xmlEscape(std::string("bell\x07", 5)) == "bell\xEF\xBF\xBD");
    CHECK(xmlEscape("Édith") == "Édith");
}

TEST_CASE("dotEscape: backslashes, ampersands, line breaks and control characters",
          "[graph][export]") {
    CHECK(dotEscape("C:\\dir\\") == "C:\\\\dir\\\\");
    CHECK(dotEscape("one\ntwo\r") == "one\\ntwo");
    CHECK(dotEscape("a\tb") == "a b");
    CHECK(dotEscape("&amp;") == "&amp;amp;");
    // Quotes are left for Boost's write_graphviz, which escapes them.
    CHECK(dotEscape("\"q\"") == "\"q\"");
}

TEST_CASE("cypherString and cypherName: openCypher literals and names", "[graph][export]") {
    CHECK(cypherString("O'Brien \\ x") == "'O\\'Brien \\\\ x'");
    CHECK(cypherString("a\nb\tc") == "'a\\nb\\tc'");
    CHECK(cypherString(std::string("\x01", 1)) == "'\\u0001'");
    CHECK(cypherName("Actor") == "Actor");
    CHECK(cypherName("_x1") == "_x1");
    CHECK(cypherName("1st") == "`1st`");
    CHECK(cypherName("two words") == "`two words`");
    CHECK(cypherName("a`b") == "`a``b`");
}

TEST_CASE("truncateText: cuts at code points and marks the cut", "[graph][export]") {
    CHECK(truncateText("short", 10) == "short");
    CHECK(truncateText("abcdef", 4) == "abc\xE2\x80\xA6");
    CHECK(truncateText("ééééé", 3) == "éé\xE2\x80\xA6");
    CHECK(truncateText("中文字符", 4) == "中文字符");
    CHECK(truncateText("anything", 0).empty());
}
