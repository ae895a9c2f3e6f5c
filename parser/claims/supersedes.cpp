// findSupersedes (declared in claim_resolver.h): orders the claims of each (measure,
// subject, place) group in time and links neighbours. See docs/extraction.md, "Supersedes".
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <sstream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "parser/claims/claim_resolver.h"
#include "parser/text/cue_table.h"
#include "parser/figures/figure_place.h"
#include "parser/entities/gazetteer.h"
#include "parser/text/lexicon.h"
#include "parser/resolution/story.h"
#include "parser/text/text_layer.h"
#include "parser/time/time_expression.h"

namespace newsgraph::parser {

namespace {

bool isPresent(const FigureFact& f) {
    return f.when == "present" || foldCase(f.when).rfind("since", 0) == 0;
}

// Time points: "P<a>" is article a's own time, "T<a>:<words>" a time it names, and
// "C<a>:<f>" the undated older estimate that a cue ("up from") marks. Points that one
// claim joins are one time (union-find); points are ordered within their article.
class Timeline {
public:
    Timeline(const std::vector<Claim>& claims, const std::vector<ArticleFacts>& articles)
        : articles_(articles) {
        for (const auto& claim : claims) {
            for (const auto& s : claim.statements) {
                join(pointOf(s), pointOf(claim.statements.front()));
            }
        }
        for (const auto& [point, _] : parent_) {
            if (point[0] != 'P') {
                const std::string article = point.substr(1, point.find(':') - 1);
                before_.insert({find(point), find("P" + article)});
            }
        }
        orderMonths();
        for (const auto& [a, b] : before_) later_[a].insert(b);
    }

    std::string pointOf(const Statement& s) {
        const FigureFact& f = articles_[s.article].figures[s.figure];
        const std::string a = std::to_string(s.article);
        std::string point;
        if (isPresent(f) && !f.previousCue.empty()) {
            point = "C" + a + ":" + std::to_string(s.figure);
        } else if (isPresent(f)) {
            point = "P" + a;
        } else {
            point = "T" + a + ":" + foldCase(f.when);
        }
        find(point);
        find("P" + a);
        return point;
    }

    // The time class of a point, as a small integer (for comparing many pairs fast).
    int classOf(const std::string& point) {
        const std::string rep = find(point);
        auto [it, added] = ids_.emplace(rep, static_cast<int>(names_.size()));
        if (added) names_.push_back(rep);
        return it->second;
    }

    // -1: class a before class b, 1: after, 0: the same time, 2: unknown.
    int compare(int a, int b) {
        if (a == b) return 0;
        if (reaches(a, b)) return -1;
        if (reaches(b, a)) return 1;
        return 2;
    }

private:
    std::string find(const std::string& p) {
        auto it = parent_.find(p);
        if (it == parent_.end()) {
            parent_[p] = p;
            return p;
        }
        if (it->second == p) return p;
        return it->second = find(it->second);
    }
    void join(const std::string& a, const std::string& b) { parent_[find(a)] = find(b); }

    // Month names within one article are in calendar order ("in January" before "April").
    void orderMonths() {
        std::map<std::string, std::vector<std::pair<int, std::string>>> months;  // by article
        for (const auto& [point, _] : parent_) {
            if (point[0] != 'T') continue;
            const auto colon = point.find(':');
            const int m = monthIndex(foldCase(point.substr(colon + 1)));
            if (m >= 0) months[point.substr(0, colon)].emplace_back(m, point);
        }
        for (const auto& [article, named] : months) {
            for (const auto& [mx, x] : named) {
                for (const auto& [my, y] : named) {
                    if (mx < my) before_.insert({find(x), find(y)});
                }
            }
        }
    }

    // Whether class `from` is before class `to`, through the order's edges; each class's
    // reachable set is computed once (the order is small and sparse).
    bool reaches(int from, int to) {
        if (static_cast<std::size_t>(from) >= reachable_.size()) reachable_.resize(from + 1);
        if (!reachable_[from]) {
            std::set<std::string> seen;
            std::vector<std::string> stack = {names_[from]};
            while (!stack.empty()) {
                const std::string at = stack.back();
                stack.pop_back();
                for (const auto& next : later_[at]) {
                    if (seen.insert(next).second) stack.push_back(next);
                }
            }
            std::vector<int> ids;
            for (const auto& rep : seen) ids.push_back(classOf(rep));  // may grow names_
            std::sort(ids.begin(), ids.end());
            reachable_[from] = std::move(ids);
        }
        return std::binary_search(reachable_[from]->begin(), reachable_[from]->end(), to);
    }

