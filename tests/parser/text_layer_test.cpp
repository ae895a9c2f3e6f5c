#include "parser/text/text_layer.h"

#include <catch2/catch.hpp>

using namespace newsgraph::parser;

namespace {

std::vector<std::string> sentenceTexts(const TextLayer& layer) {
    std::vector<std::string> out;
    for (const auto& s : layer.sentences()) out.push_back(layer.display(s.span));
    return out;
}

std::vector<std::string> tokenTexts(const TextLayer& layer) {
    std::vector<std::string> out;
    for (const auto& t : layer.tokens()) out.emplace_back(t.text);
    return out;
}

}  // namespace

TEST_CASE("TextLayer: tokens keep byte offsets into the text", "[parser][text]") {
    const std::string text = "Officials in Seoul\u2019s capital said 2,000 died.";
    TextLayer layer(text);
    for (const auto& t : layer.tokens()) {
        CHECK(text.substr(t.span.begin, t.span.end - t.span.begin) == t.text);
    }
    CHECK(tokenTexts(layer) == std::vector<std::string>{"Officials", "in", "Seoul", "\u2019s",
                                                        "capital", "said", "2,000", "died", "."});
    CHECK(layer.tokens()[3].kind == TokenKind::Possessive);
    CHECK(layer.tokens()[6].kind == TokenKind::Number);
}

TEST_CASE("TextLayer: abbreviations, initials and decimals do not end a sentence",
          "[parser][text]") {
    TextLayer layer(
        "Gen. Mark Smith met U.S. envoys and John F. Kennedy's heirs. "
        "Rainfall reached 1.4 metres. A magnitude-7.6 quake hit. Mr. Lee said so.");
    CHECK(sentenceTexts(layer) ==
          std::vector<std::string>{"Gen. Mark Smith met U.S. envoys and John F. Kennedy's heirs.",
                                   "Rainfall reached 1.4 metres.", "A magnitude-7.6 quake hit.",
                                   "Mr. Lee said so."});
}

TEST_CASE("TextLayer: a quoted question before a lower-case word stays one sentence",
          "[parser][text]") {
    TextLayer layer("\u201CWhy now?\u201D he asked. \u201CBecause.\u201D Then silence.");
    CHECK(sentenceTexts(layer) ==
          std::vector<std::string>{"\"Why now?\" he asked.", "\"Because.\"", "Then silence."});
}

TEST_CASE("TextLayer: CRLF lines are paragraphs when there is no blank line", "[parser][text]") {
    TextLayer layer("First line here.\r\nSecond\u00A0line here.\r\n");
    REQUIRE(layer.paragraphs().size() == 2);
    CHECK(layer.display(layer.paragraphs()[1].span) == "Second line here.");
    CHECK(layer.sentences()[1].paragraph == 1);
}

TEST_CASE("TextLayer: with blank lines, single line ends are soft wraps", "[parser][text]") {
    TextLayer layer("The army said\nforty died.\n\nNext paragraph.\n");
    REQUIRE(layer.paragraphs().size() == 2);
    CHECK(sentenceTexts(layer) ==
          std::vector<std::string>{"The army said forty died.", "Next paragraph."});
}

TEST_CASE("TextLayer: a furniture word opens furniture only before a time, a colon or no sentence",
          "[parser][text]") {
    TextLayer layer(
        "Updated: 12 May 2024, 10:00 GMT\n\nPublished 3 hours ago\n\n"
        "Updated ministry figures showed the flood killed 63 people.\n\n"
        "Posted on the agency's site, the list named 40 victims.\n");
    REQUIRE(layer.paragraphs().size() == 4);
    CHECK(layer.paragraphs()[0].kind == ParagraphKind::Furniture);
    CHECK(layer.paragraphs()[1].kind == ParagraphKind::Furniture);
    CHECK(layer.paragraphs()[2].kind == ParagraphKind::Body);
    CHECK(layer.paragraphs()[3].kind == ParagraphKind::Body);
}

TEST_CASE("TextLayer: URLs, related-article lines and repeats are not content", "[parser][text]") {
    TextLayer layer(
        "Floods Hit the Coast Again\n\nRain fell for days.\n\n"
        "https://example.org/author/wire-3\n\n"
        "Related article: Storm Season Begins\nin the South\n\n"
        "Floods Hit the Coast Again\n\nRain fell for days.\n");
    REQUIRE(layer.paragraphs().size() == 6);
    CHECK(layer.paragraphs()[0].kind == ParagraphKind::Heading);
    CHECK(layer.paragraphs()[1].kind == ParagraphKind::Body);
    CHECK(layer.paragraphs()[2].kind == ParagraphKind::Furniture);
    CHECK(layer.paragraphs()[3].kind == ParagraphKind::Furniture);
    CHECK(layer.paragraphs()[4].kind == ParagraphKind::Repeat);
    CHECK(layer.paragraphs()[5].kind == ParagraphKind::Repeat);
    const auto& sentence = layer.sentences()[layer.paragraphs()[2].firstSentence];
    CHECK(layer.tokens()[sentence.firstToken].kind == TokenKind::Url);
    CHECK_FALSE(layer.isContent(sentence));
}

TEST_CASE("TextLayer: a URL inside a sentence is one token without its final stop",
          "[parser][text]") {
    TextLayer layer("See https://example.org/a.html. Then go.");
    REQUIRE(layer.tokens().size() >= 3);
    CHECK(layer.tokens()[1].kind == TokenKind::Url);
    CHECK(layer.tokens()[1].text == "https://example.org/a.html");
    CHECK(layer.sentences().size() == 2);
}

TEST_CASE("TextLayer: invalid and empty input still gives a layer", "[parser][text]") {
    CHECK(TextLayer("").tokens().empty());
    TextLayer layer(std::string("ab\xff\xfe cd", 7));
    CHECK(layer.tokens().size() >= 2);
    TextLayer truncated(std::string("caf\xc3", 4));
    CHECK(!truncated.tokens().empty());
}

TEST_CASE("foldTypography: curly quotes, dashes and odd spaces become ASCII", "[parser][text]") {
    CHECK(foldTypography("  Korea\u2019s \u201Cwar\u201D \u2013 now\u00A0\n here ") ==
          "Korea's \"war\" - now here");
}
