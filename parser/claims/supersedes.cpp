#include "parser/claims/supersedes.h"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>

#include "parser/claims/claim_key.h"
#include "parser/resolution/story.h"
#include "parser/text/lexicon.h"
#include "parser/text/text_layer.h"
#include "parser/time/time_expression.h"

namespace newsgraph::parser {

namespace {

// The most estimates of one earlier time point that one newer estimate supersedes.
constexpr std::size_t kMaxSideBySide = 4;
// The most undated estimates of one key ordered pair by pair.
constexpr std::size_t kMaxUndatedPairwise = 256;

// Estimates more than this factor apart count different things.
constexpr double kMaxRatio = 20.0;

double magnitude(const FigureFact& f) {
    if (f.value.isInt()) return static_cast<double>(f.value.asInt());
    if (f.low.isInt() && f.high.isInt()) {
        return (static_cast<double>(f.low.asInt()) + static_cast<double>(f.high.asInt())) / 2;
    }
    return 0;
}

// The side a subject names by its capitalised words ("North Korean soldiers", "RSF
// fighters"), lower case; empty when none.
std::string sideOf(const FigureFact& f) {
    std::string side;
    std::istringstream words(foldTypography(f.subject));
    for (std::string word; words >> word;) {
        if (std::isupper(static_cast<unsigned char>(word[0]))) side += (side.empty() ? "" : " ") + foldCase(word);
    }
    return side;
}

bool compatible(const std::string& a, const std::string& b) { return a.empty() || b.empty() || a == b; }

struct Member {
    std::size_t claim = 0;
    ClaimKey key;
    TimePoint time;
    double value = 0;
    bool revision = false;
    std::string side;
    // For articles with no date: the article, and whether the figure names a time
    // before its article's own ("in April", "since last fall", "had earlier put").
    std::size_t article = 0;
    bool earlierThanArticle = false;
    std::vector<std::pair<std::size_t, bool>> statements;  // (article, names an earlier time)
};

// When a figure's statement stands: its time point, except that a recalled count ("850
// unaccounted for on Sunday night, down from about 1,000") is older than the count of
// its sentence it is compared with, whatever time that one names.
TimePoint statedTime(const ArticleFacts& article, const FigureFact& f) {
    TimePoint t = timePointOf(f, article.article.date);
    if (f.previousCue.empty() || t.date.empty()) return t;
    for (const auto& g : article.figures) {
        if (&g == &f || !g.previousCue.empty() || g.measure != f.measure ||
            !(g.sentenceSpan == f.sentenceSpan)) {
            continue;
        }
        const TimePoint u = timePointOf(g, article.article.date);
        if (!u.date.empty() && u <= t) t = {u.date, u.rank - 1};
    }
    return t;
}

// Whether a figure names a time before its article's own ("in April", "had earlier put
// the toll at"); "since last fall" counts up to the article's time.
bool namesEarlierTime(const FigureFact& f) {
    if (!f.previousCue.empty()) return true;
    return f.when != "present" && foldCase(f.when).rfind("since", 0) != 0;
}

// Whether a figure counts one span of time that a total of its article covers: "about 400
// deaths from July 16 to Aug. 4, around 250 between Aug. 5 and Aug. 6" beside "more than
// 600 killed" in all.
bool periodOfTotal(const ArticleFacts& article, const FigureFact& f) {
    const std::string when = " " + foldCase(f.when) + " ";
    const bool span = !f.whenBegin.empty() && f.whenBegin != f.whenEnd &&
                      (when.find(" between ") != std::string::npos ||
                       when.find(" from ") != std::string::npos || when.find(" to ") != std::string::npos);
    if (!span) return false;
    return std::any_of(article.figures.begin(), article.figures.end(), [&](const FigureFact& g) {
        return &g != &f && g.measure == f.measure && g.when == "present" && g.part.empty() &&
               magnitude(g) > magnitude(f);
    });
}

// The key figures group by: what must be equal. Populations, causes, services and sides
// only must not conflict (one of two may be unknown).
ClaimKey groupKey(ClaimKey key) {
    key.population.clear();
    key.cause.clear();
    key.utility.clear();
    return key;
}

// The order of articles that have no date, read off the counts that only grow: an
// article whose count of a key is larger than another article's count of the same key
// is the later one. later[a] holds the articles before a (transitively); an article
// that would be both before and after another is ordered with neither.
using ArticleOrder = std::map<std::size_t, std::set<std::size_t>>;

ArticleOrder orderUndatedArticles(const std::map<ClaimKey, std::vector<Member>>& groups,
                                  const Lexicon& cumulative) {
    std::set<std::pair<std::size_t, std::size_t>> before;  // (later, earlier)
    for (const auto& [key, members] : groups) {
        if (!cumulative.contains(key.measure)) continue;
        for (const Member& x : members) {
            for (const Member& y : members) {
                if (!x.time.date.empty() || !y.time.date.empty() || x.value <= y.value) continue;
                for (const auto& [ax, earlierX] : x.statements) {
                    for (const auto& [ay, earlierY] : y.statements) {
                        if (ax != ay && !earlierX && !earlierY) before.insert({ax, ay});
                    }
                }
            }
        }
    }
    ArticleOrder later;
    for (const auto& [a, b] : before) later[a].insert(b);
    for (bool grew = true; grew;) {  // transitive closure; the sets are small
        grew = false;
        for (auto& [a, earlier] : later) {
            for (std::size_t b : std::vector<std::size_t>(earlier.begin(), earlier.end())) {
                for (std::size_t c : later[b]) grew = earlier.insert(c).second || grew;
            }
        }
    }
    ArticleOrder out;
    for (const auto& [a, earlier] : later) {
        for (std::size_t b : earlier) {
            if (b != a && !later[b].count(a)) out[a].insert(b);
        }
    }
    return out;
}

// Articles with no date: an estimate is later than another of its own article that names
// an earlier time ("in April", "had earlier put"); across articles, a larger count of a
// measure that only grows is later, and so is any estimate of an article that the
// article order puts later. Neighbours only.
template <typename Fits>
void chainUndated(const std::vector<Member>& members, bool grows, const ArticleOrder& order,
                  const Fits& fits, std::vector<SupersedesEdge>& edges) {
    const std::size_t n = members.size();
    // Past a few hundred undated estimates of one key (an archive of undated copies), the
    // pairwise relation below costs n^3: a count that only grows chains by value instead,
    // each estimate to the next larger one that fits, and others stay apart.
    if (n > kMaxUndatedPairwise) {
        if (!grows) return;
        std::vector<std::size_t> byValue(n);
        for (std::size_t i = 0; i < n; ++i) byValue[i] = i;
        std::stable_sort(byValue.begin(), byValue.end(), [&](std::size_t a, std::size_t b) {
            return members[a].value < members[b].value;
        });
        for (std::size_t i = 0; i + 1 < n; ++i) {
            const Member& older = members[byValue[i]];
            for (std::size_t j = i + 1; j < n && j < i + 8; ++j) {
                const Member& newer = members[byValue[j]];
                if (newer.value <= older.value || !fits(newer, older)) continue;
                edges.push_back({newer.claim, older.claim,
                                 "same claim key (" + newer.key.describe() +
                                     "); no article dates: the larger count of a measure that only grows"});
                break;
            }
        }
        return;
    }
    auto articleLater = [&](std::size_t a, std::size_t b) {
        auto it = order.find(a);
        return it != order.end() && it->second.count(b) > 0;
    };
    auto later = [&](const Member& x, const Member& y, std::string& why) {
        if (x.article == y.article) {
            why = "the older names an earlier time";
            return !x.earlierThanArticle && y.earlierThanArticle;
        }
        if (grows && x.value > y.value) {
            why = "the larger count of a measure that only grows";
            return true;
        }
        why = "its article is later by the counts that only grow";
        return !grows && articleLater(x.article, y.article);
    };
    std::vector<std::vector<char>> rel(n, std::vector<char>(n, 0));
    std::vector<std::vector<std::string>> why(n, std::vector<std::string>(n));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            rel[i][j] = i != j && later(members[i], members[j], why[i][j]) &&
                        fits(members[i], members[j]);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            if (!rel[i][j]) continue;
            bool neighbour = true;
            for (std::size_t k = 0; k < n && neighbour; ++k) neighbour = !(rel[i][k] && rel[k][j]);
            if (!neighbour) continue;
            edges.push_back({members[i].claim, members[j].claim,
                             "same claim key (" + members[i].key.describe() +
                                 "); no article dates: " + why[i][j]});
        }
    }
}

}  // namespace

