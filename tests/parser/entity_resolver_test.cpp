#include "parser/resolution/entity_resolver.h"

#include <catch2/catch.hpp>

#include "parser/pipeline.h"

using namespace newsgraph::parser;
using newsgraph::graph::NodeKind;

namespace {

std::vector<ArticleFacts> resolved(const std::vector<std::string>& texts) {
    std::vector<ArticleFacts> facts;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        Article article;
        article.file = "a" + std::to_string(i) + ".txt";
        article.text = texts[i];
        facts.push_back(extractFacts(article));
    }
    resolveEntities(facts);
    return facts;
}

const EntityFact* find(const ArticleFacts& facts, NodeKind kind, const std::string& name) {
    for (const auto& e : facts.entities) {
        if (e.kind == kind && e.name == name) return &e;
    }
    return nullptr;
}

std::size_t countKind(const ArticleFacts& facts, NodeKind kind) {
    std::size_t n = 0;
    for (const auto& e : facts.entities) n += e.kind == kind;
    return n;
}

}  // namespace

TEST_CASE("resolveEntities: romanisation variants of one legislator merge", "[parser][resolve]") {
    auto facts = resolved({"MP Park Ji-hoon said the vote would be close.",
                           "Lawmaker Park Ji-hun said the vote was close."});
    REQUIRE(find(facts[0], NodeKind::Actor, "Park Ji-hoon"));
    const EntityFact* second = find(facts[1], NodeKind::Actor, "Park Ji-hoon");
    REQUIRE(second);
    CHECK(std::find(second->aliases.begin(), second->aliases.end(), "Park Ji-hun") !=
          second->aliases.end());
}

TEST_CASE("resolveEntities: different people with one surname never merge", "[parser][resolve]") {
    auto facts = resolved({"MP Park Ji-hoon said the vote would be close.",
                           "Lawmaker Park Min-seo said the vote was close."});
    CHECK(find(facts[0], NodeKind::Actor, "Park Ji-hoon"));
    CHECK(find(facts[1], NodeKind::Actor, "Park Min-seo"));
}

TEST_CASE("resolveEntities: a given name spelled with a letter more is one person in a story",
          "[parser][resolve]") {
    auto facts = resolved({"BEIRUT - 12 people were wounded, said Lebanese Minister, Rami Halabi.",
                           "BEIRUT - 40 people were wounded, Health Minister Ramii Halabi said."});
    CHECK(countKind(facts[1], NodeKind::Actor) == 1);
    CHECK(facts[0].entities.size() >= 1);
    const std::string first = find(facts[0], NodeKind::Actor, "Rami Halabi") ? "Rami Halabi" : "Ramii Halabi";
    CHECK(find(facts[1], NodeKind::Actor, first));
}

TEST_CASE("resolveEntities: an office held in a body is that office ('spokesperson for X' is a spokesperson)",
          "[parser][resolve]") {
    auto facts = resolved({"Muhammad Rahimi, spokesperson for the Example Hospital, said 47 died.",
                           "Example Hospital spokesperson Mohammad Rahimi said 100 died."});
    CHECK(countKind(facts[1], NodeKind::Actor) == 1);
    const std::string first = find(facts[0], NodeKind::Actor, "Muhammad Rahimi") ? "Muhammad Rahimi" : "Mohammad Rahimi";
    CHECK(find(facts[1], NodeKind::Actor, first));
    // Another office stays another person.
    facts = resolved({"Muhammad Rahimi, director of the Example Hospital, said 47 died.",
                      "Example Hospital spokesperson Mohammad Rahimi said 100 died."});
    CHECK(find(facts[1], NodeKind::Actor, "Mohammad Rahimi"));
}

TEST_CASE("resolveEntities: an honorific is no office that keeps two spellings apart",
          "[parser][resolve]") {
    auto facts = resolved({"HERAT - Mullah Omar Sayeeq, of the Ministry of Disasters, said 90 died in Herat.",
                           "HERAT - Omar Saiq, spokesperson of the Ministry of Disasters, said 120 died in Herat."});
    CHECK(countKind(facts[1], NodeKind::Actor) == 1);
    CHECK(facts[0].entities.size() >= 1);
    const bool one = find(facts[1], NodeKind::Actor, "Omar Sayeeq") || find(facts[0], NodeKind::Actor, "Omar Saiq");
    CHECK(one);
}

TEST_CASE("resolveEntities: given names a letter apart by substitution stay two people",
          "[parser][resolve]") {
    auto facts = resolved({"BEIRUT - 12 people were wounded, said Lebanese Minister, Dana Halabi.",
                           "BEIRUT - 40 people were wounded, Health Minister Dina Halabi said."});
    CHECK(find(facts[0], NodeKind::Actor, "Dana Halabi"));
    CHECK(find(facts[1], NodeKind::Actor, "Dina Halabi"));
}

TEST_CASE("resolveEntities: two people named in one article stay apart", "[parser][resolve]") {
    auto facts = resolved({"MP Park Ji-hoon and MP Park Ji-hun both voted against the bill."});
    CHECK(countKind(facts[0], NodeKind::Actor) == 2);
}

