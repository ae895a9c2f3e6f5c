#pragma once

// Internal to resolution: the resolver behind resolveEntities (entity_resolver.h) and the
// name forms it compares. Its steps are split by what they join: entity_resolver.cpp (the
// order of steps, shared names, the corpus name and the rewrite), body_names.cpp
// (agencies: inverted names, ministries, short forms, acronyms, descriptions) and
// person_names.cpp (people: romanisations, single names, places read as people).

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "graph/edit_distance.h"
#include "graph/name_index.h"
#include "parser/entities/entity_lexicons.h"
#include "parser/fact.h"
#include "parser/text/name_words.h"

namespace newsgraph::parser::resolution_detail {

using graph::NodeKind;
using graph::normaliseName;

// Two given names this close (1 - edit distance / longer length) may be one name
// romanised twice ("Seong-kweun" / "Seong-kun").
inline constexpr double kGivenNameSimilarity = 0.75;

struct Item {
    std::size_t article;
    std::size_t entity;
};

class UnionFind {
  public:
    explicit UnionFind(std::size_t n) : parent_(n) {
        for (std::size_t i = 0; i < n; ++i) parent_[i] = i;
    }
    std::size_t find(std::size_t x) {
        while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
        return x;
    }
    // Joins the sets; the smaller root stays root, so results do not depend on order.
    void join(std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a != b) parent_[std::max(a, b)] = std::min(a, b);
    }

  private:
    std::vector<std::size_t> parent_;
};


// What a longer name adds before a shorter one it ends with ("Kherson" for "Kherson
// Regional Military Administration" and "Regional Military Administration"); nullopt
// when it does not end with it or is no longer.
inline std::optional<std::string> prefixBefore(const std::vector<std::string>& longWords,
                                               const std::vector<std::string>& shortWords) {
    if (longWords.size() <= shortWords.size() ||
        !std::equal(shortWords.rbegin(), shortWords.rend(), longWords.rbegin())) {
        return std::nullopt;
    }
    std::string prefix;
    for (std::size_t k = 0; k + shortWords.size() < longWords.size(); ++k) {
        prefix += (prefix.empty() ? "" : " ") + longWords[k];
    }
    return prefix;
}


// Folds spellings that romanisation systems write differently for one sound
// ("Ji-hoon" / "Ji-hun", "Seong" / "Song"), so that edit distance sees the real change.
inline std::string romanisationKey(std::string s) {
    static const std::pair<const char*, const char*> kFolds[] = {
        {"oo", "u"}, {"eo", "o"}, {"ae", "e"}, {"ou", "u"}, {"ee", "i"}};
    for (const auto& [from, to] : kFolds) {
        for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at)) {
            s.replace(at, 2, to);
        }
    }
    return s;
}

// The given names of two full names with one shared surname (first or last word), folded
// and without hyphens; empty when the surnames differ.
inline std::pair<std::string, std::string> givenNames(const std::string& a, const std::string& b) {
    const auto wa = words(a), wb = words(b);
    if (wa.size() < 2 || wb.size() < 2) return {};
    auto join = [](const std::vector<std::string>& w, std::size_t from, std::size_t to) {
        std::string out;
        for (std::size_t i = from; i < to; ++i) {
            for (char c : w[i]) {
                if (c != '-') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            }
        }
        return romanisationKey(out);
    };
    if (wa.front() == wb.front()) return {join(wa, 1, wa.size()), join(wb, 1, wb.size())};
    if (wa.back() == wb.back()) return {join(wa, 0, wa.size() - 1), join(wb, 0, wb.size() - 1)};
    return {};
}

class Resolver {
  public:
    explicit Resolver(std::vector<ArticleFacts>& articles)
        : articles_(articles), lexicons_(EntityLexicons::get()), sets_(0) {
        for (std::size_t a = 0; a < articles.size(); ++a) {
            for (std::size_t e = 0; e < articles[a].entities.size(); ++e) items_.push_back({a, e});
        }
        sets_ = UnionFind(items_.size());
    }

    void run();

