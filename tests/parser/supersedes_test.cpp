#include <catch2/catch.hpp>

#include "parser/claims/claim_key.h"
#include "parser/claims/claim_resolver.h"
#include "parser/claims/supersedes.h"
#include "parser/figures/figure_place.h"
#include "parser/entities/gazetteer.h"

using namespace newsgraph::parser;
using newsgraph::graph::Value;

namespace Catch {
template <>
struct StringMaker<std::pair<std::size_t, std::size_t>> {
    static std::string convert(const std::pair<std::size_t, std::size_t>& p) {
        return "(" + std::to_string(p.first) + ", " + std::to_string(p.second) + ")";
    }
};
}  // namespace Catch

namespace {

FigureFact figure(std::int64_t value, const std::string& measure, const std::string& when,
                  std::vector<std::string> reporters, const std::string& subject = "") {
    FigureFact f;
    f.value = Value(value);
    f.qualifier = "exact";
    f.measure = measure;
    f.when = when;
    f.subject = subject;
    for (auto& name : reporters) f.reporters.push_back({std::move(name), "", "", {}});
    return f;
}

ArticleFacts article(const std::string& date, std::vector<FigureFact> figures) {
    ArticleFacts a;
    a.article.date = date;
    a.article.text = "Zambia Lusaka Ministry";  // one story: shared proper words
    a.entities = {{}, {}};
    a.entities[0].name = "Ministry of Health";
    a.entities[1].name = "Zambia";
    a.figures = std::move(figures);
    return a;
}

// A figure counted at `place`, stated in `sentence` (its own sentence: the span differs by value).
FigureFact placedAt(std::int64_t value, const std::string& measure, const std::string& place,
                    const std::string& sentence) {
    FigureFact f = figure(value, measure, "present", {"Police"});
    f.place = place;
    f.sentence = sentence;
    f.sentenceSpan = Span{0, static_cast<std::uint32_t>(value)};
    return f;
}

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

Pairs pairsOf(const std::vector<SupersedesEdge>& edges) {
    Pairs out;
    for (const auto& e : edges) out.emplace_back(e.newer, e.older);
    std::sort(out.begin(), out.end());
    return out;
}

Pairs supersedes(const std::vector<ArticleFacts>& articles) {
    return pairsOf(findSupersedes(resolveClaims(articles), articles));
}

}  // namespace

TEST_CASE("Claims: one claim in two articles is one claim", "[parser][claims]") {
    std::vector<ArticleFacts> articles = {
        article("", {figure(600, "killed", "April", {"NIS"})}),
        article("", {figure(600, "killed", "present", {"Lee", "NIS"})}),
        article("", {figure(600, "killed", "present", {"Someone else"})})};
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].statements.size() == 2);
}

TEST_CASE("Supersedes: dated estimates chain, same-day ones stand side by side",
          "[parser][claims]") {
    std::vector<ArticleFacts> articles = {
        article("2024-01-08", {figure(48, "killed", "present", {"Ministry of Health"})}),
        article("2024-01-15", {figure(312, "killed", "present", {"Ministry of Health"})}),
        article("2024-01-22", {figure(390, "killed", "present", {"Ministry of Health"}),
                               figure(400, "killed", "present", {"WHO"}),
                               figure(9000, "cases", "present", {"WHO"})})};
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 5);
    auto pairs = pairsOf(findSupersedes(claims, articles));
    CHECK(pairs == Pairs{{1, 0}, {2, 1}, {3, 1}});
}

TEST_CASE("Supersedes: undated, the article's own time is later than the times it names",
          "[parser][claims]") {
    std::vector<ArticleFacts> articles = {
        article("", {figure(2000, "killed", "present", {"NIS"}),
                     figure(600, "killed", "April", {"NIS"})}),
        article("", {figure(600, "killed", "present", {"NIS"}),
                     figure(300, "killed", "January", {"NIS"})})};
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 3);  // 2000, the 600 claim, 300
    auto pairs = pairsOf(findSupersedes(claims, articles));
    CHECK(pairs == Pairs{{0, 1}, {1, 2}});
}