TEST_CASE("resolveEntities: a lone acronym joins the body another article defines",
          "[parser][resolve]") {
    auto facts = resolved({"The Disaster Relief Agency (DRA) said 40 people were rescued.",
                           "The DRA said more rain was expected."});
    REQUIRE(find(facts[1], NodeKind::Agency, "Disaster Relief Agency"));
    CHECK(countKind(facts[1], NodeKind::Agency) == 1);
}

TEST_CASE("resolveEntities: a description joins the one named body of its place and kind",
          "[parser][resolve]") {
    auto facts =
        resolved({"Japan's weather agency, the Japan Meteorological Agency, said "
                  "the typhoon had weakened.",
                  "Tokyo's weather agency said the rain would ease."});
    const EntityFact* agency = find(facts[1], NodeKind::Agency, "Japan Meteorological Agency");
    REQUIRE(agency);
    CHECK(std::find(agency->aliases.begin(), agency->aliases.end(), "Tokyo's weather agency") !=
          agency->aliases.end());
}

TEST_CASE("resolveEntities: a description that names no body and is no source is dropped",
          "[parser][resolve]") {
    auto facts = resolved({"Chile's weather agency issued warnings for the coast."});
    CHECK(countKind(facts[0], NodeKind::Agency) == 0);
    CHECK(find(facts[0], NodeKind::Place, "Chile"));
}

TEST_CASE("resolveEntities: figure reporters follow the renamed entity", "[parser][resolve]") {
    std::vector<ArticleFacts> facts;
    for (const char* text : {"MP Park Ji-hoon said the vote would be close.",
                             "Lawmaker Park Ji-hun said 40 seats were lost."}) {
        Article article;
        article.text = text;
        facts.push_back(extractFacts(article));
    }
    FigureFact figure;
    figure.reporters = {{"Park Ji-hun", "said", "subject before the cue", {}}};
    facts[1].figures.push_back(figure);
    resolveEntities(facts);
    REQUIRE(facts[1].figures[0].reporters.size() == 1);
    CHECK(facts[1].figures[0].reporters[0].name == "Park Ji-hoon");
}

TEST_CASE("resolveEntities: 'Ministry of X' and 'X Ministry' join within one country",
          "[parser][resolve]") {
    auto facts = resolved({"In Kenya, the Ministry of Water said 40 wells were dry in Nairobi.",
                           "The Water Ministry said on Monday that Kenya needed rain."});
    CHECK(find(facts[1], NodeKind::Agency, "Ministry of Water"));
    // Another country's ministry stays apart.
    auto apart = resolved({"In Kenya, the Ministry of Water said 40 wells were dry in Nairobi.",
                           "In Peru, the Water Ministry said Lima had enough."});
    CHECK(find(apart[1], NodeKind::Agency, "Water Ministry"));
}

TEST_CASE("resolveEntities: a name read as a place in one article is that place elsewhere",
          "[parser][resolve]") {
    auto facts = resolved({"Cases rose in the districts of Nantu, Vila da Serra and Osko.",
                           "The teams move on to Vila da Serra next week."});
    CHECK(find(facts[1], NodeKind::Place, "Vila da Serra"));
    CHECK(countKind(facts[1], NodeKind::Actor) == 0);
}

TEST_CASE("resolveEntities: a name with diacritics and its ASCII spelling are one person",
          "[parser][resolve]") {
    auto facts = resolved({"Governor Ay\xc5\x9f" "e Y\xc4\xb1lmaz said 12 roads were closed.",
                           "Governor Ayse Yilmaz said 15 roads were closed."});
    const EntityFact* second = find(facts[1], NodeKind::Actor, "Ay\xc5\x9f" "e Y\xc4\xb1lmaz");
    REQUIRE(second);
    CHECK(countKind(facts[1], NodeKind::Actor) == 1);
}

TEST_CASE("resolveEntities: a surname alone joins the one person of that name in the story",
          "[parser][resolve]") {
    auto facts = resolved({"Mayor Tomas Velden said 30 homes flooded in Harlow.",
                           "Mayor Velden said later that 45 homes had flooded in Harlow."});
    CHECK(find(facts[1], NodeKind::Actor, "Tomas Velden"));
}

TEST_CASE("resolveEntities: a surname shared by two people of the story stays unresolved",
          "[parser][resolve]") {
    auto facts = resolved({"Mayor Tomas Velden and MP Greta Velden toured Harlow.",
                           "On Monday, Velden said 45 homes had flooded in Harlow."});
    CHECK(find(facts[0], NodeKind::Actor, "Tomas Velden"));
    CHECK(find(facts[1], NodeKind::Actor, "Velden"));
    CHECK_FALSE(find(facts[1], NodeKind::Actor, "Tomas Velden"));
    CHECK_FALSE(find(facts[1], NodeKind::Actor, "Greta Velden"));
}

TEST_CASE("resolveEntities: 'the interior ministry' joins the country's Ministry of Interior",
          "[parser][resolve]") {
    auto facts = resolved({"In Kenya, the Ministry of Interior said 40 people died in Nairobi.",
                           "Kenya's interior ministry said on Monday that 52 people died in Nairobi."});
    CHECK(find(facts[1], NodeKind::Agency, "Ministry of Interior"));
}

