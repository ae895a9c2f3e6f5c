#include "parser/story.h"

#include <cctype>
#include <numeric>
#include <set>
#include <string>

#include "parser/lexicon.h"

namespace newsgraph::parser {

namespace {

constexpr std::size_t kSharedWords = 3;
constexpr std::size_t kSharedEntities = 2;

const std::set<std::string> kCalendar = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "the", "a", "an", "in", "on", "and"};

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
            word.size() >= 3 && !kCalendar.count(word)) {
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

std::size_t sharedPlaces(const std::set<std::string>& a, const std::set<std::string>& b) {
    std::size_t n = 0;
    for (const auto& x : a) n += x[0] == '@' && b.count(x);
    return n;
}

std::size_t shared(const std::set<std::string>& a, const std::set<std::string>& b) {
    std::size_t n = 0;
    for (const auto& x : a) n += b.count(x);
    return n;
}

}  // namespace

std::vector<std::size_t> groupStories(const std::vector<ArticleFacts>& articles) {
    std::vector<std::size_t> story(articles.size());
    std::iota(story.begin(), story.end(), 0);
    auto find = [&](std::size_t a) {
        while (story[a] != a) a = story[a] = story[story[a]];
        return a;
    };
    std::vector<std::set<std::string>> words;
    std::vector<std::set<std::string>> names;
    for (const auto& a : articles) {
        words.push_back(properWords(a));
        names.push_back(entityNames(a));
    }
    for (std::size_t a = 0; a < articles.size(); ++a) {
        for (std::size_t b = a + 1; b < articles.size(); ++b) {
            const bool same = names[a].empty() || names[b].empty()
                                  ? shared(words[a], words[b]) >= kSharedWords
                                  : shared(names[a], names[b]) >= kSharedEntities &&
                                        (sharedPlaces(names[a], names[b]) >= 1 ||
                                         !hasPlace(names[a]) || !hasPlace(names[b]));
            if (same) story[std::max(find(a), find(b))] = std::min(find(a), find(b));
        }
    }
    for (std::size_t a = 0; a < articles.size(); ++a) story[a] = find(a);
    return story;
}

}  // namespace newsgraph::parser