TEST_CASE("Supersedes: never across measures or populations", "[parser][claims]") {
    std::vector<ArticleFacts> articles = {
        article("2023-05-02", {figure(180, "killed", "present", {"Union"}, "civilians"),
                               figure(450, "killed", "present", {"Army"}, "RSF fighters")}),
        article("2023-05-09", {figure(300, "killed", "present", {"Union"}, "civilians"),
                               figure(800, "wounded", "present", {"Army"}, "RSF fighters")})};
    auto claims = resolveClaims(articles);
    auto pairs = pairsOf(findSupersedes(claims, articles));
    CHECK(pairs == Pairs{{2, 0}});
}

TEST_CASE("Supersedes: a part chains only with the same part, never with the whole",
          "[parser][claims]") {
    auto part = [](std::int64_t value, const std::string& what) {
        FigureFact f = figure(value, "killed", "present", {"Coast Guard"}, "dead");
        f.part = what;
        return f;
    };
    std::vector<ArticleFacts> articles = {
        article("2024-03-01", {figure(9, "killed", "present", {"Coast Guard"}), part(2, "children"),
                               part(3, "in the lower town")}),
        article("2024-03-04", {figure(27, "killed", "present", {"Coast Guard"}),
                               part(5, "Children")})};
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 5);
    auto pairs = pairsOf(findSupersedes(claims, articles));
    CHECK(pairs == Pairs{{3, 0}, {4, 1}});
}

TEST_CASE("Supersedes: a district's count beside the country's is a part of it",
          "[parser][claims]") {
    // "95 died in Zambia ... in the district alone, 52", then 132 and 87: each chains
    // with its own kind, never the country's toll with the district's.
    auto at = [](std::int64_t value, const std::string& place) {
        FigureFact f = figure(value, "killed", "present", {"Ministry of Health"});
        f.place = place;
        return f;
    };
    std::vector<ArticleFacts> articles = {
        article("2024-03-01", {at(95, "Zambia"), at(52, "Example District")}),
        article("2024-03-02", {at(132, "Zambia"), at(87, "Example District")})};
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 4);
    CHECK(supersedes(articles) == Pairs{{2, 0}, {3, 1}});
}

TEST_CASE("Supersedes: counts of different causes never chain, a count of no cause fits any",
          "[parser][claims]") {
    auto caused = [](std::int64_t value, const std::string& cause) {
        FigureFact f = figure(value, "killed", "present", {"Ministry of Health"});
        f.cause = cause;
        return f;
    };
    std::vector<ArticleFacts> articles = {
        article("2024-03-01", {caused(17, "cholera"), caused(19, "storm")}),
        article("2024-03-04", {caused(22, "cholera"), caused(27, "storm")}),
        article("2024-03-08", {caused(31, "")})};
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 5);
    auto pairs = pairsOf(findSupersedes(claims, articles));
    CHECK(pairs == Pairs{{2, 0}, {3, 1}, {4, 2}, {4, 3}});
}

TEST_CASE("Supersedes: counts from places in other countries never chain, and an unplaced one "
          "takes its article's main place",
          "[parser][claims]") {
    auto placed = [](std::int64_t value, const std::string& when, const std::string& place) {
        FigureFact f = figure(value, "killed", when, {"Ministry of Health"});
        f.place = place;
        return f;
    };
    std::vector<ArticleFacts> articles = {
        article("2024-05-28", {placed(16, "present", "Bangladesh"),
                               placed(6, "present", "West Bengal"),
                               placed(10, "present", "")})};
    articles[0].figures[2].previousCue = "had earlier put";
    EntityFact bangladesh;
    bangladesh.kind = newsgraph::graph::NodeKind::Place;
    bangladesh.name = "Bangladesh";
    bangladesh.mentions = {{0, 1}, {2, 3}, {4, 5}};
    EntityFact westBengal = bangladesh;
    westBengal.name = "West Bengal";
    westBengal.mentions = {{6, 7}};
    articles[0].entities.push_back(bangladesh);
    articles[0].entities.push_back(westBengal);
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 3);
    auto pairs = pairsOf(findSupersedes(claims, articles));
    CHECK(pairs == Pairs{{0, 2}});  // 16 in Bangladesh replaces the earlier 10, not 6
}