TEST_CASE("resolveEntities: a body's other name given in brackets is the same body",
          "[parser][resolve]") {
    auto facts = resolved({"The Coast Guard of Eldoria (Garda Costal) said 40 people were saved.",
                           "Garda Costal said more boats were missing."});
    REQUIRE(find(facts[1], NodeKind::Agency, "Coast Guard of Eldoria"));
    CHECK(countKind(facts[1], NodeKind::Agency) == 1);
}

TEST_CASE("resolveEntities: a short name in brackets names the body wherever it stands",
          "[parser][resolve]") {
    auto facts = resolved({"The National Relief Agency (Relagen) said 27 people died.\n\n"
                           "Relagen said five of the dead were children."});
    const EntityFact* agency = find(facts[0], NodeKind::Agency, "National Relief Agency");
    REQUIRE(agency);
    CHECK(agency->mentions.size() == 3);
    CHECK(countKind(facts[0], NodeKind::Actor) == 0);
}

TEST_CASE("resolveEntities: one place's government at one level is one body, whatever noun names it",
          "[parser][resolve]") {
    auto facts = resolved({"In Kenya, the Nakuru district administration said 40 homes flooded in Nakuru.",
                           "The Nakuru district authorities said 52 homes flooded in Nakuru, Kenya."});
    REQUIRE(find(facts[0], NodeKind::Agency, "Nakuru district administration"));
    CHECK(find(facts[1], NodeKind::Agency, "Nakuru district administration"));
}

TEST_CASE("resolveEntities: a name and that name with 'Society' after it are one body",
          "[parser][resolve]") {
    auto facts = resolved({"The Libyan Red Crescent Society said 40 people died in Derna, Libya.",
                           "The Libyan Red Crescent said 52 people died in Derna, Libya."});
    CHECK(countKind(facts[1], NodeKind::Agency) == 1);
    CHECK(facts[0].entities.size() >= 1);
    const EntityFact* first = nullptr;
    for (const auto& e : facts[0].entities) {
        if (e.kind == NodeKind::Agency) first = &e;
    }
    REQUIRE(first);
    CHECK(find(facts[1], NodeKind::Agency, first->name));
}

TEST_CASE("resolveEntities: a ministry named bare under a dateline is the dateline country's",
          "[parser][resolve]") {
    auto facts = resolved({"Jordan's foreign ministry said 20 pilgrims had died in Saudi Arabia.",
                           "AMMAN - On Sunday, the Ministry of Foreign and Expatriate Affairs said 41 pilgrims "
                           "from Jordan had died in Mecca and Medina, in Saudi Arabia."});
    // Saudi Arabia is named more often, but the report was filed from Amman.
    const EntityFact* named = find(facts[0], NodeKind::Agency, "Ministry of Foreign and Expatriate Affairs");
    REQUIRE(named != nullptr);
    CHECK(std::count(named->aliases.begin(), named->aliases.end(), "Jordan's foreign ministry") == 1);
    CHECK(find(facts[1], NodeKind::Agency, "Ministry of Foreign and Expatriate Affairs"));
}

TEST_CASE("resolveEntities: initials and a given name of one office are one person",
          "[parser][resolve]") {
    auto facts = resolved({"Chief Secretary Ravi Meher said 40 people died in Cuttack.",
                           "Chief Secretary RK Meher said 52 people died in Cuttack."});
    const EntityFact* full = find(facts[1], NodeKind::Actor, "Ravi Meher");
    REQUIRE(full != nullptr);
    CHECK(std::count(full->aliases.begin(), full->aliases.end(), "RK Meher") == 1);
    // Initials that the given name does not open, or another office, stay apart.
    auto other = resolved({"Chief Secretary Ravi Meher said 40 people died in Cuttack.",
                           "Police Commissioner SK Meher said 52 people died in Cuttack."});
    CHECK(find(other[1], NodeKind::Actor, "SK Meher"));
}

TEST_CASE("resolveEntities: a body's short name joins the story's long name of the article's country",
          "[parser][resolve]") {
    auto facts = resolved({"The Italian Coast Guard said 30 migrants were rescued off Crotone, Italy.",
                           "The Coast Guard said 12 bodies were recovered near Crotone, Italy, on Monday."});
    CHECK(find(facts[1], NodeKind::Agency, "Italian Coast Guard"));
    CHECK_FALSE(find(facts[1], NodeKind::Agency, "Coast Guard"));
}

TEST_CASE("resolveEntities: a body's short name stays apart from another country's long name",
          "[parser][resolve]") {
    auto facts = resolved({"The Italian Coast Guard said 30 migrants from Crotone were rescued off Pylos, Greece.",
                           "The Coast Guard said 12 bodies were recovered near Pylos, Greece, and Kalamata, Greece."});
    CHECK(find(facts[1], NodeKind::Agency, "Coast Guard"));
    CHECK_FALSE(find(facts[1], NodeKind::Agency, "Italian Coast Guard"));
}