    const std::vector<ArticleFacts>& articles_;
    std::map<std::string, int> ids_;
    std::vector<std::string> names_;
    std::map<std::string, std::string> parent_;
    std::set<std::pair<std::string, std::string>> before_;
    std::map<std::string, std::set<std::string>> later_;  // class -> classes after it
    std::vector<std::optional<std::vector<int>>> reachable_;  // by class id, sorted ids
};

double magnitude(const FigureFact& f) {
    if (f.value.isInt()) return static_cast<double>(f.value.asInt());
    if (f.low.isInt() && f.high.isInt()) {
        return (static_cast<double>(f.low.asInt()) + static_cast<double>(f.high.asInt())) / 2;
    }
    return 0;
}

// The claim's date, when its statements can be dated: the normalised time, else the
// article's date for a statement of the article's own time.
std::string dateOf(const Claim& claim, const std::vector<ArticleFacts>& articles) {
    for (const auto& s : claim.statements) {
        const FigureFact& f = articles[s.article].figures[s.figure];
        if (isPresent(f) && !f.previousCue.empty() && f.whenBegin.empty()) continue;
        // A weekday is the article's own time for `when`, but its date orders estimates
        // ("56, up from 31 on Friday").
        const bool weekday = f.when == "present" && !f.whenBegin.empty();
        const std::string date =
            weekday ? f.whenBegin : asOfDate(f, articles[s.article].article.date);
        if (!date.empty()) return date;
    }
    return {};
}

bool isHistorical(const Claim& claim, const std::vector<ArticleFacts>& articles) {
    const Statement& s = claim.statements.front();
    const FigureFact& f = articles[s.article].figures[s.figure];
    return !isPresent(f) && endedYearBefore(f.whenEnd, articles[s.article].article.date);
}

// Who a figure counts, as far as its subject says: a class from subject_classes.txt
// ("civilians", "combatants"), a side (its capitalised words: "RSF", "north korean") and
// the part a partitive counts ("five of the dead were children"): a part fits only the
// same part, never the whole.
struct Population {
    std::string kind;
    std::string side;
    std::string part;
    std::string cause;