TEST_CASE("placesConflict: other countries' regions and other cities conflict, countries do not",
          "[parser][claims]") {
    const Gazetteer& g = Gazetteer::get();
    CHECK(placesConflict(g, "West Bengal", "Bangladesh"));
    CHECK(placesConflict(g, "Geneina", "El Fasher"));
    CHECK_FALSE(placesConflict(g, "Russia", "Ukraine"));      // a war's countries
    CHECK_FALSE(placesConflict(g, "Khartoum", "Sudan"));      // a city in its country
    CHECK_FALSE(placesConflict(g, "Khartoum", ""));           // unknown
    CHECK_FALSE(placesConflict(g, "Khartoum", "Narnia"));     // not in the gazetteer
    CHECK(g.find("El Geneina") == g.find("Geneina"));         // the Arabic article
}

TEST_CASE("Supersedes: a count of a time over a year before its article is another incident",
          "[parser][claims]") {
    FigureFact recalled = figure(160, "missing", "June 2018", {});
    recalled.whenBegin = "2018-06-01";
    recalled.whenEnd = "2018-06-30";
    std::vector<ArticleFacts> articles = {
        article("2025-06-15", {figure(40, "missing", "present", {}), recalled})};
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 2);
    CHECK(findSupersedes(claims, articles).empty());
}

TEST_CASE("placesConflict: two first-level regions of one country do not overlap",
          "[parser][claims]") {
    const Gazetteer& g = Gazetteer::get();
    CHECK(placesConflict(g, "Sindh", "Khyber Pakhtunkhwa"));
    CHECK_FALSE(placesConflict(g, "Sindh", "Punjab"));  // Punjab spans two countries: unknown
    CHECK_FALSE(placesConflict(g, "Sindh", "Karachi"));  // a city may lie in the region
}

TEST_CASE("Supersedes: a smaller later count of a measure that only grows is no revision unless "
          "its sentence says so",
          "[parser][claims]") {
    FigureFact lowered = figure(1000, "killed", "present", {"Ministry"});
    lowered.sentence = "The ministry lowered the toll to about 1,000.";
    std::vector<ArticleFacts> smaller = {
        article("2023-10-09", {figure(2400, "killed", "present", {"Ministry"})}),
        article("2023-10-10", {figure(900, "killed", "present", {"Ministry"})})};
    CHECK(supersedes(smaller).empty());  // another count, not an estimate of the same
    std::vector<ArticleFacts> revised = {
        article("2023-10-09", {figure(2400, "killed", "present", {"Ministry"})}),
        article("2023-10-11", {lowered})};
    CHECK(supersedes(revised) == Pairs{{1, 0}});
    // Counts that rise and fall (missing) may fall.
    std::vector<ArticleFacts> missing = {
        article("2024-01-06", {figure(211, "missing", "present", {})}),
        article("2024-01-09", {figure(102, "missing", "present", {})})};
    CHECK(supersedes(missing) == Pairs{{1, 0}});
}

TEST_CASE("Supersedes: one day's count, an addition and a speculative estimate stand alone",
          "[parser][claims]") {
    FigureFact day = figure(94, "killed", "Sunday", {});
    day.oneDay = true;
    FigureFact guess = figure(1000, "killed", "present", {});
    guess.speculative = true;
    FigureFact added = figure(50, "killed", "present", {});
    added.increment = true;
    std::vector<ArticleFacts> articles = {
        article("2024-08-04", {figure(200, "killed", "present", {})}),
        article("2024-08-05", {day, guess, added, figure(300, "killed", "present", {})})};
    CHECK(supersedes(articles) == Pairs{{4, 0}});
    CHECK(chainExclusion(day, "2024-08-05") == "one day's count");
    CHECK(chainExclusion(guess, "2024-08-05") == "a speculative estimate");
}

