// Issue 11 (speed and scale): the cross-article stages go through indexes rather than
// all pairs. Each is checked against the all-pairs rule it replaces, written out here as
// the specification, on random corpora.
#include <catch2/catch.hpp>

#include <map>
#include <numeric>
#include <random>
#include <set>

#include "parser/claims/claim_resolver.h"
#include "parser/entities/gazetteer.h"
#include "parser/resolution/story.h"
#include "parser/text/lexicon.h"
#include "parser/pipeline.h"
#include "parser/time/time_expression.h"
#include "shell/cli/progress_line.h"

using namespace newsgraph::parser;
using newsgraph::graph::NodeKind;
using newsgraph::graph::Value;

namespace {

// The story rule of story.h, pair by pair: share two entity keys (a place among them when
// both name places; two countries only when each article is about one of them), or,
// where either names no entity, three proper words. Keys: a country, named or as a body's
// country, is "@=CC", and so is the country an article is most about; other places are
// "@name", everything else its name.
std::vector<std::size_t> storiesPairByPair(const std::vector<ArticleFacts>& articles,
                                           const std::vector<std::set<std::string>>& words) {
    const std::size_t n = articles.size();
    std::vector<std::set<std::string>> names(n);
    std::vector<std::string> main(n);
    for (std::size_t a = 0; a < n; ++a) {
        std::map<std::string, std::size_t> weight;
        for (const auto& e : articles[a].entities) {
            if (!e.country.empty()) weight[e.country] += std::max<std::size_t>(1, e.mentions.size());
        }
        std::size_t most = 0;
        for (const auto& [country, w] : weight) {
            if (w > most) main[a] = country, most = w;
        }
        if (!main[a].empty()) names[a].insert("@=" + main[a]);
        for (const auto& e : articles[a].entities) {
            const PlaceEntry* entry = e.kind == NodeKind::Place ? Gazetteer::get().find(e.name) : nullptr;
            if (entry && entry->kind == PlaceKind::Country && !entry->country.empty()) {
                names[a].insert("@=" + entry->country);
                continue;
            }
            if (e.kind != NodeKind::Place && !e.country.empty()) names[a].insert("@=" + e.country);
            names[a].insert((e.kind == NodeKind::Place ? "@" : "") + foldCase(e.name));
        }
    }
    auto hasPlace = [&](std::size_t a) {
        return std::any_of(names[a].begin(), names[a].end(),
                           [](const std::string& x) { return !x.empty() && x[0] == '@'; });
    };
    auto isCountry = [](const std::string& x) { return x.rfind("@=", 0) == 0; };
    std::vector<std::size_t> story(n);
    std::iota(story.begin(), story.end(), 0);
    auto find = [&](std::size_t a) {
        while (story[a] != a) a = story[a];
        return a;
    };
    for (std::size_t a = 0; a < n; ++a) {
        for (std::size_t b = a + 1; b < n; ++b) {
            bool same = false;
            if (!names[a].empty() && !names[b].empty()) {
                std::vector<std::string> shared;
                for (const auto& x : names[a]) {
                    if (names[b].count(x)) shared.push_back(x);
                }
                for (std::size_t i = 0; i < shared.size() && !same; ++i) {
                    for (std::size_t j = i + 1; j < shared.size() && !same; ++j) {
                        const std::string& x = shared[i];
                        const std::string& y = shared[j];
                        const bool place = x[0] == '@' || y[0] == '@' || !hasPlace(a) || !hasPlace(b);
                        auto about = [&](std::size_t c) { return "@=" + main[c] == x || "@=" + main[c] == y; };
                        const bool countries = isCountry(x) && isCountry(y);
                        same = place && (!countries || (about(a) && about(b)));
                    }
                }
            } else {
                std::size_t shared = 0;
                for (const auto& w : words[a]) shared += words[b].count(w);
                same = shared >= 3;
            }
            // Never directly when more than 240 days apart (undated: any).
            const auto da = dayNumber(articles[a].article.date), db = dayNumber(articles[b].article.date);
            if (da && db && std::labs(*da - *db) > 240) same = false;
            if (same) {
                const std::size_t x = find(a), y = find(b);
                story[std::max(x, y)] = std::min(x, y);
            }
        }
    }
    for (std::size_t a = 0; a < n; ++a) story[a] = find(a);
    return story;
}

// The claim rule of claim_resolver.h with its first fit among all earlier claims.
bool sameClaimKey(const FigureFact& a, const FigureFact& b) {
    return a.value == b.value && a.low == b.low && a.high == b.high && a.measure == b.measure &&
           a.increment == b.increment;
}

}  // namespace

