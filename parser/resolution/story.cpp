#include "parser/resolution/story.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include "parser/entities/gazetteer.h"
#include "parser/resolution/ministry.h"
#include "parser/text/lexicon.h"
#include "parser/time/time_expression.h"

namespace newsgraph::parser {

namespace {

constexpr std::size_t kSharedWords = 3;
constexpr std::size_t kSharedEntities = 2;
// Follow-ups of one story (an inquiry's report, a revised toll) come within months of each
// other; two articles further apart than this, with no article between them, tell two
// stories (a crash and, two years later, another crash in the same country).
constexpr long kMaxDaysApart = 240;
// Counts two articles must both state to be one story by their counts alone, and how
// many articles may state one count before it tells nothing.
constexpr std::int64_t kMinSharedCount = 10;
constexpr std::size_t kMaxCountHolders = 64;
constexpr std::int64_t kDistinctiveCount = 50;
// Reports of one disaster in one country this close in time are one story, whatever else
// they name (see below).
constexpr long kMaxEventDaysApart = 21;
// How many dated articles of one key an undated article joins one by one (see below).
constexpr std::size_t kMaxUndatedBridges = 64;

// Capitalised words that say nothing of a story: calendar words and function words.
bool isPlainWord(const std::string& lower) {
    static const std::set<std::string> kFunctionWords = {"the", "a", "an", "in", "on", "and"};
    return kFunctionWords.count(lower) || isWeekday(lower) || isMonthName(lower);
}

std::set<std::string> properWords(const ArticleFacts& facts) {
    std::set<std::size_t> starts;
    for (const auto& s : facts.sentences) starts.insert(s.span.begin);
    std::set<std::string> words;
    const std::string& text = facts.article.text;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
        const std::string word = foldCase(std::string_view(text).substr(begin, i - begin));
        if (std::isupper(static_cast<unsigned char>(text[begin])) && !starts.count(begin) &&
            word.size() >= 3 && !isPlainWord(word)) {
            words.insert(word);
        }
    }
    return words;
}

// The country an article is most about: the one its entities name most (their
// mentions), or empty.
std::string mainCountryOf(const ArticleFacts& facts) {
    std::map<std::string, std::size_t> weight;
    std::map<std::string, std::uint32_t> first;  // where the article first names the country
    for (const auto& e : facts.entities) {
        if (e.country.empty()) continue;
        weight[e.country] += std::max<std::size_t>(1, e.mentions.size());
        auto [at, added] = first.emplace(e.country, UINT32_MAX);
        for (const Span& m : e.mentions) at->second = std::min(at->second, m.begin);
    }
    // Of countries named as often, the one named first: the lead's ("Mexico City" before
    // "Taiwan" and "Israel", whose rescuers came to help), not the first in the alphabet.
    std::string best;
    std::size_t most = 0;
    for (const auto& [country, w] : weight) {
        if (w > most || (w == most && first[country] < first[best])) {
            best = country;
            most = w;
        }
    }
    return best;
}

// What an article names, as keys: entity names, with places marked by a leading '@' so
// that they can be counted apart. A country is one key ("@=MA") however the article names
// it: by name ("Morocco"), as the country of its bodies ("the Moroccan Interior
// Ministry"), or, for the country the article is most about, only through its towns; a
// ministry is its country and portfolio ("Morocco's Interior Ministry" = "the Moroccan
// Interior Ministry"). So two reports of one disaster that share no name still meet.
std::set<std::string> entityNames(const ArticleFacts& facts, const std::string& main) {
    const Gazetteer& gazetteer = Gazetteer::get();
    std::set<std::string> names;
    if (!main.empty()) names.insert("@=" + main);
    for (const auto& e : facts.entities) {
        if (e.kind == graph::NodeKind::Place) {
            const PlaceEntry* entry = gazetteer.find(e.name);
            if (entry && entry->kind == PlaceKind::Country && !entry->country.empty()) {
                names.insert("@=" + entry->country);
                continue;
            }
        } else if (!e.country.empty()) {
            names.insert("@=" + e.country);
            if (e.kind == graph::NodeKind::Agency) {
                if (std::string portfolio = ministryPortfolio(e.name, gazetteer); !portfolio.empty()) {
                    names.insert("ministry=" + e.country + ":" + portfolio);
                    continue;
                }
            }
        }
        names.insert((e.kind == graph::NodeKind::Place ? "@" : "") + foldCase(e.name));
    }
    return names;
}

}  // namespace