TEST_CASE("Supersedes: a city of many is a count of its own, an area of the story's country "
          "is the story's",
          "[parser][claims]") {
    auto placed = [](std::int64_t value, const std::string& place) {
        FigureFact f = figure(value, "killed", "present", {});
        f.place = place;
        return f;
    };
    // Ishikawa is a region of Japan, Wajima and Suzu its cities; Mozambique another country.
    std::vector<ArticleFacts> articles = {
        article("2024-01-04", {placed(84, "Ishikawa"), placed(48, "Wajima"), placed(23, "Suzu")}),
        article("2024-01-09", {placed(202, ""), placed(81, "Wajima"), placed(91, "Suzu"),
                               placed(120, "Mozambique")})};
    CHECK(supersedes(articles) == Pairs{{3, 0}, {4, 1}, {5, 2}});
}

TEST_CASE("Supersedes: an edge says which key it shares and which times it orders",
          "[parser][claims]") {
    std::vector<ArticleFacts> articles = {
        article("2024-01-02", {figure(24, "killed", "present", {})}),
        article("2024-01-04", {figure(84, "killed", "present", {})})};
    const auto edges = findSupersedes(resolveClaims(articles), articles);
    REQUIRE(edges.size() == 1);
    CHECK(edges[0].rule ==
          "same claim key (killed · anyone · the whole story); newer as of 2024-01-04, older as "
          "of 2024-01-02");
}

TEST_CASE("Time points: the article's own time, a past point, a recalled estimate, a span",
          "[parser][claims]") {
    FigureFact own = figure(10, "killed", "present", {});
    CHECK(timePointOf(own, "2024-01-09") == TimePoint{"2024-01-09", 0, "2024-01-09"});
    FigureFact late = figure(10, "killed", "late on Saturday", {});
    late.whenBegin = late.whenEnd = "2023-10-07";
    CHECK(timePointOf(late, "2023-10-08") == TimePoint{"2023-10-07", 1, "2023-10-08"});
    FigureFact recalled = figure(10, "killed", "present", {});
    recalled.previousCue = "up from";
    CHECK(timePointOf(recalled, "2024-01-09") == TimePoint{"2024-01-09", -1, "2024-01-09"});
    FigureFact span = figure(10, "killed", "between July 15 and August 5", {});
    span.whenBegin = "2024-07-15";
    span.whenEnd = "2024-08-05";
    CHECK(timePointOf(span, "2025-02-12") == TimePoint{"2025-02-12", 0, "2025-02-12"});
    CHECK(timePointOf(own, "").date.empty());
}

TEST_CASE("Claims: a source's number restated days later is still its one claim",
          "[parser][claims]") {
    const std::vector<ArticleFacts> articles = {
        article("2024-03-04", {figure(23, "killed", "present", {"Army"})}),
        article("2024-03-07", {figure(23, "killed", "present", {"Army", "Rights Group"}),
                               figure(30, "killed", "present", {"Rights Group"})})};
    const auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].statements.size() == 2);
    // With no source on either side, days apart, the same number may be a later count.
    const std::vector<ArticleFacts> unsourced = {
        article("2024-03-04", {figure(104, "rescued", "present", {})}),
        article("2024-03-07", {figure(104, "rescued", "present", {})})};
    CHECK(resolveClaims(unsourced).size() == 2);
}

TEST_CASE("Supersedes: a nationality among those counted is a part of the count",
          "[parser][claims]") {
    const std::vector<ArticleFacts> articles = {
        article("2024-06-15", {figure(400, "aboard", "present", {}, "people")}),
        article("2024-06-22", {figure(209, "aboard", "present", {}, "Pakistanis"),
                               figure(750, "aboard", "present", {}, "people")})};
    const auto claims = resolveClaims(articles);
    for (const auto& [newer, older] : supersedes(articles)) {
        const auto& f = articles[claims[newer].statements[0].article]
                            .figures[claims[newer].statements[0].figure];
        const auto& g = articles[claims[older].statements[0].article]
                            .figures[claims[older].statements[0].figure];
        CHECK(f.subject != "Pakistanis");
        CHECK(g.subject != "Pakistanis");
    }
    CHECK(supersedes(articles).size() == 1);  // 750 > 400 only
}

