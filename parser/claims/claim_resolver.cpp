#include "parser/claims/claim_resolver.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>

#include "parser/figures/figure_place.h"
#include "parser/entities/gazetteer.h"
#include "parser/text/lexicon.h"
#include "parser/resolution/story.h"

namespace newsgraph::parser {

namespace {

bool sharesReporter(const FigureFact& a, const FigureFact& b) {
    if (a.reporters.empty() || b.reporters.empty()) return a.reporters.empty() && b.reporters.empty();
    for (const auto& x : a.reporters) {
        for (const auto& y : b.reporters) {
            if (foldCase(x.name) == foldCase(y.name)) return true;
        }
    }
    return false;
}

// The dates a figure can refer to, ISO [begin, end], or empty: its named interval, a
// weekday's date, else the article's date for its own time.
std::pair<std::string, std::string> interval(const FigureFact& f, const std::string& date) {
    const bool present = f.when == "present" || foldCase(f.when).rfind("since", 0) == 0;
    if (!f.whenBegin.empty() && (!present || f.when == "present")) {
        return {f.whenBegin, f.whenEnd.empty() ? f.whenBegin : f.whenEnd};
    }
    if (present) return {date, date};
    return {};
}

bool sameClaim(const ArticleFacts& aa, const FigureFact& a, const ArticleFacts& ab,
               const FigureFact& b) {
    if (a.value != b.value || a.low != b.low || a.high != b.high) return false;
    if (a.measure != b.measure || a.increment != b.increment) return false;
    if (placesConflict(Gazetteer::get(), a.place, b.place)) return false;
    // The same number from the same source, restated days later, is still its claim.
    if (!a.reporters.empty() && !b.reporters.empty() && sharesReporter(a, b)) return true;
    // "revised the toll to 275 from 288": a later article recalling, with no time of its
    // own, the number an earlier one gave is recalling that claim.
    if (!b.previousCue.empty() && b.when == "present" && !aa.article.date.empty() &&
        aa.article.date <= ab.article.date) {
        return true;
    }
    const auto [ba, ea] = interval(a, aa.article.date);
    const auto [bb, eb] = interval(b, ab.article.date);
    // "Just a day earlier the death toll was at 39": recalled, at the time the earlier
    // article gave it (the day of that article, or of the count it gave).
    if (!b.previousCue.empty() && !bb.empty() && !aa.article.date.empty() &&
        aa.article.date <= ab.article.date &&
        ((bb <= aa.article.date && aa.article.date <= eb) || (!ba.empty() && !(ea < bb || eb < ba)))) {
        return true;
    }
    if (!ba.empty() && !bb.empty() && (ea < bb || eb < ba)) return false;  // disjoint times
    return sharesReporter(a, b);
}


// What two statements of one claim have equal: story, measure, increment flag, value
// and range (sameClaim checks the rest), as a key that indexes the claims, so that a
// figure is compared only with the claims it could join.
std::string bucketOf(std::size_t story, const FigureFact& f) {
    std::string key = std::to_string(story);
    for (const graph::Value* v : {&f.value, &f.low, &f.high}) {
        key += '\x1f';
        key += std::to_string(static_cast<int>(v->kind()));
        key += ':';
        // Equal values give equal keys (-0.0 == 0.0: the sum makes both 0.0); unequal
        // ones may share a key, which costs a comparison, nothing else.
        key += v->isDouble() ? std::to_string(v->asDouble() + 0.0) : v->toDisplayString();
    }
    key += '\x1f';
    key += f.increment ? '+' : '=';
    key += f.measure;
    return key;
}

}  // namespace

std::vector<Claim> resolveClaims(const std::vector<ArticleFacts>& articles) {
    return resolveClaims(articles, groupStories(articles));
}

std::vector<Claim> resolveClaims(const std::vector<ArticleFacts>& articles,
                                 const std::vector<std::size_t>& story) {
    std::vector<Claim> claims;
    std::unordered_map<std::string, std::vector<std::size_t>> buckets;  // in claim order
    for (std::size_t a = 0; a < articles.size(); ++a) {
        for (std::size_t f = 0; f < articles[a].figures.size(); ++f) {
            const FigureFact& fact = articles[a].figures[f];
            std::vector<std::size_t>& bucket = buckets[bucketOf(story[a], fact)];
            Claim* home = nullptr;
            for (std::size_t c : bucket) {
                Claim& claim = claims[c];
                // Statements are added in article order, so the last is of the latest.
                const bool otherArticles = claim.statements.back().article != a;
                const Statement& first = claim.statements.front();
                if (otherArticles && story[first.article] == story[a] &&
                    sameClaim(articles[first.article], articles[first.article].figures[first.figure],
                              articles[a], fact)) {
                    home = &claim;
                    break;
                }
            }
            if (home) {
                home->statements.push_back({a, f});
            } else {
                bucket.push_back(claims.size());
                claims.push_back({{{a, f}}});
            }
        }
    }
    return claims;
}

}  // namespace newsgraph::parser