TEST_CASE("Issue 11: stories through the name-pair index are the pair-by-pair stories",
          "[regression][story]") {
    const std::vector<std::string> people = {"Ann Lee", "Bo Kim", "Cy Roe", "Di Fox", "Ed Orr"};
    const std::vector<std::string> places = {"Zambia", "Lusaka", "Chile", "Kherson"};
    const std::vector<std::string> words = {"Red", "Cross", "Nile", "Delta", "Forum", "Andes"};
    for (unsigned seed = 1; seed <= 60; ++seed) {
        std::mt19937 random(seed);
        auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
        const std::size_t n = 2 + pick(40);
        std::vector<ArticleFacts> articles(n);
        std::vector<std::set<std::string>> properWords(n);
        for (std::size_t a = 0; a < n; ++a) {
            // Some articles name no entity and are read by their proper words.
            const std::size_t entities = pick(4) == 0 ? 0 : pick(5);
            for (std::size_t k = 0; k < entities; ++k) {
                EntityFact e;
                const bool place = pick(3) == 0;
                e.kind = place ? NodeKind::Place : (pick(2) ? NodeKind::Actor : NodeKind::Agency);
                e.name = place ? places[pick(places.size())] : people[pick(people.size())];
                // Places lie in their countries, and some bodies belong to one, so that
                // articles have a country they are most about.
                static const std::map<std::string, std::string> kCountry = {
                    {"Zambia", "ZM"}, {"Lusaka", "ZM"}, {"Chile", "CL"}, {"Kherson", "UA"}};
                if (place) e.country = kCountry.at(e.name);
                if (!place && pick(3) == 0) e.country = pick(2) ? "ZM" : "CL";
                articles[a].entities.push_back(e);
            }
            std::string text = "It began. ";
            for (std::size_t k = 0, m = pick(6); k < m; ++k) {
                const std::string& w = words[pick(words.size())];
                text += "Then " + w + " came. ";
                properWords[a].insert(foldCase(w));
            }
            articles[a].article.text = text;
            // Dates months and years apart, and some articles undated.
            static const std::vector<std::string> kDates = {"", "2023-01-10", "2023-06-01", "2023-09-20",
                                                            "2024-03-05", "2024-03-06", "2025-12-31"};
            articles[a].article.date = kDates[pick(kDates.size())];
            std::size_t begin = 0;
            for (std::size_t at = text.find(". "); at != std::string::npos; at = text.find(". ", begin)) {
                articles[a].sentences.push_back({{begin, at + 1}, 0});
                begin = at + 2;
            }
        }
        INFO("seed " << seed);
        CHECK(groupStories(articles) == storiesPairByPair(articles, properWords));
    }
}