TEST_CASE("Supersedes: hundreds of undated estimates of a count that grows chain by value",
          "[parser][claims]") {
    std::vector<ArticleFacts> articles;
    for (int i = 0; i < 300; ++i) {
        articles.push_back(article("", {figure(1000 + i, "killed", "present", {})}));
    }
    const auto edges = supersedes(articles);
    CHECK(edges.size() == 299);
    const auto claims = resolveClaims(articles);
    for (const auto& [newer, older] : edges) {
        const auto value = [&](std::size_t c) {
            const auto& st = claims[c].statements[0];
            return articles[st.article].figures[st.figure].value.asInt();
        };
        CHECK(value(newer) == value(older) + 1);
    }
}

TEST_CASE("Supersedes: a place the story names as an area counts for the whole story",
          "[parser][claims]") {
    auto placed = [](std::int64_t value, const std::string& place) {
        FigureFact f = figure(value, "killed", "present", {"Ministry of Health"});
        f.place = place;
        return f;
    };
    // "Orvala" is in no gazetteer; one article calls it "Orvala territory".
    std::vector<ArticleFacts> areaStory = {
        article("2024-03-01", {figure(43, "killed", "present", {"Ministry of Health"})}),
        article("2024-03-05", {placed(57, "Orvala")})};
    areaStory[0].entities.push_back({});
    areaStory[0].entities.back().kind = newsgraph::graph::NodeKind::Place;
    areaStory[0].entities.back().name = "Orvala";
    areaStory[0].entities.back().aliases = {"Orvala territory"};
    CHECK(supersedes(areaStory) == Pairs{{1, 0}});
    // Without that, an unknown place other than the story's main one (here "Bellmar",
    // first of two as common) is one locality: its count chains only with its own.
    std::vector<ArticleFacts> localityStory = {
        article("2024-03-01", {figure(43, "killed", "present", {"Ministry of Health"}),
                               placed(12, "Orvala"), placed(20, "Bellmar")}),
        article("2024-03-05", {placed(57, "Orvala"), placed(25, "Bellmar")})};
    CHECK(supersedes(localityStory) == Pairs{{3, 1}, {4, 2}});
}

TEST_CASE("Supersedes: animals never chain with people", "[parser][claims]") {
    std::vector<ArticleFacts> articles = {
        article("2024-06-06", {figure(1485, "evacuated", "present", {"Ministry of Health"}, "people")}),
        article("2024-06-09", {figure(2352, "evacuated", "present", {"Ministry of Health"}, "people"),
                               figure(550, "evacuated", "present", {"Ministry of Health"}, "animals")})};
    CHECK(supersedes(articles) == Pairs{{1, 0}});
}

TEST_CASE("Supersedes: households never chain with people", "[parser][claims]") {
    std::vector<ArticleFacts> articles = {
        article("2023-03-15", {figure(19676, "displaced", "present", {"Ministry of Health"}, "households")}),
        article("2023-03-17", {figure(183159, "displaced", "present", {"Ministry of Health"}, "people displaced"),
                               figure(40702, "displaced", "present", {"Ministry of Health"}, "households")})};
    CHECK(supersedes(articles) == Pairs{{2, 0}});
}

