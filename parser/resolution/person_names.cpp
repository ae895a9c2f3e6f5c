// Resolver (resolver.h): joining the names of one person, and names read as people.
#include "parser/resolution/resolver.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "parser/entities/person_name.h"
#include "parser/text/lexicon.h"

namespace newsgraph::parser::resolution_detail {

// "Maganja da Costa" is a place where the text says so ("the districts of ..."); where
// another article names it with no sign of a person (no role, never a source), the
// same multi-word name is that place too.
void Resolver::placesNamedAsPeople() {
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

// The agencies named in the sentences where an entity is mentioned.
std::set<std::size_t> Resolver::neighbours(std::size_t item) {
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

void Resolver::joinVariants() {
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

namespace {

// "PK Jena" and "Pradeep Jena": the same surname, and initials (two or three capitals)
// where the other name has a given name that the first initial opens.
bool initialsOf(const std::string& a, const std::string& b) {
    const std::size_t sa = a.find(' '), sb = b.find(' ');
    if (sa == std::string::npos || sb == std::string::npos || a.substr(sa) != b.substr(sb)) return false;
    std::string initials;
    for (char c : a.substr(0, sa)) {
        if (c != '.') initials += c;
    }
    const std::string given = b.substr(0, sb);
    if (initials.size() < 2 || initials.size() > 3 || given.size() < 3) return false;
    if (!std::all_of(initials.begin(), initials.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
    return given[0] == initials[0] && std::islower(static_cast<unsigned char>(given[1]));
}

// Whether one word is the other with one letter added anywhere.
bool oneLetterMore(const std::string& a, const std::string& b) {
    const std::string& longer = a.size() > b.size() ? a : b;
    const std::string& shorter = a.size() > b.size() ? b : a;
    if (longer.size() != shorter.size() + 1) return false;
    std::size_t i = 0;
    while (i < shorter.size() && shorter[i] == longer[i]) ++i;
    return shorter.compare(i, std::string::npos, longer, i + 1, std::string::npos) == 0;
}

}  // namespace

bool Resolver::similarPeople(std::size_t a, std::size_t b) {
    if (sets_.find(a) == sets_.find(b)) return false;
    const bool initials = initialsOf(entity(a).name, entity(b).name) || initialsOf(entity(b).name, entity(a).name);
    auto [ga, gb] = givenNames(entity(a).name, entity(b).name);
    if (!initials) {
        if (ga.size() < 3 || gb.size() < 3) return false;
        const double similarity =
            1.0 - double(graph::editDistance(ga, gb)) / double(std::max(ga.size(), gb.size()));
        if (similarity < kGivenNameSimilarity) return false;
    }
    // Initials are weaker evidence than a spelling: both must hold one office ("Chief
    // Secretary PK Jena", "Odisha's Chief Secretary Pradeep Jena").
    if (initials) {
        const auto wa = words(foldCase(entity(a).role)), wb = words(foldCase(entity(b).role));
        const std::set<std::string> sa(wa.begin(), wa.end());
        return !sameArticleConflict(a, b) &&
               std::any_of(wb.begin(), wb.end(), [&](const std::string& w) {
                   return sa.count(w) && lexicons_.titles.contains(w);
               });
    }
    const std::string ra = lexicons_.roleClass(entity(a).role);
    const std::string rb = lexicons_.roleClass(entity(b).role);
    if ((!ra.empty() && !rb.empty() && ra != rb) || sameArticleConflict(a, b)) return false;
    if (!ra.empty() && ra == rb) return true;
    // "Firas Abiad" and "Firass Abiad", "Mohamed" and "Mohammed" in one story: a given
    // name with one letter more is a spelling of it ("Dana" and "Dina" are two names).
    if (!initials && oneLetterMore(ga, gb) && std::min(ga.size(), gb.size()) >= 4 &&
        stories()[items_[a].article] == stories()[items_[b].article]) {
        return true;
    }
    std::set<std::size_t> na = neighbours(a), nb = neighbours(b), shared;
    std::set_intersection(na.begin(), na.end(), nb.begin(), nb.end(),
                          std::inserter(shared, shared.begin()));
    return !shared.empty();
}

// Two different people of one article stay apart, whatever their names.
bool Resolver::sameArticleConflict(std::size_t a, std::size_t b) {
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

void Resolver::joinSingles() {
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

}  // namespace newsgraph::parser::resolution_detail