    bool fits(const Population& other) const {
        return (kind.empty() || other.kind.empty() || kind == other.kind) &&
               (cause.empty() || other.cause.empty() || cause == other.cause) &&
               (side.empty() || other.side.empty() || side == other.side) && part == other.part;
    }
};

Population populationOf(const FigureFact& f) {
    const CueTable& classes = CueTable::get("subject_classes");
    Population p;
    p.part = foldCase(f.part);
    p.cause = f.cause;
    std::istringstream words(foldTypography(f.subject));
    for (std::string word; words >> word;) {
        const std::string lower = foldCase(word);
        if (auto kind = classes.labelOf(lower)) {
            p.kind = *kind;
        } else if (std::isupper(static_cast<unsigned char>(word[0]))) {
            p.side += (p.side.empty() ? "" : " ") + lower;
        }
    }
    return p;
}

// Where each member of a group was counted: the place its statements name; a member that
// names none, in a group whose places conflict ("16 killed in Bangladesh", "6 died in West
// Bengal", "the toll had been 10"), takes the one of them its article mentions most.
std::vector<std::string> placesOf(const std::vector<std::size_t>& members,
                                  const std::vector<Claim>& claims,
                                  const std::vector<ArticleFacts>& articles) {
    const Gazetteer& gazetteer = Gazetteer::get();
    std::vector<std::string> places;
    std::set<std::string> named;
    for (std::size_t c : members) {
        std::string place;
        for (const auto& s : claims[c].statements) {
            const std::string& p = articles[s.article].figures[s.figure].place;
            if (place.empty()) place = p;
        }
        if (!place.empty()) named.insert(place);
        places.push_back(place);
    }
    bool conflict = false;
    for (const auto& a : named) {
        for (const auto& b : named) conflict = conflict || placesConflict(gazetteer, a, b);
    }
    if (!conflict) return places;
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (!places[i].empty()) continue;
        const ArticleFacts& article = articles[claims[members[i]].statements.front().article];
        std::size_t most = 0;
        for (const auto& entity : article.entities) {
            if (entity.kind == graph::NodeKind::Place && named.count(entity.name) &&
                entity.mentions.size() > most) {
                most = entity.mentions.size();
                places[i] = entity.name;
            }
        }
    }
    return places;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> findSupersedes(
    const std::vector<Claim>& claims, const std::vector<ArticleFacts>& articles) {
    Timeline timeline(claims, articles);
    auto factOf = [&](std::size_t c) -> const FigureFact& {
        const Statement& s = claims[c].statements.front();
        return articles[s.article].figures[s.figure];
    };
    const std::vector<std::size_t> story = groupStories(articles);
    std::map<std::tuple<std::size_t, std::string, bool>, std::vector<std::size_t>> groups;
    for (std::size_t c = 0; c < claims.size(); ++c) {
        // An addition or one period's count is its own population: no chain. Nor is a
        // count of a time over a year before its article ("in June 2018, 160 went
        // missing"): another incident, recalled for comparison.
        if (factOf(c).increment || isHistorical(claims[c], articles)) continue;
        const std::size_t s = story[claims[c].statements.front().article];
        groups[{s, factOf(c).measure, factOf(c).increment}].push_back(c);
    }
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    for (const auto& [key, members] : groups) {
        const std::size_t n = members.size();
        if (n < 2) continue;
        const Gazetteer& gazetteer = Gazetteer::get();
        std::vector<const PlaceEntry*> places;
        for (const auto& name : placesOf(members, claims, articles)) {
            places.push_back(name.empty() ? nullptr : gazetteer.find(name));
        }
        // What each member's order depends on, once per member (groups can be large).
        std::vector<Population> populations;
        std::vector<std::string> dates;
        std::vector<std::vector<int>> points;  // time classes of its statements
        for (std::size_t c : members) {
            populations.push_back(populationOf(factOf(c)));
            dates.push_back(dateOf(claims[c], articles));
            std::vector<int> classes;
            for (const auto& s : claims[c].statements) {
                classes.push_back(timeline.classOf(timeline.pointOf(s)));
            }
            points.push_back(std::move(classes));
        }
        // later[i] bit j: member i is a later estimate than member j.
        const std::size_t words = (n + 63) / 64;
        using Bits = std::vector<std::uint64_t>;
        std::vector<Bits> later(n, Bits(words, 0));
        auto test = [&](const std::vector<Bits>& m, std::size_t i, std::size_t j) {
            return (m[i][j / 64] >> (j % 64)) & 1U;
        };
        auto set = [&](std::vector<Bits>& m, std::size_t i, std::size_t j) {
            m[i][j / 64] |= std::uint64_t{1} << (j % 64);
        };
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < n; ++j) {
                if (i == j || !populations[i].fits(populations[j]) ||
                    placesConflict(places[i], places[j])) {
                    continue;
                }
                int order = 2;
                if (!dates[i].empty() && !dates[j].empty()) {
                    order = dates[i] < dates[j] ? -1 : dates[i] > dates[j] ? 1 : 0;
                }
                for (int px : points[i]) {
                    for (int py : points[j]) {
                        if (order == 2) order = timeline.compare(px, py);
                    }
                }
                // Undated: a running total does not fall, so the larger count is later.
                if (order == 2 && magnitude(factOf(members[i])) > magnitude(factOf(members[j]))) {
                    order = 1;
                }
                if (order == 1) set(later, i, j);
            }
        }
        // Transitive closure (Warshall, a row at a time).
        for (std::size_t k = 0; k < n; ++k) {
            for (std::size_t i = 0; i < n; ++i) {
                if (!test(later, i, k)) continue;
                for (std::size_t w = 0; w < words; ++w) later[i][w] |= later[k][w];
            }
        }
        // strict[i] bit k: i is later than k and not also earlier (contradictions dropped);
        // before[j] bit k: k is strictly later than j.
        std::vector<Bits> strict(n, Bits(words, 0));
        std::vector<Bits> before(n, Bits(words, 0));
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t k = 0; k < n; ++k) {
                if (test(later, i, k) && !test(later, k, i)) {
                    set(strict, i, k);
                    set(before, k, i);
                }
            }
        }
        // Only neighbours in time: no k strictly between i and j.
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < n; ++j) {
                if (!test(strict, i, j)) continue;
                bool neighbour = true;
                for (std::size_t w = 0; w < words && neighbour; ++w) {
                    neighbour = (strict[i][w] & before[j][w]) == 0;
                }
                if (neighbour) edges.emplace_back(members[i], members[j]);
            }
        }
    }
    return edges;
}

}  // namespace newsgraph::parser