TEST_CASE("Supersedes: a place's count chains whether or not it was read as a part",
          "[parser][claims]") {
    auto placed = [](std::int64_t value, const std::string& place, const std::string& part) {
        FigureFact f = figure(value, "killed", "present", {"Ministry of Health"});
        f.place = place;
        f.part = part;
        return f;
    };
    // "the count included 48 deaths in Ndola", then "81 were in Ndola"; the
    // story's figures are counted in a province, so each town is a scope of its own.
    std::vector<ArticleFacts> articles = {
        article("2024-01-04", {placed(84, "Central Province", ""), placed(48, "Ndola", "part"),
                               placed(23, "Kabwe", "")}),
        article("2024-01-09", {placed(202, "Central Province", ""),
                               placed(81, "Ndola", "in Ndola"), placed(91, "Kabwe", "in Kabwe")})};
    CHECK(supersedes(articles) == Pairs{{3, 0}, {4, 1}, {5, 2}});
}

TEST_CASE("Supersedes: people abroad counted by nationality chain only with their own",
          "[parser][claims]") {
    std::vector<ArticleFacts> articles = {
        article("2025-11-02", {figure(9, "killed", "present", {"Ministry of Health"}, "people")}),
        article("2025-11-03", {figure(5, "killed", "present", {"Ministry of Health"}, "Nepali migrant workers"),
                               figure(3, "killed", "present", {"Ministry of Health"}, "Indian nationals")}),
        article("2025-11-06", {figure(6, "killed", "present", {"Ministry of Health"}, "Nepali nationals"),
                               figure(4, "killed", "present", {"Ministry of Health"}, "Indian nationals")})};
    CHECK(supersedes(articles) == Pairs{{3, 1}, {4, 2}});
}

TEST_CASE("Supersedes: the same count stated again later replaces nothing", "[parser][claims]") {
    std::vector<ArticleFacts> articles = {
        article("2024-01-08", {figure(270, "killed", "present", {"Civil Hospital"})}),
        article("2024-01-15", {figure(270, "killed", "present", {"Police"})}),
        article("2024-01-20", {figure(300, "killed", "present", {"Police"})})};
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 3);
    CHECK(supersedes(articles) == Pairs{{2, 1}});
}

TEST_CASE("Supersedes: another country's people are a count of their own", "[parser][claims]") {
    auto at = [](FigureFact f) {
        f.place = "Lusaka";
        return f;
    };
    std::vector<ArticleFacts> articles = {
        article("2024-01-08", {at(figure(100, "killed", "present", {"Ministry of Health"}))}),
        article("2024-01-10", {at(figure(120, "killed", "present", {"Embassy"}, "Malawian traders"))}),
        article("2024-01-12", {at(figure(150, "killed", "present", {"Ministry of Health"}, "people"))})};
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 3);
    // 150 replaces the overall 100; the Malawians' 120 stands apart from both.
    CHECK(supersedes(articles) == Pairs{{2, 0}});
}

TEST_CASE("Supersedes: a foreign ministry's count is of its own people abroad", "[parser][claims]") {
    auto at = [](FigureFact f) {
        f.place = "Lusaka";
        return f;
    };
    std::vector<ArticleFacts> articles = {
        article("2024-01-08", {at(figure(100, "killed", "present", {"Ministry of Health"}))}),
        article("2024-01-10", {at(figure(120, "killed", "present", {"Malawi's foreign ministry"}, "people"))}),
        article("2024-01-12", {at(figure(150, "killed", "present", {"Ministry of Health"}, "people"))})};
    EntityFact consular;
    consular.kind = newsgraph::graph::NodeKind::Agency;
    consular.name = "Malawi's foreign ministry";
    consular.country = "MW";
    articles[1].entities.push_back(consular);
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 3);
    CHECK(supersedes(articles) == Pairs{{2, 0}});
}

TEST_CASE("Supersedes: a coordination is counted by its first head ('firefighters and support "
          "personnel' are no troops)",
          "[parser][claims]") {
    std::vector<ArticleFacts> articles = {
        article("2025-08-13", {figure(900, "deployed", "present", {"Forestry Office"},
                                      "firefighters and support personnel"),
                               figure(300, "deployed", "present", {"Army"}, "soldiers")}),
        article("2025-08-16", {figure(1400, "deployed", "present", {"Forestry Office"}, "firefighters")})};
    // The later firefighters' count replaces the earlier one, never the soldiers'.
    CHECK(supersedes(articles) == Pairs{{2, 0}});
}

