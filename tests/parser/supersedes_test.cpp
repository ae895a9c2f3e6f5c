#include <catch2/catch.hpp>

#include "parser/claim_resolver.h"

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
    f.reporters = std::move(reporters);
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