  private:
    EntityFact& entity(std::size_t i) {
        return articles_[items_[i].article].entities[items_[i].entity];
    }

    std::vector<std::size_t> itemsWhere(NodeKind kind, EntityForm form) {
        std::vector<std::size_t> out;
        for (std::size_t i = 0; i < items_.size(); ++i) {
            if (entity(i).kind == kind && entity(i).form == form) out.push_back(i);
        }
        return out;
    }

    // "Maganja da Costa" is a place where the text says so ("the districts of ..."); where
    // another article names it with no sign of a person (no role, never a source), the
    // same multi-word name is that place too.
    void placesNamedAsPeople();

    // A body's other name ("Limeniko Soma", given in brackets beside "Hellenic Coast
    // Guard" in one article) read as a person's where it stands alone: with no role, it
    // is that body.
    void bodiesNamedAsPeople();

    // "Ministry of Health" is also "Health Ministry": a head word, "of" and one or two
    // words, read the other way round. Empty when the name has not that shape.
    std::string invertedName(const std::string& name) const;

    // The country of an article's dateline, else the country most of its place mentions
    // are in; empty when it names none. Worked out once per article.
    const std::string& mainCountry(std::size_t article);
    // The country of the place an article's dateline names ("AMMAN - "), or empty.
    std::string datelineCountry(std::size_t article) const;

    // Each article's story (story.h), grouped once, on first use: the steps before it
    // that change entities (placesNamedAsPeople, bodiesNamedAsPeople) have run by then, and
    // the ones after it change none until rewrite().
    const std::vector<std::size_t>& stories();

    // "Ministry of Health" and "Health Ministry": one body in one article, or in articles
    // about the same country (one country's health ministry is not another's).
    void joinInvertedNames();

    // A ministry's portfolio, its first word's stem ("Ministry of Disasters" and "Ministry
    // of Disaster Management" -> "disaster", "Zambian Health Ministry" -> "health"), or
    // empty when the name is no ministry's.
    std::string portfolioOf(const std::string& name) const;

    // One country's ministry of one portfolio is one body in one story: "Ministry of
    // Health", "Health Ministry", "the health ministry", "Zambian Health Ministry" (the
    // country from the body's own demonym or possessive, else its article's).
    void joinMinistries();

    // One place's government at one level, named by any of its nouns, in one story.
    void joinLocalGovernments();

    // A name and the same name with "Society", "Organisation"... after it, in one story.
    void joinKindSuffixes();

    // "the Regional Military Administration" beside "the Kherson Regional Military
    // Administration" in one article: a body's name without its place is its short form;
    // so is its head word alone when one body of the article ends with it.
    void joinShortForms();
    // The same across the articles of a story, where a prefix ties the long name to the
    // short one's country.
    void joinShortFormsAcrossArticles();
    std::string countryOfPrefix(const std::string& prefix) const;

    bool hasPlaceNamed(std::size_t article, const std::string& name) const;

    // Same kind and a shared name or alias (surnames of people do not count).
    void joinByName();

    // The agencies named in the sentences where an entity is mentioned.
    std::set<std::size_t> neighbours(std::size_t item);

    void joinVariants();

    bool similarPeople(std::size_t a, std::size_t b);

    // Two different people of one article stay apart, whatever their names.
    bool sameArticleConflict(std::size_t a, std::size_t b);

    void joinSingles();

    void joinAcronyms();

    void joinDescriptions();

    // The corpus-wide name of a set: places keep their canonical name; otherwise the
    // most frequent proper name, then the one without a possessive, then the longest.
    std::string nameOf(const std::vector<std::size_t>& members);

    void rewrite();

    std::vector<ArticleFacts>& articles_;
    const EntityLexicons& lexicons_;
    std::vector<Item> items_;
    UnionFind sets_;
    std::set<std::size_t> dropped_;
    std::vector<std::size_t> stories_;            // empty until stories() is called
    std::vector<std::string> mainCountries_;      // by article, once computed
    std::vector<bool> mainCountryKnown_;
};

}  // namespace newsgraph::parser::resolution_detail