TEST_CASE("Supersedes: the displaced who crossed a border are a count apart from those at home",
          "[parser][claims]") {
    auto in = [](FigureFact f, const std::string& place, bool destination) {
        f.place = place;
        f.placeIsDestination = destination;
        return f;
    };
    // A story told of Sudan: 100,000 displaced at home, then 80,000 who fled into Chad,
    // then 150,000 at home and 120,000 counted in Chad.
    std::vector<ArticleFacts> articles = {
        article("2024-05-01", {in(figure(100000, "displaced", "present", {"Agency"}, "people"), "Khartoum", false)}),
        article("2024-05-03", {in(figure(80000, "displaced", "present", {"Agency"}, "people"), "Chad", true)}),
        article("2024-05-08", {in(figure(150000, "displaced", "present", {"Agency"}, "people"), "Khartoum", false),
                               in(figure(120000, "displaced", "present", {"Agency"}, "refugees"), "Chad", false)})};
    CHECK(supersedes(articles) == Pairs{{2, 0}, {3, 1}});
}

TEST_CASE("Supersedes: an older number a later article recalls is the earlier article's claim",
          "[parser][claims]") {
    const std::string sentence = "The state government revised the toll to 275 from 288.";
    auto recalled = [&](FigureFact f) {
        f.previousCue = "from";
        f.sentence = sentence;
        return f;
    };
    FigureFact revised = figure(275, "killed", "present", {"State Government"});
    revised.sentence = sentence;
    // The railway ministry gave 288; two days later the state "revised the toll to 275
    // from 288", with no source for the 288 of its own.
    std::vector<ArticleFacts> articles = {
        article("2023-06-03", {figure(261, "killed", "present", {"Police"})}),
        article("2023-06-04", {figure(288, "killed", "present", {"Railway Ministry"})}),
        article("2023-06-05", {revised, recalled(figure(288, "killed", "present", {"State Government"}))})};
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 3);  // 261, 288 (stated twice), 275
    CHECK(claims[1].statements.size() == 2);
    CHECK(supersedes(articles) == Pairs{{1, 0}, {2, 1}});
}

TEST_CASE("Supersedes: a recalled count is older than the count of its sentence, whatever "
          "time that one names",
          "[parser][claims]") {
    // "On Sunday night 850 were missing, down from about 1,000", in a Tuesday article.
    FigureFact now = figure(850, "missing", "Sunday night", {"Mayor"});
    now.whenBegin = now.whenEnd = "2023-08-20";
    FigureFact recalled = figure(1000, "missing", "present", {"Mayor"});
    recalled.previousCue = "down from";
    now.sentenceSpan = recalled.sentenceSpan = Span{0, 80};
    std::vector<ArticleFacts> articles = {article("2023-08-22", {now, recalled})};
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 2);
    CHECK(pairsOf(findSupersedes(claims, articles)) == Pairs{{0, 1}});
}

TEST_CASE("Supersedes: in a story of one site, a town of its country narrows no count",
          "[parser][claims]") {
    std::vector<ArticleFacts> articles = {
        article("2023-07-31", {placedAt(46, "killed", "Peshawar", "The bomb attack killed 46 in Peshawar."),
                               placedAt(9, "displaced", "Khyber Pakhtunkhwa", "The blast displaced 9 in the province.")}),
        article("2023-08-01", {placedAt(54, "killed", "", "The toll of the bombing rose to 54.")}),
        article("2023-08-02", {placedAt(63, "killed", "", "The attack has killed 63.")})};
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 4);
    CHECK(pairsOf(findSupersedes(claims, articles)) == Pairs{{2, 0}, {3, 2}});
}