std::vector<SupersedesEdge> findSupersedes(const std::vector<Claim>& claims,
                                           const std::vector<ArticleFacts>& articles) {
    return findSupersedes(claims, articles, groupStories(articles));
}

std::vector<SupersedesEdge> findSupersedes(const std::vector<Claim>& claims,
                                           const std::vector<ArticleFacts>& articles,
                                           const std::vector<std::size_t>& story) {
    const ClaimKeys keys(articles, story);
    const Lexicon& cumulative = Lexicon::get("cumulative_measures");
    std::map<ClaimKey, std::vector<Member>> groups;
    const bool trace = std::getenv("NEWSGRAPH_TRACE_SUPERSEDES") != nullptr;
    // The first day each story was reported on: a count dated well before it ("Two quakes
    // in June killed at least four people", in September's quake story) is of an earlier
    // incident.
    constexpr long kBeforeStoryDays = 30;
    std::map<std::size_t, long> storyStart;
    for (std::size_t a = 0; a < articles.size(); ++a) {
        const auto day = dayNumber(articles[a].article.date);
        if (!day || a >= story.size()) continue;
        auto [it, fresh] = storyStart.emplace(story[a], *day);
        if (!fresh) it->second = std::min(it->second, *day);
    }
    auto beforeStory = [&](std::size_t article, const FigureFact& f) {
        if (f.when == "present" || foldCase(f.when).rfind("since", 0) == 0 || article >= story.size()) return false;
        const auto end = dayNumber(f.whenEnd);
        const auto start = storyStart.find(story[article]);
        return end && start != storyStart.end() && *end + kBeforeStoryDays < start->second;
    };
    for (std::size_t c = 0; c < claims.size(); ++c) {
        const Statement& first = claims[c].statements.front();
        const FigureFact& fact = articles[first.article].figures[first.figure];
        std::string excluded = chainExclusion(fact, articles[first.article].article.date);
        if (excluded.empty() && beforeStory(first.article, fact)) excluded = "an incident before the story";
        // "40 were killed and over 100 hurt when gunmen opened fire on Friday": in a story
        // of one site, that day's count is the event's whole toll so far.
        if (excluded == "one day's count" && keys.oneSite(first.article)) excluded.clear();
        if (excluded.empty() && periodOfTotal(articles[first.article], fact)) {
            excluded = "one period of a total";
        }
        if (trace) {
            std::fprintf(stderr, "claim %zu: a%zu %s %s when=%s key=[%s] time=%s/%d %s\n", c,
                         first.article, fact.value.isInt() ? std::to_string(fact.value.asInt()).c_str() : "range",
                         fact.measure.c_str(), fact.when.c_str(),
                         keys.keyOf(first.article, fact).describe().c_str(),
                         statedTime(articles[first.article], fact).date.c_str(),
                         statedTime(articles[first.article], fact).rank,
                         excluded.empty() ? "" : ("EXCLUDED: " + excluded).c_str());
        }
        if (!excluded.empty()) continue;
        Member m;
        m.claim = c;
        m.key = keys.keyOf(first.article, fact);
        m.value = magnitude(fact);
        m.side = sideOf(fact);
        // The claim stands from its earliest statement.
        for (const auto& s : claims[c].statements) {
            const FigureFact& f = articles[s.article].figures[s.figure];
            const TimePoint t = statedTime(articles[s.article], f);
            if (t.date.empty()) continue;
            if (m.time.date.empty() || t < m.time) m.time = t;
            m.revision = m.revision || isRevision(f);
        }
        m.article = first.article;
        m.earlierThanArticle = namesEarlierTime(fact);
        for (const auto& s : claims[c].statements) {
            m.statements.emplace_back(s.article, namesEarlierTime(articles[s.article].figures[s.figure]));
        }
        groups[groupKey(m.key)].push_back(std::move(m));
    }
    const ArticleOrder order = orderUndatedArticles(groups, cumulative);
    std::vector<SupersedesEdge> edges;
    for (auto& [key, all] : groups) {
        const bool grows = cumulative.contains(key.measure);
        std::vector<Member> members, undated;
        for (auto& m : all) (m.time.date.empty() ? undated : members).push_back(m);
        std::stable_sort(members.begin(), members.end(),
                         [](const Member& a, const Member& b) { return a.time < b.time; });
        auto fits = [&](const Member& newer, const Member& older) {
            if (!compatible(newer.key.population, older.key.population) ||
                !compatible(newer.key.cause, older.key.cause) ||
                !compatible(newer.key.utility, older.key.utility) ||
                !compatible(newer.side, older.side)) {
                return false;
            }
            // "2,352 people and 550 animals evacuated": animals are never people, even
            // where the people's count names no population.
            if ((newer.key.population == "animals") != (older.key.population == "animals")) return false;
            // "19,676 households displaced" and "183,159 people displaced": a household
            // is no person either.
            if ((newer.key.population == "households") != (older.key.population == "households")) return false;
            const double lo = std::min(newer.value, older.value);
            const double hi = std::max(newer.value, older.value);
            if (lo <= 0 || hi / lo > kMaxRatio) return false;
            // The same count stated again later ("270 killed" a week on, from another
            // source) restates the estimate: it replaces nothing.
            if (newer.value == older.value) return false;
            return !grows || newer.value >= older.value || newer.revision;
        };
        for (std::size_t i = 0; i < members.size(); ++i) {
            const Member& newer = members[i];
            // The latest earlier time point with an estimate that fits.
            std::size_t j = i;
            while (j > 0 && !(members[j - 1].time < newer.time)) --j;
            while (j > 0) {
                const TimePoint at = members[j - 1].time;
                std::size_t k = j;
                std::vector<std::size_t> fitting;  // the estimates of that time point that fit
                while (k > 0 && members[k - 1].time == at) {
                    --k;
                    if (fits(newer, members[k])) fitting.push_back(k);
                }
                // Estimates side by side are few in real reporting; many (a feed repeating
                // itself) would make edges grow with the square of a day's count, so the
                // newer one takes the nearest few in value.
                if (fitting.size() > kMaxSideBySide) {
                    std::stable_sort(fitting.begin(), fitting.end(), [&](std::size_t a, std::size_t b) {
                        return std::abs(members[a].value - newer.value) <
                               std::abs(members[b].value - newer.value);
                    });
                    fitting.resize(kMaxSideBySide);
                }
                for (std::size_t f : fitting) {
                    const Member& older = members[f];
                    std::string rule = "same claim key (" + newer.key.describe() + "); newer as of " +
                                       newer.time.date + ", older as of " + older.time.date;
                    if (newer.value < older.value) rule += "; revised down";
                    edges.push_back({newer.claim, older.claim, std::move(rule)});
                }
                if (!fitting.empty()) break;
                j = k;
            }
        }
        chainUndated(undated, grows, order, fits, edges);
    }
    std::sort(edges.begin(), edges.end(), [](const SupersedesEdge& a, const SupersedesEdge& b) {
        return std::make_pair(a.newer, a.older) < std::make_pair(b.newer, b.older);
    });
    return edges;
}

}  // namespace newsgraph::parser
