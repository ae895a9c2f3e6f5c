#include "parser/facts_json.h"

#include <catch2/catch.hpp>

#include "parser/pipeline.h"

using namespace newsgraph;
using namespace newsgraph::parser;

namespace {

// Every field set, flags true, a fractional value and a range, so that a field the
// writer or the reader forgot shows as a difference.
ArticleFacts sampleFacts() {
    ArticleFacts facts;
    facts.article = {"a.txt",
                     "dir/a.txt",
                     3,
                     "Floods \"rise\"",
                     "2025-04-30",
                     "Example Wire",
                     "https://example.org/a",
                     "Floods killed 12 people in Northvale, the agency said.\n\u00e9"};
    facts.sentences = {{{0, 54}, 0}, {{55, 57}, 1}};
    EntityFact agency;
    agency.kind = graph::NodeKind::Agency;
    agency.name = "Example Relief Agency";
    agency.aliases = {"the agency", "ERA"};
    agency.mentions = {{42, 52}};
    agency.form = EntityForm::Descriptive;
    agency.country = "XX";
    agency.category = "relief";
    agency.isSource = true;
    EntityFact actor;
    actor.kind = graph::NodeKind::Actor;
    actor.name = "Lia";
    actor.role = "spokeswoman";
    actor.form = EntityForm::SingleName;
    facts.entities = {agency, actor};
    FigureFact killed;
    killed.value = graph::Value(std::int64_t{12});
    killed.qualifier = "exact";
    killed.measure = "killed";
    killed.subject = "people";
    killed.when = "present";
    killed.whenBegin = "2025-04-30";
    killed.whenEnd = "2025-04-30";
    killed.mentions = {{14, 16}};
    killed.reporters = {{"Example Relief Agency", "said", "subject before the cue", {0, 54}}};
    killed.place = "Northvale";
    killed.placeIsDestination = true;
    killed.previousCue = "had put";
    killed.sentence = facts.article.text.substr(0, 54);
    killed.sentenceSpan = {0, 54};
    killed.increment = killed.oneDay = killed.speculative = true;
    killed.part = "children";
    killed.cause = "flood";
    killed.utility = "power";
    killed.setting = "hospitals";
    FigureFact range;
    range.low = graph::Value(0.1);
    range.high = graph::Value(2.5e6);
    range.measure = "lost";
    range.mentions = {{14, 16}, {20, 26}};
    range.sentence = "a sentence the stage wrote itself";
    range.sentenceSpan = {0, 54};
    facts.figures = {killed, range};
    return facts;
}

void requireSame(const ArticleFacts& a, const ArticleFacts& b) {
    REQUIRE(factsToJsonLine(a) == factsToJsonLine(b));
    CHECK(a.article.text == b.article.text);
    CHECK(a.article.line == b.article.line);
    REQUIRE(a.entities.size() == b.entities.size());
    REQUIRE(a.figures.size() == b.figures.size());
    for (std::size_t i = 0; i < a.figures.size(); ++i) {
        CHECK(a.figures[i].value == b.figures[i].value);
        CHECK(a.figures[i].low == b.figures[i].low);
        CHECK(a.figures[i].high == b.figures[i].high);
        CHECK(a.figures[i].sentence == b.figures[i].sentence);
        CHECK(a.figures[i].oneDay == b.figures[i].oneDay);
        CHECK(a.figures[i].placeIsDestination == b.figures[i].placeIsDestination);
    }
    CHECK(b.entities[0].form == EntityForm::Descriptive);
    CHECK(b.entities[1].form == EntityForm::SingleName);
    CHECK(b.entities[0].isSource);
}

}  // namespace

TEST_CASE("Facts lines: every field reads back as written", "[parser][facts_json]") {
    const ArticleFacts facts = sampleFacts();
    const std::string line = factsToJsonLine(facts);
    CHECK(line.find('\n') == std::string::npos);
    ArticleFacts back;
    std::string error;
    REQUIRE(factsFromJsonLine(line, back, error));
    INFO(error);
    requireSame(facts, back);
    CHECK(back.figures[1].low.asDouble() == 0.1);
    CHECK(back.figures[0].reporters.at(0).rule == "subject before the cue");
}

TEST_CASE("Facts lines: an extracted article round-trips", "[parser][facts_json]") {
    Article article;
    article.file = "x.txt";
    article.text =
        "At least 40 people died in the floods, the Example Red Cross said on Monday. "
        "Another 12 are missing, officials in Northvale said.";
    const ArticleFacts facts = extractFacts(article);
    REQUIRE_FALSE(facts.figures.empty());
    ArticleFacts back;
    std::string error;
    REQUIRE(factsFromJsonLine(factsToJsonLine(facts), back, error));
    CHECK(factsToJsonLine(back) == factsToJsonLine(facts));
}

TEST_CASE("Facts lines: a bad line is refused with its reason", "[parser][facts_json]") {
    const std::string good = factsToJsonLine(sampleFacts());
    struct Case {
        std::string line;
        std::string reason;
    };
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string s = good;
        const auto at = s.find(from);
        REQUIRE(at != std::string::npos);
        return s.replace(at, from.size(), to);
    };
    const Case cases[] = {
        {"", "bad JSON at column 1"},
        {"[1]", "a facts line must be an object"},
        {"{\"format\":\"newsgraph-1\"}", "not a facts line"},
        {"{\"format\":\"newsgraph-facts-1\"}", "the line has no \"article\""},
        {replaced("\"kind\":\"agency\"", "\"kind\":\"figure\""), "is not actor, agency or place"},
        {replaced("\"mentions\":[[42,52]]", "\"mentions\":[[52,42]]"), "ends before it begins"},
        {replaced("\"mentions\":[[42,52]]", "\"mentions\":[[42,5200]]"), "ends past the text"},
        {replaced("\"value\":12", "\"value\":true"), "\"value\" is not a number"},
        {replaced("\"value\":12", "\"value\":\"twelve\""), "\"value\" is not a finite number"},
        {replaced("\"value\":12", "\"value\":1e999"), "Number too big"},
        {replaced("\"form\":\"descriptive\"", "\"form\":\"other\""), "\"form\" is not"},
        {replaced("\"mentions\":[[14,16]]", "\"mentions\":[]"), "a figure has no mention"},
        {"{\"format\":\"newsgraph-facts-1\",\"x\":" + std::string(300, '[') +
             std::string(300, ']') + "}",
         "nested more than 256 levels"},
    };
    for (const auto& c : cases) {
        ArticleFacts facts;
        std::string error;
        INFO(c.line.substr(0, 200));
        CHECK_FALSE(factsFromJsonLine(c.line, facts, error));
        CHECK_THAT(error, Catch::Contains(c.reason));
    }
}
