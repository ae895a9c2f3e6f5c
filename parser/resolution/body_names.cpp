// Resolver (resolver.h): joining the names of one body.
#include "parser/resolution/resolver.h"

#include <algorithm>
#include <set>
#include <string_view>

#include "parser/resolution/ministry.h"
#include "parser/resolution/story.h"
#include "parser/text/lexicon.h"

namespace newsgraph::parser::resolution_detail {

// A body's other name ("Limeniko Soma", given in brackets beside "Hellenic Coast
// Guard" in one article) read as a person's where it stands alone: with no role, it
// is that body.
void Resolver::bodiesNamedAsPeople() {
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
std::string Resolver::invertedName(const std::string& name) const {
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

// The country of the place a dateline names ("AMMAN - ...", "CAIRO: ..."): a place
// written in capitals at a line's start, then a dash, colon or comma; empty when none.
std::string Resolver::datelineCountry(std::size_t article) const {
    const std::string& text = articles_[article].article.text;
    for (const auto& e : articles_[article].entities) {
        if (e.kind != NodeKind::Place || e.country.empty()) continue;
        for (const Span& m : e.mentions) {
            if (m.end > text.size() || m.end - m.begin < 4) continue;
            if (m.begin > 0 && text[m.begin - 1] != '\n') continue;
            const std::string_view name(text.data() + m.begin, m.end - m.begin);
            if (std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
            std::size_t k = m.end;
            while (k < text.size() && text[k] == ' ') ++k;
            const std::string_view rest(text.data() + k, text.size() - k);
            if (rest.starts_with("-") || rest.starts_with(":") || rest.starts_with(",") ||
                rest.starts_with("\u2014") || rest.starts_with("\u2013")) {
                return e.country;
            }
        }
    }
    return {};
}

const std::vector<std::size_t>& Resolver::stories() {
    if (stories_.empty() && !articles_.empty()) stories_ = groupStories(articles_);
    return stories_;
}

// The country of an article's dateline, else the country most of its place mentions are
// in; empty when it names none. A body named bare in a report filed from Amman ("the
// Ministry of Foreign Affairs") is Jordan's, whatever other countries the report names.
const std::string& Resolver::mainCountry(std::size_t article) {
    if (mainCountryKnown_.empty()) {
        mainCountryKnown_.assign(articles_.size(), false);
        mainCountries_.assign(articles_.size(), std::string());
    }
    if (mainCountryKnown_[article]) return mainCountries_[article];
    mainCountryKnown_[article] = true;
    if (std::string dateline = datelineCountry(article); !dateline.empty()) {
        return mainCountries_[article] = dateline;
    }
    std::map<std::string, std::size_t> count;
    for (const auto& e : articles_[article].entities) {
        if (e.kind == NodeKind::Place && !e.country.empty()) count[e.country] += e.mentions.size();
    }
    std::string& best = mainCountries_[article];
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
void Resolver::joinInvertedNames() {
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
        const std::string& country = mainCountry(items_[i].article);
        for (std::size_t j : it->second) {
            if (items_[j].article == items_[i].article ||
                (!country.empty() && mainCountry(items_[j].article) == country)) {
                sets_.join(i, j);
            }
        }
    }
}

std::string Resolver::portfolioOf(const std::string& name) const {
    return ministryPortfolio(name, lexicons_.gazetteer);
}

// One country's ministry of one portfolio is one body in one story: "Ministry of
// Health", "Health Ministry", "the health ministry", "Zambian Health Ministry" (the
// country from the body's own demonym or possessive, else its article's).
void Resolver::joinMinistries() {
    const std::vector<std::size_t>& story = stories();
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
void Resolver::joinShortForms() {
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
                if (l == s) continue;
                const auto prefix = prefixBefore(words(entity(l).name), shortWords);
                if (!prefix) continue;
                // What the long name adds is a place ("Kherson") or a demonym.
                if (!loneHead && !lexicons_.gazetteer.find(*prefix) &&
                    !lexicons_.gazetteer.demonym(*prefix) && !hasPlaceNamed(article, *prefix)) {
                    continue;
                }
                found = l;
                ++count;
            }
            if (count == 1) sets_.join(s, found);
        }
    }
}

// The country a name's prefix ties it to ("Hellenic", "Lebanese", "Greece"): an ISO
// code, or empty when the prefix is no country's.
std::string Resolver::countryOfPrefix(const std::string& prefix) const {
    const PlaceEntry* place = nullptr;
    if (const std::string* demonym = lexicons_.gazetteer.demonym(prefix)) {
        place = lexicons_.gazetteer.find(*demonym);
    } else {
        place = lexicons_.gazetteer.find(prefix);
    }
    return place ? place->country : std::string();
}

// "the Coast Guard" in one report, "the Hellenic Coast Guard" in another of its story:
// a short name with no long form in its own article is the one body of the story whose
// name adds to it only a demonym or place of the article's own country. Two such bodies
// ("Italian Coast Guard", "Hellenic Coast Guard") leave it alone.
void Resolver::joinShortFormsAcrossArticles() {
    // By distinct name: a story restated in thousands of articles names few bodies.
    struct Name {
        std::vector<std::string> words;
        std::vector<std::size_t> items;
        std::set<std::size_t> articles;
    };
    const std::vector<std::size_t>& story = stories();
    std::map<std::size_t, std::map<std::string, Name>> byStory;
    for (std::size_t i = 0; i < items_.size(); ++i) {
        if (entity(i).kind != NodeKind::Agency || entity(i).form != EntityForm::Named) continue;
        Name& name = byStory[story[items_[i].article]][normaliseName(entity(i).name)];
        if (name.items.empty()) name.words = words(entity(i).name);
        name.items.push_back(i);
        name.articles.insert(items_[i].article);
    }
    for (const auto& [storyId, names] : byStory) {
        for (const auto& [shortKey, shortName] : names) {
            const auto& shortWords = shortName.words;
            if (shortWords.size() < 2) continue;
            // The longer names ending with this one, and the country each ties it to.
            std::vector<std::pair<const Name*, std::string>> longer;
            for (const auto& [longKey, longName] : names) {
                if (const auto prefix = prefixBefore(longName.words, shortWords)) {
                    longer.emplace_back(&longName, countryOfPrefix(*prefix));
                }
            }
            if (longer.empty()) continue;
            for (std::size_t s : shortName.items) {
                const std::string& country = mainCountry(items_[s].article);
                if (country.empty()) continue;
                const Name* found = nullptr;
                std::size_t count = 0;
                bool ownArticle = false;
                for (const auto& [name, nameCountry] : longer) {
                    ownArticle = ownArticle || name->articles.count(items_[s].article) > 0;
                    if (nameCountry == country) found = name, ++count;
                }
                if (!ownArticle && count == 1) sets_.join(s, found->items.front());
            }
        }
    }
}

bool Resolver::hasPlaceNamed(std::size_t article, const std::string& name) const {
    for (const auto& e : articles_[article].entities) {
        if (e.kind == NodeKind::Place && e.name == name) return true;
    }
    return false;
}

void Resolver::joinAcronyms() {
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

void Resolver::joinDescriptions() {
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

// "the Wayanad district administration" and "the Wayanad district authorities": one
// place's government at one level, whichever noun names it, in one story.
void Resolver::joinLocalGovernments() {
    static const std::set<std::string> kLevels = {"prefectural", "provincial", "municipal",
                                                  "district",    "state",      "regional",
                                                  "county",      "city"};
    static const std::set<std::string> kNouns = {"government", "administration", "authorities",
                                                 "authority"};
    const std::vector<std::size_t>& story = stories();
    std::map<std::tuple<std::size_t, std::string, std::string>, std::size_t> seen;
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const EntityFact& e = entity(i);
        if (e.kind != NodeKind::Agency) continue;
        const auto w = words(e.name);
        if (w.size() < 3 || !kNouns.count(w.back()) || !kLevels.count(w[w.size() - 2])) continue;
        std::string place;
        for (std::size_t k = 0; k + 2 < w.size(); ++k) place += (place.empty() ? "" : " ") + w[k];
        auto [it, inserted] =
            seen.emplace(std::make_tuple(story[items_[i].article], foldCase(place), w[w.size() - 2]), i);
        if (!inserted) sets_.join(it->second, i);
    }
}

// "the Libyan Red Crescent" and "the Libyan Red Crescent Society": a name and the same
// name with the word for its kind of body after it, in one story.
void Resolver::joinKindSuffixes() {
    static const std::set<std::string> kSuffixes = {"Society", "Organisation", "Organization",
                                                    "Association", "Movement"};
    const std::vector<std::size_t>& story = stories();
    std::map<std::pair<std::size_t, std::string>, std::size_t> byName;
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const EntityFact& e = entity(i);
        if (e.kind == NodeKind::Agency && e.form == EntityForm::Named) {
            byName.emplace(std::make_pair(story[items_[i].article], normaliseName(e.name)), i);
        }
    }
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const EntityFact& e = entity(i);
        if (e.kind != NodeKind::Agency || e.form != EntityForm::Named) continue;
        const auto space = e.name.find_last_of(' ');
        if (space == std::string::npos || !kSuffixes.count(e.name.substr(space + 1))) continue;
        auto it = byName.find({story[items_[i].article], normaliseName(e.name.substr(0, space))});
        if (it != byName.end()) sets_.join(it->second, i);
    }
}

}  // namespace newsgraph::parser::resolution_detail
