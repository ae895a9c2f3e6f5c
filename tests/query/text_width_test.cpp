#include "shell/query/text_width.h"

#include <catch2/catch.hpp>

using namespace newsgraph::query;

TEST_CASE("displayWidth: wide characters take two columns, combining marks none",
          "[query][renderer]") {
    CHECK(displayWidth("Kursk") == 5);
    CHECK(displayWidth("Zelens\u2019kyi") == 10);  // curly apostrophe: one column
    CHECK(displayWidth("\u5317\u671d\u9c9c") == 6);  // three CJK characters
    CHECK(displayWidth("\uc11c\uc6b8") == 4);        // Hangul
    CHECK(displayWidth("e\u0301") == 1);              // e + combining acute
    CHECK(displayWidth("\U0001F600") == 2);
    CHECK(displayWidth("\xff") == 1);                 // an invalid byte still shows
}

TEST_CASE("truncateToWidth: cuts at a character boundary with an ellipsis",
          "[query][renderer]") {
    CHECK(truncateToWidth("short", 10) == "short");
    CHECK(truncateToWidth("abcdefghij", 5) == "abcd\u2026");
    CHECK(displayWidth(truncateToWidth("abcdefghij", 5)) == 5);
    // A wide character that would straddle the limit is left out whole.
    CHECK(truncateToWidth("ab\u5317\u671d", 4) == "ab\u2026");
    CHECK(truncateToWidth("\u5317\u671d\u9c9c\u5357", 5) == "\u5317\u671d\u2026");
}
