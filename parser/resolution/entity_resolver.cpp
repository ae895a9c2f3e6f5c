#include "parser/resolution/entity_resolver.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "graph/edit_distance.h"
#include "graph/name_index.h"
#include "parser/entities/entity_lexicons.h"
#include "parser/text/lexicon.h"
#include "parser/entities/person_name.h"
#include "parser/resolution/story.h"

namespace newsgraph::parser {

namespace {

using graph::NodeKind;
using graph::normaliseName;

// Two given names this close (1 - edit distance / longer length) may be one name
// romanised twice ("Seong-kweun" / "Seong-kun").
constexpr double kGivenNameSimilarity = 0.75;

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

std::vector<std::string> words(const std::string& name) {
    std::vector<std::string> out;
    std::string word;
    for (char c : name + " ") {
        if (c == ' ') {
            if (!word.empty()) out.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    return out;
}

std::string initials(const std::string& name) {
    std::string out;
    for (const auto& w : words(name)) {
        if (w == "of" || w == "and" || w == "the" || w == "for" || w == "on") continue;
        if (w[0] >= 'A' && w[0] <= 'Z') out += w[0];
    }
    return out;
}

// Folds spellings that romanisation systems write differently for one sound
// ("Ji-hoon" / "Ji-hun", "Seong" / "Song"), so that edit distance sees the real change.
std::string romanisationKey(std::string s) {
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
std::pair<std::string, std::string> givenNames(const std::string& a, const std::string& b) {
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

    void run() {
        placesNamedAsPeople();
        bodiesNamedAsPeople();
        joinByName();
        joinInvertedNames();
        joinMinistries();
        joinShortForms();
        joinVariants();
        joinSingles();
        joinAcronyms();
        joinDescriptions();
        rewrite();
    }

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
    void placesNamedAsPeople() {
        std::set<std::string> places;
        for (std::size_t i = 0; i < items_.size(); ++i) {
            if (entity(i).kind == NodeKind::Place) places.insert(normaliseName(entity(i).name));
        }
        for (std::size_t i = 0; i < items_.size(); ++i) {
            EntityFact& e = entity(i);
            if (e.kind == NodeKind::Actor && e.form == EntityForm::Named && e.role.empty() &&
                !e.isSource && words(e.name).size() >= 2 && places.count(normaliseName(e.name))) {
                e.kind = NodeKind::Place;
            }
        }
    }

    // A body's other name ("Limeniko Soma", given in brackets beside "Hellenic Coast
    // Guard" in one article) read as a person's where it stands alone: with no role, it
    // is that body.
    void bodiesNamedAsPeople() {
        std::set<std::string> bodies;
        for (std::size_t i = 0; i < items_.size(); ++i) {
            const EntityFact& e = entity(i);
            if (e.kind != NodeKind::Agency || e.form != EntityForm::Named) continue;
            for (const auto& alias : e.aliases) {
                if (words(alias).size() >= 2) bodies.insert(normaliseName(alias));
            }
        }
        for (std::size_t i = 0; i < items_.size(); ++i) {
            EntityFact& e = entity(i);
            if (e.kind == NodeKind::Actor && e.form == EntityForm::Named && e.role.empty() &&
                bodies.count(normaliseName(e.name))) {
                e.kind = NodeKind::Agency;
            }
        }
    }

    // "Ministry of Health" is also "Health Ministry": a head word, "of" and one or two
    // words, read the other way round. Empty when the name has not that shape.
    std::string invertedName(const std::string& name) const {
        auto w = words(name);
        if (w.size() < 3 || w[1] != "of" || !lexicons_.orgHeads.contains(w[0])) return {};
        std::size_t from = w[2] == "the" ? 3 : 2;
        if (w.size() - from < 1 || w.size() - from > 2) return {};
        std::string out;
        for (std::size_t i = from; i < w.size(); ++i) {
            if (w[i] == "and" || w[i] == "of" || w[i] == "for") return {};
            out += w[i] + " ";
        }
        return out + w[0];
    }

    // The country most of an article's place mentions are in; empty when it names none.
    std::string mainCountry(std::size_t article) const {
        std::map<std::string, std::size_t> count;
        for (const auto& e : articles_[article].entities) {
            if (e.kind == NodeKind::Place && !e.country.empty()) count[e.country] += e.mentions.size();
        }
        std::string best;
        std::size_t most = 0;
        for (const auto& [country, n] : count) {
            if (n > most) {
                best = country;
                most = n;
            }
        }
        return best;
    }

    // "Ministry of Health" and "Health Ministry": one body in one article, or in articles
    // about the same country (one country's health ministry is not another's).
    void joinInvertedNames() {
        std::map<std::string, std::vector<std::size_t>> byName;
        for (std::size_t i = 0; i < items_.size(); ++i) {
            const EntityFact& e = entity(i);
            if (e.kind != NodeKind::Agency) continue;
            byName[normaliseName(e.name)].push_back(i);
            for (const auto& alias : e.aliases) byName[normaliseName(alias)].push_back(i);
        }
        for (std::size_t i = 0; i < items_.size(); ++i) {
            const EntityFact& e = entity(i);
            if (e.kind != NodeKind::Agency) continue;
            const std::string inverted = invertedName(e.name);
            if (inverted.empty()) continue;
            auto it = byName.find(normaliseName(inverted));
            if (it == byName.end()) continue;
            const std::string country = mainCountry(items_[i].article);
            for (std::size_t j : it->second) {
                if (items_[j].article == items_[i].article ||
                    (!country.empty() && mainCountry(items_[j].article) == country)) {
                    sets_.join(i, j);
                }
            }
        }
    }

    // A ministry's portfolio, its first word's stem ("Ministry of Disasters" and "Ministry
    // of Disaster Management" -> "disaster", "Zambian Health Ministry" -> "health"), or
    // empty when the name is no ministry's.
    std::string portfolioOf(const std::string& name) const {
        const auto w = words(name);
        std::vector<std::string> rest;
        bool ministry = false;
        for (std::size_t i = 0; i < w.size(); ++i) {
            std::string word = w[i];
            if (word.size() > 2 && word.ends_with("'s")) continue;  // "Ukraine's"
            const std::string lower = foldCase(word);
            if (lower == "ministry") {
                ministry = true;
                continue;
            }
            if (lower == "of" || lower == "the" || lower == "and" || lower == "for" ||
                lower == "affairs" || lexicons_.gazetteer.demonym(word) || lexicons_.gazetteer.find(word)) {
                continue;
            }
            rest.push_back(lower);
        }
        if (!ministry || rest.empty()) return {};
        std::string stem = rest.front();
        if (stem.size() > 4 && stem.back() == 's') stem.pop_back();
        return stem;
    }

    // One country's ministry of one portfolio is one body in one story: "Ministry of
    // Health", "Health Ministry", "the health ministry", "Zambian Health Ministry" (the
    // country from the body's own demonym or possessive, else its article's).
    void joinMinistries() {
        const std::vector<std::size_t> story = groupStories(articles_);
        std::map<std::tuple<std::size_t, std::string, std::string>, std::size_t> seen;
        for (std::size_t i = 0; i < items_.size(); ++i) {
            const EntityFact& e = entity(i);
            if (e.kind != NodeKind::Agency) continue;
            const std::string portfolio = portfolioOf(e.name);
            if (portfolio.empty()) continue;
            const std::string country = e.country.empty() ? mainCountry(items_[i].article) : e.country;
            if (country.empty()) continue;
            const std::size_t s = story[items_[i].article];
            auto [it, inserted] = seen.emplace(std::make_tuple(s, country, portfolio), i);
            if (!inserted) sets_.join(it->second, i);
        }
    }

    // "the Regional Military Administration" beside "the Kherson Regional Military
    // Administration" in one article: a body's name without its place is its short form;
    // so is its head word alone when one body of the article ends with it.
    void joinShortForms() {
        std::map<std::size_t, std::vector<std::size_t>> byArticle;
        for (std::size_t i = 0; i < items_.size(); ++i) {
            if (entity(i).kind == NodeKind::Agency && entity(i).form == EntityForm::Named) {
                byArticle[items_[i].article].push_back(i);
            }
        }
        for (const auto& [article, agencies] : byArticle) {
            for (std::size_t s : agencies) {
                const auto shortWords = words(entity(s).name);
                // "Network Spokesperson X" beside "the Sudan Doctors Network": a lone head
                // word is the one body of the article it ends.
                const bool loneHead = shortWords.size() == 1 && lexicons_.orgHeads.contains(shortWords[0]);
                if (shortWords.size() < 2 && !loneHead) continue;
                std::size_t found = 0, count = 0;
                for (std::size_t l : agencies) {
                    const auto longWords = words(entity(l).name);
                    if (l == s || longWords.size() <= shortWords.size()) continue;
                    if (!std::equal(shortWords.rbegin(), shortWords.rend(), longWords.rbegin())) continue;
                    // What the long name adds is a place ("Kherson") or a demonym.
                    std::string prefix;
                    for (std::size_t k = 0; k + shortWords.size() < longWords.size(); ++k) {
                        prefix += (prefix.empty() ? "" : " ") + longWords[k];
                    }
                    if (!loneHead && !lexicons_.gazetteer.find(prefix) &&
                        !lexicons_.gazetteer.demonym(prefix) && !hasPlaceNamed(article, prefix)) {
                        continue;
                    }
                    found = l;
                    ++count;
                }
                if (count == 1) sets_.join(s, found);
            }
        }
    }

    bool hasPlaceNamed(std::size_t article, const std::string& name) const {
        for (const auto& e : articles_[article].entities) {
            if (e.kind == NodeKind::Place && e.name == name) return true;
        }
        return false;
    }

    // Same kind and a shared name or alias (surnames of people do not count).
    void joinByName() {
        std::map<std::pair<NodeKind, std::string>, std::size_t> seen;
        for (std::size_t i = 0; i < items_.size(); ++i) {
            const EntityFact& e = entity(i);
            std::vector<std::string> keys = {normaliseName(e.name)};
            if (e.kind != NodeKind::Actor) {
                for (const auto& alias : e.aliases) keys.push_back(normaliseName(alias));
            }

            for (const auto& key : keys) {
                auto [it, inserted] = seen.emplace(std::make_pair(e.kind, key), i);
                if (!inserted) sets_.join(it->second, i);
            }
        }
    }

    // The agencies named in the sentences where an entity is mentioned.
    std::set<std::size_t> neighbours(std::size_t item) {
        const ArticleFacts& facts = articles_[items_[item].article];
        std::set<std::size_t> sentences;
        for (const auto& m : entity(item).mentions) {
            for (std::size_t s = 0; s < facts.sentences.size(); ++s) {
                const Span& span = facts.sentences[s].span;
                if (m.begin >= span.begin && m.end <= span.end) sentences.insert(s);
            }
        }
        std::set<std::size_t> out;
        for (std::size_t j = 0; j < items_.size(); ++j) {
            if (items_[j].article != items_[item].article || entity(j).kind != NodeKind::Agency) {
                continue;
            }
            for (const auto& m : entity(j).mentions) {
                for (std::size_t s : sentences) {
                    const Span& span = facts.sentences[s].span;
                    if (m.begin >= span.begin && m.end <= span.end) out.insert(sets_.find(j));
                }
            }
        }
        return out;
    }

    void joinVariants() {
        // Candidates share a first or last word; one representative per distinct name
        // keeps this linear in the corpus for repeated names.
        std::map<std::string, std::size_t> byName;
        for (std::size_t i : itemsWhere(NodeKind::Actor, EntityForm::Named)) {
            byName.emplace(entity(i).name, i);
        }
        std::map<std::string, std::vector<std::size_t>> bySurname;
        for (const auto& [name, i] : byName) {
            const auto w = words(name);
            if (w.size() < 2) continue;
            bySurname[w.front()].push_back(i);
            if (w.back() != w.front()) bySurname[w.back()].push_back(i);
        }
        for (const auto& [surname, group] : bySurname) {
            for (std::size_t x = 0; x < group.size(); ++x) {
                for (std::size_t y = x + 1; y < group.size(); ++y) {
                    if (similarPeople(group[x], group[y])) sets_.join(group[x], group[y]);
                }
            }
        }
    }

    bool similarPeople(std::size_t a, std::size_t b) {
        if (sets_.find(a) == sets_.find(b)) return false;
        auto [ga, gb] = givenNames(entity(a).name, entity(b).name);
        if (ga.size() < 3 || gb.size() < 3) return false;
        const double similarity =
            1.0 - double(graph::editDistance(ga, gb)) / double(std::max(ga.size(), gb.size()));
        if (similarity < kGivenNameSimilarity) return false;
        const std::string ra = lexicons_.roleClass(entity(a).role);
        const std::string rb = lexicons_.roleClass(entity(b).role);
        if ((!ra.empty() && !rb.empty() && ra != rb) || sameArticleConflict(a, b)) return false;
        if (!ra.empty() && ra == rb) return true;
        std::set<std::size_t> na = neighbours(a), nb = neighbours(b), shared;
        std::set_intersection(na.begin(), na.end(), nb.begin(), nb.end(),
                              std::inserter(shared, shared.begin()));
        return !shared.empty();
    }

    // Two different people of one article stay apart, whatever their names.
    bool sameArticleConflict(std::size_t a, std::size_t b) {
        const std::size_t ra = sets_.find(a), rb = sets_.find(b);
        std::set<std::size_t> articlesA, articlesB;
        for (std::size_t i = 0; i < items_.size(); ++i) {
            if (sets_.find(i) == ra) articlesA.insert(items_[i].article);
            if (sets_.find(i) == rb) articlesB.insert(items_[i].article);
        }
        for (std::size_t art : articlesA) {
            if (articlesB.count(art)) return true;
        }
        return false;
    }

    void joinSingles() {
        std::map<std::string, std::set<std::size_t>> roots;  // name word -> people
        std::map<std::string, std::size_t> member;
        for (std::size_t n : itemsWhere(NodeKind::Actor, EntityForm::Named)) {
            for (const auto& w : words(entity(n).name)) {
                if (!isNamePart(entity(n).name, w)) continue;
                roots[w].insert(sets_.find(n));
                member[w] = n;
            }
            // "al-Burhan" also answers to "Burhan".
            for (const auto& w : words(entity(n).name)) {
                const std::size_t hyphen = w.find('-');
                if (hyphen == std::string::npos || hyphen > 3 || !std::islower(w[0])) continue;
                roots[w.substr(hyphen + 1)].insert(sets_.find(n));
                member[w.substr(hyphen + 1)] = n;
            }
        }
        for (std::size_t s : itemsWhere(NodeKind::Actor, EntityForm::SingleName)) {
            auto it = roots.find(entity(s).name);
            if (it != roots.end() && it->second.size() == 1) sets_.join(s, member[entity(s).name]);
        }
    }

    void joinAcronyms() {
        std::map<std::string, std::set<std::size_t>> roots;  // acronym -> bodies
        std::map<std::string, std::size_t> member;
        for (std::size_t n : itemsWhere(NodeKind::Agency, EntityForm::Named)) {
            std::set<std::string> keys = {initials(entity(n).name)};
            keys.insert(entity(n).aliases.begin(), entity(n).aliases.end());
            for (const auto& key : keys) {
                roots[key].insert(sets_.find(n));
                member[key] = n;
            }
        }
        for (std::size_t a : itemsWhere(NodeKind::Agency, EntityForm::Acronym)) {
            auto it = roots.find(entity(a).name);
            if (it != roots.end() && it->second.size() == 1) sets_.join(a, member[entity(a).name]);
        }
    }

    void joinDescriptions() {
        // root -> the countries and categories its named members carry.
        std::map<std::size_t, std::pair<std::set<std::string>, std::set<std::string>>> fit;
        for (std::size_t i = 0; i < items_.size(); ++i) {
            const EntityFact& e = entity(i);
            if (e.kind != NodeKind::Agency || e.form == EntityForm::Descriptive) continue;
            auto& f = fit[sets_.find(i)];
            if (!e.country.empty()) f.first.insert(e.country);
            if (!e.category.empty()) f.second.insert(e.category);
        }
        for (std::size_t d : itemsWhere(NodeKind::Agency, EntityForm::Descriptive)) {
            const EntityFact& desc = entity(d);
            std::vector<std::size_t> roots;
            for (const auto& [root, f] : fit) {
                if (f.first.count(desc.country) && f.second.count(desc.category)) {
                    roots.push_back(root);
                }
            }
            if (roots.size() == 1) {
                sets_.join(d, roots[0]);
            } else if (!desc.isSource) {
                dropped_.insert(d);
            }
        }
    }

    // The corpus-wide name of a set: places keep their canonical name; otherwise the
    // most frequent proper name, then the one without a possessive, then the longest.
    std::string nameOf(const std::vector<std::size_t>& members) {
        std::map<std::string, int> counts;
        for (std::size_t i : members) {
            if (entity(i).form == EntityForm::Named) ++counts[entity(i).name];
        }
        if (counts.empty()) return entity(members.front()).name;
        auto better = [](const std::pair<const std::string, int>& a,
                         const std::pair<const std::string, int>& b) {
            const bool pa = a.first.find('\'') != std::string::npos;
            const bool pb = b.first.find('\'') != std::string::npos;
            if (a.second != b.second) return a.second < b.second;
            if (pa != pb) return pa;
            return a.first.size() < b.first.size();
        };
        return std::max_element(counts.begin(), counts.end(), better)->first;
    }

    void rewrite() {
        std::map<std::size_t, std::vector<std::size_t>> sets;
        for (std::size_t i = 0; i < items_.size(); ++i) {
            if (!dropped_.count(i)) sets[sets_.find(i)].push_back(i);
        }
        std::vector<std::vector<EntityFact>> out(articles_.size());
        std::vector<std::map<std::string, std::string>> renames(articles_.size());
        for (const auto& [root, members] : sets) {
            const std::string name = nameOf(members);
            std::set<std::string> aliases;
            for (std::size_t i : members) {
                aliases.insert(entity(i).name);
                aliases.insert(entity(i).aliases.begin(), entity(i).aliases.end());
            }
            aliases.erase(name);
            std::map<std::size_t, EntityFact> perArticle;
            for (std::size_t i : members) {
                const EntityFact& e = entity(i);
                renames[items_[i].article][e.name] = name;
                auto [it, inserted] = perArticle.emplace(items_[i].article, e);
                EntityFact& merged = it->second;
                if (!inserted) {
                    merged.mentions.insert(merged.mentions.end(), e.mentions.begin(),
                                           e.mentions.end());
                    if (merged.role.empty()) merged.role = e.role;
                    if (merged.country.empty()) merged.country = e.country;
                    merged.isSource = merged.isSource || e.isSource;
                }
                merged.name = name;
                merged.aliases.assign(aliases.begin(), aliases.end());
                if (e.form == EntityForm::Named) merged.form = EntityForm::Named;
            }
            for (auto& [article, e] : perArticle) {
                std::sort(e.mentions.begin(), e.mentions.end(),
                          [](const Span& a, const Span& b) { return a.begin < b.begin; });
                e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()),
                                 e.mentions.end());
                out[article].push_back(std::move(e));
            }
        }
        for (std::size_t a = 0; a < articles_.size(); ++a) {
            articles_[a].entities = std::move(out[a]);
            for (auto& figure : articles_[a].figures) {
                for (auto& reporter : figure.reporters) {
                    if (auto it = renames[a].find(reporter.name); it != renames[a].end()) {
                        reporter.name = it->second;
                    }
                }
                // Two reporters renamed to one entity are one reporter.
                std::vector<ReportedBy> unique;
                for (auto& reporter : figure.reporters) {
                    const bool seen = std::any_of(unique.begin(), unique.end(), [&](const ReportedBy& r) {
                        return r.name == reporter.name;
                    });
                    if (!seen) unique.push_back(std::move(reporter));
                }
                figure.reporters = std::move(unique);
                if (auto it = renames[a].find(figure.place); it != renames[a].end()) {
                    figure.place = it->second;
                }
            }
        }
    }

    std::vector<ArticleFacts>& articles_;
    const EntityLexicons& lexicons_;
    std::vector<Item> items_;
    UnionFind sets_;
    std::set<std::size_t> dropped_;
};

}  // namespace

void resolveEntities(std::vector<ArticleFacts>& articles) { Resolver(articles).run(); }

}  // namespace newsgraph::parser
