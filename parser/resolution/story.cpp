#include "parser/resolution/story.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <string>

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

// Entity names, places marked with a leading '@' so that they can be counted apart.
std::set<std::string> entityNames(const ArticleFacts& facts) {
    std::set<std::string> names;
    for (const auto& e : facts.entities) {
        names.insert((e.kind == graph::NodeKind::Place ? "@" : "") + foldCase(e.name));
    }
    return names;
}

bool hasPlace(const std::set<std::string>& names) {
    for (const auto& x : names) {
        if (x[0] == '@') return true;
    }
    return false;
}

std::size_t shared(const std::set<std::string>& a, const std::set<std::string>& b) {
    std::size_t n = 0;
    for (const auto& x : a) n += b.count(x);
    return n;
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
    auto join = [&](std::size_t a, std::size_t b) {
        if (day[a] && day[b] && std::labs(*day[a] - *day[b]) > kMaxDaysApart) return;
        const std::size_t x = find(a);
        const std::size_t y = find(b);
        story[std::max(x, y)] = std::min(x, y);
    };
    std::vector<std::set<std::string>> words(n);
    std::vector<std::set<std::string>> names(n);
    for (std::size_t a = 0; a < n; ++a) names[a] = entityNames(articles[a]);
    // Pairs that both name entities: count shared names through an index from name to
    // articles, so that only pairs sharing something are looked at.
    std::map<std::string, std::vector<std::size_t>> byName;
    for (std::size_t a = 0; a < n; ++a) {
        for (const auto& x : names[a]) byName[x].push_back(a);
    }
    std::vector<std::size_t> sharedNames(n, 0);
    std::vector<std::size_t> sharedPlaceNames(n, 0);
    std::vector<std::size_t> touched;
    for (std::size_t a = 0; a < n; ++a) {
        touched.clear();
        for (const auto& x : names[a]) {
            const auto& holders = byName[x];
            // Articles after `a` that share x (holders are in increasing order).
            for (auto it = std::upper_bound(holders.begin(), holders.end(), a);
                 it != holders.end(); ++it) {
                if (sharedNames[*it]++ == 0) touched.push_back(*it);
                if (x[0] == '@') ++sharedPlaceNames[*it];
            }
        }
        for (std::size_t b : touched) {
            if (sharedNames[b] >= kSharedEntities &&
                (sharedPlaceNames[b] >= 1 || !hasPlace(names[a]) || !hasPlace(names[b]))) {
                join(a, b);
            }
            sharedNames[b] = sharedPlaceNames[b] = 0;
        }
    }
    // Pairs where one names no entity: their proper words.
    for (std::size_t a = 0; a < n; ++a) {
        if (names[a].empty()) words[a] = properWords(articles[a]);
    }
    for (std::size_t a = 0; a < n; ++a) {
        if (!names[a].empty()) continue;
        for (std::size_t b = 0; b < n; ++b) {
            if (b == a || (names[b].empty() && b < a)) continue;
            if (words[b].empty() && !names[b].empty()) words[b] = properWords(articles[b]);
            if (shared(words[a], words[b]) >= kSharedWords) join(a, b);
        }
    }
    for (std::size_t a = 0; a < n; ++a) story[a] = find(a);
    return story;
}

}  // namespace newsgraph::parser
