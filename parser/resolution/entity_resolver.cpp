#include "parser/resolution/entity_resolver.h"

#include "parser/entities/person_name.h"
#include "parser/resolution/resolver.h"
#include "parser/resolution/story.h"
#include "parser/text/lexicon.h"

namespace newsgraph::parser {

namespace resolution_detail {

void Resolver::run() {
    placesNamedAsPeople();
    bodiesNamedAsPeople();
    joinByName();
    joinInvertedNames();
    joinMinistries();
    joinLocalGovernments();
    joinKindSuffixes();
    joinShortForms();
    joinShortFormsAcrossArticles();
    joinVariants();
    joinSingles();
    joinAcronyms();
    joinDescriptions();
    rewrite();
}

// Same kind and a shared name or alias (surnames of people do not count).
void Resolver::joinByName() {
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

// The corpus-wide name of a set: places keep their canonical name; otherwise the
// most frequent proper name, then the one without a possessive, then the longest.
std::string Resolver::nameOf(const std::vector<std::size_t>& members) {
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

void Resolver::rewrite() {
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
            // Each entity is read here for the last time (out replaces them below), so the
            // first of its article is moved, not copied.
            EntityFact& e = entity(i);
            renames[items_[i].article][e.name] = name;
            auto [it, inserted] = perArticle.try_emplace(items_[i].article, std::move(e));
            EntityFact& merged = it->second;
            if (!inserted) {
                merged.mentions.insert(merged.mentions.end(), e.mentions.begin(),
                                       e.mentions.end());
                if (merged.role.empty()) merged.role = e.role;
                if (merged.country.empty()) merged.country = e.country;
                merged.isSource = merged.isSource || e.isSource;
            }
            if (e.form == EntityForm::Named) merged.form = EntityForm::Named;
        }
        for (auto& [article, e] : perArticle) {
            e.name = name;
            e.aliases.assign(aliases.begin(), aliases.end());
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

}  // namespace resolution_detail

void resolveEntities(std::vector<ArticleFacts>& articles) { resolution_detail::Resolver(articles).run(); }

}  // namespace newsgraph::parser