std::vector<std::size_t> groupStories(const std::vector<ArticleFacts>& articles) {
    const std::size_t n = articles.size();
    std::vector<std::size_t> story(n);
    std::iota(story.begin(), story.end(), 0);
    auto find = [&](std::size_t a) {
        while (story[a] != a) a = story[a] = story[story[a]];
        return a;
    };
    std::vector<std::optional<long>> day(n);
    for (std::size_t a = 0; a < n; ++a) day[a] = dayNumber(articles[a].article.date);
    // The smaller root stays root, so a story's number is its smallest article whatever
    // the order of joins.
    auto join = [&](std::size_t a, std::size_t b) {
        if (day[a] && day[b] && std::labs(*day[a] - *day[b]) > kMaxDaysApart) return;  // never directly
        const std::size_t x = find(a);
        const std::size_t y = find(b);
        story[std::max(x, y)] = std::min(x, y);
    };
    // Names as numbers, and each article's names as a sorted list of them.
    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<bool> isPlace, isCountry;
    std::vector<std::vector<std::uint32_t>> names(n);
    std::vector<bool> hasPlace(n, false);
    std::vector<long> mainKey(n, -1);  // the key of the country each article is most about
    for (std::size_t a = 0; a < n; ++a) {
        const std::string main = mainCountryOf(articles[a]);
        for (const auto& x : entityNames(articles[a], main)) {
            auto [it, inserted] = ids.emplace(x, static_cast<std::uint32_t>(ids.size()));
            if (inserted) {
                isPlace.push_back(!x.empty() && x[0] == '@');
                isCountry.push_back(x.rfind("@=", 0) == 0);
            }
            names[a].push_back(it->second);
            if (isPlace[it->second]) hasPlace[a] = true;
            if (!main.empty() && x == "@=" + main) mainKey[a] = it->second;
        }
        std::sort(names[a].begin(), names[a].end());
    }
    // Pairs that both name entities join when they share two names, one of them a place
    // where both name places, and are dated at most kMaxDaysApart apart (or undated).
    // Rather than comparing articles pair by pair, each pair of names an article holds is
    // a key, and the holders of a key are swept in date order:
    //   - a key with a place: each holder joins the holder before it, when close enough;
    //     two holders close in time are then joined through the holders between them,
    //     which are as close;
    //   - a key of two other names joins a pair only when one of the two names no place
    //     (N): each holder joins the nearest N before it and the nearest N after it, when
    //     close enough, and so reaches every N close to it, through the Ns between.
    // Undated holders may join any holder: they join the first eligible undated holder
    // of the key, and each dated holder directly (at most kMaxUndatedBridges of them per
    // key: past that, only the first holder of each run of close dates, a known limit for
    // archives that mix many undated and dated copies of one story).
    // So the stories are the rule's, in time linear in the pairs of names held.
    auto keyOf = [](std::uint32_t x, std::uint32_t y) { return (std::uint64_t(x) << 32) | y; };
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> holders;
    for (std::size_t a = 0; a < n; ++a) {
        const auto& own = names[a];
        for (std::size_t i = 0; i < own.size(); ++i) {
            for (std::size_t j = i + 1; j < own.size(); ++j) {
                // Two countries join only articles each about one of them (pilgrims of
                // Egypt in Saudi Arabia); two mentioned in passing ("the United States and
                // Britain") make no story.
                const bool countries = isCountry[own[i]] && isCountry[own[j]];
                if (countries && static_cast<long>(own[i]) != mainKey[a] && static_cast<long>(own[j]) != mainKey[a]) {
                    continue;
                }
                holders[keyOf(own[i], own[j])].push_back(a);
            }
        }
    }
    auto close = [&](std::size_t x, std::size_t y) {
        return !day[x] || !day[y] || std::labs(*day[x] - *day[y]) <= kMaxDaysApart;
    };
    std::vector<std::size_t> dated, undated;
    for (auto& [key, list] : holders) {
        if (list.size() < 2) continue;
        const bool placeKey = isPlace[static_cast<std::uint32_t>(key >> 32)] ||
                              isPlace[static_cast<std::uint32_t>(key & 0xffffffffu)];
        auto eligible = [&](std::size_t x, std::size_t y) { return placeKey || !hasPlace[x] || !hasPlace[y]; };
        dated.clear();
        undated.clear();
        for (std::size_t h : list) (day[h] ? dated : undated).push_back(h);
        std::stable_sort(dated.begin(), dated.end(), [&](std::size_t x, std::size_t y) { return *day[x] < *day[y]; });
        if (placeKey) {
            for (std::size_t i = 1; i < dated.size(); ++i) {
                if (close(dated[i - 1], dated[i])) join(dated[i - 1], dated[i]);
            }
        } else {
            std::optional<std::size_t> lastN;
            for (std::size_t h : dated) {
                if (lastN && close(*lastN, h)) join(*lastN, h);
                if (!hasPlace[h]) lastN = h;
            }
            std::optional<std::size_t> nextN;
            for (auto it = dated.rbegin(); it != dated.rend(); ++it) {
                if (nextN && close(*nextN, *it)) join(*nextN, *it);
                if (!hasPlace[*it]) nextN = *it;
            }
        }
        if (undated.empty()) continue;
        // Undated with undated: every pair is close, so all join the first eligible one.
        std::optional<std::size_t> anchor;
        for (std::size_t h : undated) {
            if (placeKey || !hasPlace[h]) {
                anchor = h;
                break;
            }
        }
        for (std::size_t h : undated) {
            if (anchor && eligible(h, *anchor)) join(h, *anchor);
        }
        // Undated with dated.
        for (std::size_t u : undated) {
            std::size_t bridged = 0;
            for (std::size_t i = 0; i < dated.size(); ++i) {
                const bool runStart = i == 0 || !close(dated[i - 1], dated[i]);
                if (bridged >= kMaxUndatedBridges && !runStart) continue;
                if (eligible(u, dated[i])) {
                    join(u, dated[i]);
                    ++bridged;
                }
            }
        }
    }
    // Short dispatches of one disaster name the country and little else ("floods in
    // Malawi", then "the toll from the floods in Malawi has risen"): articles about one
    // country whose figures have one cause (causes.txt: floods, an earthquake, cholera)
    // and that are dated at most kMaxEventDaysApart apart are one story. Those that name
    // little else may still give the same counts: such articles that state two of the
    // same counts (measure and number, kMinSharedCount or more) are one story too. A
    // count that many articles state says nothing of a story (kMaxCountHolders).
    std::map<std::string, std::vector<std::size_t>> byEvent;
    // (country, measure, number) -> the articles that state that count
    std::map<std::tuple<std::string, std::string, std::int64_t>, std::vector<std::size_t>> byCount;
    for (std::size_t a = 0; a < n; ++a) {
        if (!day[a]) continue;
        const std::string country = mainCountryOf(articles[a]);
        if (country.empty()) continue;
        std::set<std::string> causes;
        std::set<std::tuple<std::string, std::string, std::int64_t>> counts;
        for (const auto& f : articles[a].figures) {
            if (!f.cause.empty()) causes.insert(f.cause);
            if (f.increment || !f.value.isInt() || f.value.asInt() < kMinSharedCount) continue;
            counts.insert({country, f.measure, f.value.asInt()});
        }
        for (const auto& cause : causes) byEvent[country + ":" + cause].push_back(a);
        for (const auto& key : counts) byCount[key].push_back(a);
    }
    for (auto& [event, list] : byEvent) {
        std::stable_sort(list.begin(), list.end(), [&](std::size_t x, std::size_t y) { return *day[x] < *day[y]; });
        for (std::size_t i = 1; i < list.size(); ++i) {
            if (*day[list[i]] - *day[list[i - 1]] <= kMaxEventDaysApart) join(list[i - 1], list[i]);
        }
    }
    std::unordered_map<std::uint64_t, int> sharedCounts;
    for (const auto& [key, list] : byCount) {
        if (list.size() < 2 || list.size() > kMaxCountHolders) continue;
        // One count of kDistinctiveCount or more that is no round number ("78 killed", not
        // "50 killed") is enough on its own.
        const std::int64_t value = std::get<2>(key);
        const bool distinctive = value >= kDistinctiveCount && value % 10 != 0;
        for (std::size_t i = 0; i < list.size(); ++i) {
            for (std::size_t j = i + 1; j < list.size(); ++j) {
                if (std::labs(*day[list[i]] - *day[list[j]]) > kMaxEventDaysApart) continue;
                if (++sharedCounts[(std::uint64_t(list[i]) << 32) | list[j]] == 2 || distinctive) {
                    join(list[i], list[j]);
                }
            }
        }
    }
    // Pairs where one names no entity: three shared proper words, counted through an
    // index from word to the articles that use it.
    const bool anyUnnamed =
        std::any_of(names.begin(), names.end(), [](const auto& own) { return own.empty(); });
    if (anyUnnamed) {
        std::vector<std::set<std::string>> words(n);
        std::unordered_map<std::string, std::vector<std::size_t>> byWord;
        for (std::size_t a = 0; a < n; ++a) {
            words[a] = properWords(articles[a]);
            for (const auto& w : words[a]) byWord[w].push_back(a);
        }
        std::vector<std::size_t> sharedWords(n, 0);
        std::vector<std::size_t> touched;
        for (std::size_t a = 0; a < n; ++a) {
            if (!names[a].empty()) continue;
            touched.clear();
            for (const auto& w : words[a]) {
                for (std::size_t b : byWord[w]) {
                    if (b != a && sharedWords[b]++ == 0) touched.push_back(b);
                }
            }
            for (std::size_t b : touched) {
                if (sharedWords[b] >= kSharedWords) join(a, b);
                sharedWords[b] = 0;
            }
        }
    }
    for (std::size_t a = 0; a < n; ++a) story[a] = find(a);
    return story;
}

}  // namespace newsgraph::parser