TEST_CASE("Issue 11: claims through the value index are those of a scan of all claims",
          "[regression][claims]") {
    for (unsigned seed = 1; seed <= 40; ++seed) {
        std::mt19937 random(seed);
        auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
        const std::size_t n = 2 + pick(20);
        std::vector<ArticleFacts> articles(n);
        for (std::size_t a = 0; a < n; ++a) {
            articles[a].article.date = "2024-05-0" + std::to_string(1 + pick(3));
            for (std::size_t k = 0, m = pick(6); k < m; ++k) {
                FigureFact f;
                if (pick(4) == 0) {
                    f.low = Value(std::int64_t(pick(3)));
                    f.high = Value(std::int64_t(5 + pick(2)));
                } else {
                    f.value = pick(5) == 0 ? Value(double(pick(3))) : Value(std::int64_t(pick(3)));
                }
                f.measure = pick(2) ? "killed" : "displaced";
                f.increment = pick(5) == 0;
                f.when = pick(3) ? "present" : "on Monday";
                if (pick(2)) f.reporters.push_back({pick(2) ? "WHO" : "UN", "said", "", {}});
                articles[a].figures.push_back(f);
            }
        }
        std::vector<std::size_t> story(n);
        for (std::size_t a = 0; a < n; ++a) story[a] = pick(2) ? 0 : a;
        INFO("seed " << seed);
        // sameClaim of two figures: whether the rule makes them one claim when each is
        // alone in its article, of one story.
        auto same = [&](const Statement& x, const Statement& y) {
            std::vector<ArticleFacts> two(2);
            two[0].article = articles[x.article].article;
            two[0].figures = {articles[x.article].figures[x.figure]};
            two[1].article = articles[y.article].article;
            two[1].figures = {articles[y.article].figures[y.figure]};
            return resolveClaims(two, {0, 0}).size() == 1;
        };
        auto before = [](const Statement& x, const Statement& y) {
            return std::make_pair(x.article, x.figure) < std::make_pair(y.article, y.figure);
        };
        const std::vector<Claim> claims = resolveClaims(articles, story);
        std::size_t figures = 0, statements = 0;
        for (const auto& a : articles) figures += a.figures.size();
        for (const auto& c : claims) statements += c.statements.size();
        CHECK(statements == figures);
        // The scan: each figure joins the first claim (in order of first statement) that
        // existed before it, of its story, with no statement of its article yet, whose
        // first statement is one claim with it; else it starts a claim.
        for (std::size_t c = 0; c < claims.size(); ++c) {
            const Statement& first = claims[c].statements.front();
            if (c > 0) CHECK(before(claims[c - 1].statements.front(), first));
            for (const Statement& s : claims[c].statements) {
                auto eligible = [&](std::size_t d) {
                    const Statement& head = claims[d].statements.front();
                    if (!before(head, s) || story[head.article] != story[s.article]) return false;
                    for (const auto& t : claims[d].statements) {
                        if (t.article == s.article && before(t, s)) return false;
                    }
                    return same(head, s);
                };
                if (&s != &first) CHECK(eligible(c));
                for (std::size_t d = 0; d < c; ++d) CHECK_FALSE(eligible(d));
            }
        }
    }
}

TEST_CASE("Issue 11: a build reports its progress once per article, then once as it resolves",
          "[regression][issue11]") {
    std::vector<Article> articles(5);
    for (std::size_t i = 0; i < articles.size(); ++i) {
        articles[i].file = "a" + std::to_string(i) + ".txt";
        articles[i].text = "The ministry said " + std::to_string(10 + i) + " people died.";
    }
    std::vector<BuildProgress> seen;
    BuildOptions options;
    options.jobs = 2;
    options.progress = [&](const BuildProgress& p) { seen.push_back(p); };
    newsgraph::graph::PropertyGraph graph;
    addArticles(articles, graph, options);
    REQUIRE(seen.size() == 6);
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(seen[i].articlesDone == i + 1);
        CHECK(seen[i].articlesTotal == 5);
        CHECK(std::string(seen[i].stage) == "extracting");
    }
    CHECK(seen[4].bytesDone == seen[4].bytesTotal);
    CHECK(std::string(seen[5].stage) == "resolving");
}

TEST_CASE("Issue 11: the progress line is silent when not on a terminal", "[regression][issue11]") {
    std::FILE* file = std::tmpfile();
    REQUIRE(file);
    {
        newsgraph::cli::ProgressLine line(file);
        CHECK_FALSE(line.active());
        BuildProgress p;
        p.articlesDone = p.articlesTotal = 1;
        line.update(p);
    }
    CHECK(std::ftell(file) == 0);
    std::fclose(file);
}
