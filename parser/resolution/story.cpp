#include "parser/resolution/story.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <numeric>
#include <set>
#include <string>
#include <unordered_map>

#include "parser/text/lexicon.h"
#include "parser/time/time_expression.h"

namespace newsgraph::parser {

namespace {

constexpr std::size_t kSharedWords = 3;
constexpr std::size_t kSharedEntities = 2;

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

}  // namespace

std::vector<std::size_t> groupStories(const std::vector<ArticleFacts>& articles) {
    const std::size_t n = articles.size();
    std::vector<std::size_t> story(n);
    std::iota(story.begin(), story.end(), 0);
    auto find = [&](std::size_t a) {
        while (story[a] != a) a = story[a] = story[story[a]];
        return a;
    };
    // The smaller root stays root, so a story's number is its smallest article whatever
    // the order of joins.
    auto join = [&](std::size_t a, std::size_t b) {
        const std::size_t x = find(a);
        const std::size_t y = find(b);
        story[std::max(x, y)] = std::min(x, y);
    };
    // Names as numbers, and each article's names as a sorted list of them.
    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<bool> isPlace;
    std::vector<std::vector<std::uint32_t>> names(n);
    std::vector<bool> hasPlace(n, false);
    for (std::size_t a = 0; a < n; ++a) {
        for (const auto& x : entityNames(articles[a])) {
            auto [it, inserted] = ids.emplace(x, static_cast<std::uint32_t>(ids.size()));
            if (inserted) isPlace.push_back(!x.empty() && x[0] == '@');
            names[a].push_back(it->second);
            if (isPlace[it->second]) hasPlace[a] = true;
        }
        std::sort(names[a].begin(), names[a].end());
    }
    // Pairs that both name entities join when they share two names, one of them a place
    // where both name places. Rather than comparing articles pair by pair, each pair of
    // names an article holds is a key with an anchor: the first article that holds it, for
    // a key with a place in it, else the first holder that names no place. Every holder
    // of a key joins its anchor, and every such join is one the rule makes (the two share
    // the key's two names, and a place among them or the anchor names none); conversely two
    // articles that the rule joins share a key whose anchor both join: a key with their
    // shared place if they share one, else a key of two other names, and one of them is
    // then a holder that names no place. So the stories are the rule's, in time linear in
    // the pairs of names the articles hold.
    auto keyOf = [](std::uint32_t x, std::uint32_t y) { return (std::uint64_t(x) << 32) | y; };
    std::unordered_map<std::uint64_t, std::size_t> anchor;
    for (std::size_t a = 0; a < n; ++a) {
        const auto& own = names[a];
        for (std::size_t i = 0; i < own.size(); ++i) {
            for (std::size_t j = i + 1; j < own.size(); ++j) {
                if (isPlace[own[i]] || isPlace[own[j]] || !hasPlace[a]) {
                    anchor.emplace(keyOf(own[i], own[j]), a);
                }
            }
        }
    }
    for (std::size_t a = 0; a < n; ++a) {
        const auto& own = names[a];
        for (std::size_t i = 0; i < own.size(); ++i) {
            for (std::size_t j = i + 1; j < own.size(); ++j) {
                if (auto it = anchor.find(keyOf(own[i], own[j])); it != anchor.end()) {
                    join(a, it->second);
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