TEST_CASE("Supersedes: a tie between the countries of the figures' places goes to the country the "
          "articles' places are in",
          "[parser][claims]") {
    auto place = [](const std::string& name, std::uint32_t mentions) {
        EntityFact e;
        e.kind = newsgraph::graph::NodeKind::Place;
        e.name = name;
        for (std::uint32_t i = 0; i < mentions; ++i) e.mentions.push_back(Span{i * 10, i * 10 + 5});
        return e;
    };
    std::vector<ArticleFacts> articles = {
        article("2025-03-16", {placedAt(59, "killed", "", "The nightclub fire killed 59."),
                               placedAt(20, "transferred", "Greece", "After the fire, 20 were flown to Greece.")}),
        article("2025-04-16", {placedAt(62, "killed", "Kocani", "The toll of the fire in Kocani rose to 62."),
                               placedAt(3, "wounded", "", "The blaze injured 3 firefighters.")})};
    for (auto& a : articles) {
        a.entities.push_back(place("Kocani", 3));
        a.entities.push_back(place("North Macedonia", 2));
        a.entities.push_back(place("Greece", 1));
    }
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 4);
    // 62 in the town is the story's toll, not a count of its own place.
    CHECK(pairsOf(findSupersedes(claims, articles)) == Pairs{{2, 0}});
}

TEST_CASE("Supersedes: in a story of one site, the day's count is the toll, and initial reports are older",
          "[parser][claims]") {
    auto said = [](std::int64_t value, const std::string& sentence, bool oneDay) {
        FigureFact f = figure(value, "killed", "present", {"Police"});
        f.sentence = sentence;
        f.sentenceSpan = Span{0, static_cast<std::uint32_t>(value)};
        f.oneDay = oneDay;
        return f;
    };
    std::vector<ArticleFacts> articles = {
        article("2024-03-22", {said(40, "Gunmen killed 40 in the attack on Friday.", true)}),
        article("2024-03-24", {said(137, "The toll of the attack rose to 137.", false),
                               said(62, "Initial reports of the shooting said 62 were killed.", false)})};
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 3);
    CHECK(pairsOf(findSupersedes(claims, articles)) == Pairs{{1, 2}, {2, 0}});
}

TEST_CASE("Supersedes: a claim of responsibility is no tally", "[parser][claims]") {
    FigureFact boast = figure(300, "killed", "present", {"Group"});
    boast.sentence = "The group claimed responsibility, saying over 300 people were killed.";
    CHECK(chainExclusion(boast, "2024-01-06") == "a claim of responsibility");
    boast.sentence = "The ministry said 300 people were killed.";
    CHECK(chainExclusion(boast, "2024-01-06").empty());
}

TEST_CASE("Supersedes: a count dated over a month before its story's first report is another incident",
          "[parser][claims]") {
    FigureFact june = figure(4, "killed", "June", {"Xinhua"});
    june.whenBegin = "2022-06-01";
    june.whenEnd = "2022-06-30";
    std::vector<ArticleFacts> articles = {
        article("2022-09-06", {figure(46, "killed", "present", {"Xinhua"}), june}),
        article("2022-09-12", {figure(93, "killed", "present", {"Xinhua"})})};
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 3);
    // 93 replaces 46; June's 4 is no estimate of this story's toll.
    CHECK(pairsOf(findSupersedes(claims, articles)) == Pairs{{2, 0}});
}

TEST_CASE("Supersedes: of two counts of one past day, the later article's is the later estimate",
          "[parser][claims]") {
    FigureFact final = figure(41, "killed", "Saturday", {"Ministry of Health"});
    final.whenBegin = final.whenEnd = "2022-10-15";
    std::vector<ArticleFacts> articles = {
        article("2022-10-15", {figure(40, "killed", "present", {"Ministry of Health"})}),
        article("2022-10-16", {final})};
    CHECK(supersedes(articles) == Pairs{{1, 0}});
    // Of one article's day, side by side as before.
    std::vector<ArticleFacts> sameDay = {
        article("2022-10-15", {figure(40, "killed", "present", {"Ministry of Health"})}),
        article("2022-10-15", {figure(41, "killed", "present", {"WHO"})})};
    CHECK(supersedes(sameDay).empty());
}
