#include <catch2/catch.hpp>

#include "parser/claims/claim_resolver.h"
#include "parser/figures/figure_place.h"
#include "parser/entities/gazetteer.h"

using namespace newsgraph::parser;
using newsgraph::graph::Value;

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

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

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
        article("2024-01-22", {figure(290, "killed", "present", {"Ministry of Health"}),
                               figure(300, "killed", "present", {"WHO"}),
                               figure(9000, "cases", "present", {"WHO"})})};
    auto claims = resolveClaims(articles);
    REQUIRE(claims.size() == 5);
    auto pairs = findSupersedes(claims, articles);
    std::sort(pairs.begin(), pairs.end());
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
    auto pairs = findSupersedes(claims, articles);
    std::sort(pairs.begin(), pairs.end());
    CHECK(pairs == Pairs{{0, 1}, {1, 2}});
}

TEST_CASE("Supersedes: never across measures or populations", "[parser][claims]") {
    std::vector<ArticleFacts> articles = {
        article("2023-05-02", {figure(180, "killed", "present", {"Union"}, "civilians"),
                               figure(450, "killed", "present", {"Army"}, "RSF fighters")}),
        article("2023-05-09", {figure(300, "killed", "present", {"Union"}, "civilians"),
                               figure(800, "wounded", "present", {"Army"}, "RSF fighters")})};
    auto claims = resolveClaims(articles);
    auto pairs = findSupersedes(claims, articles);
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
    auto pairs = findSupersedes(claims, articles);
    std::sort(pairs.begin(), pairs.end());
    CHECK(pairs == Pairs{{3, 0}, {4, 1}});
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
    auto pairs = findSupersedes(claims, articles);
    std::sort(pairs.begin(), pairs.end());
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
    auto pairs = findSupersedes(claims, articles);
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
