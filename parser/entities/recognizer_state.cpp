#include "parser/entities/recognizer_state.h"

#include <algorithm>
#include <map>
#include <set>

#include "graph/name_index.h"
#include "parser/entities/person_name.h"
#include "parser/text/name_words.h"

namespace newsgraph::parser {

namespace {

using graph::NodeKind;
using graph::normaliseName;

std::string dropLeadingThe(std::string s) {
    if (s.rfind("the ", 0) == 0 || s.rfind("The ", 0) == 0) s.erase(0, 4);
    return s;
}

}  // namespace

Span RecognizerState::spanOf(std::size_t begin, std::size_t end) const {
    const auto& tokens = layer_.tokens();
    return {tokens[begin].span.begin, tokens[end - 1].span.end};
}

std::string RecognizerState::textOf(std::size_t begin, std::size_t end) const {
    return layer_.display(spanOf(begin, end));
}

bool RecognizerState::reportingContext(std::size_t begin, std::size_t end) const {
    const auto& tokens = layer_.tokens();
    if (begin >= sentenceBegin_ + 2 && foldCase(tokens[begin - 2].text) == "according" &&
        tokens[begin - 1].text == "to") {
        return true;
    }
    for (std::size_t k = end; k < sentenceEnd_ && k < end + 3; ++k) {
        if (lexicons_.reportingVerbs.contains(tokens[k].text)) return true;
        if (tokens[k].kind != TokenKind::Word || tokens[k].capitalised()) break;
    }
    return false;
}

std::optional<std::size_t> RecognizerState::findEntity(NodeKind kind,
                                                       const std::string& name) const {
    const std::string key = normaliseName(name);
    keys_.resize(entities_.size());
    for (std::size_t i = 0; i < entities_.size(); ++i) {
        const EntityFact& e = entities_[i];
        if (e.kind != kind) continue;
        // Normalised names are cached until the entity's name or aliases change.
        NameKeys& cached = keys_[i];
        if (cached.name != e.name || cached.aliasCount != e.aliases.size()) {
            cached.name = e.name;
            cached.aliasCount = e.aliases.size();
            cached.keys = {normaliseName(e.name)};
            for (const auto& alias : e.aliases) cached.keys.push_back(normaliseName(alias));
        }
        for (const auto& k : cached.keys) {
            if (k == key) return i;
        }
        if (acronyms_[i] == name) return i;
    }
    return std::nullopt;
}

std::vector<std::size_t> RecognizerState::actorsBySurname(const std::string& word) const {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < entities_.size(); ++i) {
        const EntityFact& e = entities_[i];
        if (e.kind != NodeKind::Actor || e.form != EntityForm::Named) continue;
        if (isNamePart(e.name, word)) found.push_back(i);
    }
    return found;
}

std::size_t RecognizerState::sentenceOf(Span span) const {
    const auto& sentences = layer_.sentences();
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        if (span.begin >= sentences[s].span.begin && span.end <= sentences[s].span.end) return s;
    }
    return kNone;
}

std::size_t RecognizerState::pickNamesake(const std::vector<std::size_t>& candidates,
                                          Span span) const {
    // Two people share the word ("Kim"): prefer the one named before in a sentence with
    // the other people of this sentence ("Lee and Kim" after "Lee X and Kim Y"), else the
    // one named first.
    const std::size_t here = sentenceOf(span);
    std::set<std::size_t> others;
    for (std::size_t i = 0; i < entities_.size(); ++i) {
        if (entities_[i].kind != NodeKind::Actor ||
            std::find(candidates.begin(), candidates.end(), i) != candidates.end()) {
            continue;
        }
        for (const auto& m : entities_[i].mentions) {
            if (sentenceOf(m) == here) others.insert(i);
        }
    }
    std::size_t best = candidates.front();
    std::size_t bestScore = 0;
    for (std::size_t c : candidates) {
        std::size_t score = 0;
        for (const auto& m : entities_[c].mentions) {
            const std::size_t s = sentenceOf(m);
            for (std::size_t o : others) {
                for (const auto& om : entities_[o].mentions) score += sentenceOf(om) == s;
            }
        }
        if (score > bestScore) {
            best = c;
            bestScore = score;
        }
    }
    return best;
}

std::size_t RecognizerState::addEntity(NodeKind kind, const std::string& name, EntityForm form) {
    if (auto found = findEntity(kind, name)) {
        EntityFact& e = entities_[*found];
        if (e.form != EntityForm::Named && form == EntityForm::Named) {
            // A fuller name arrives for what was only an acronym or a description.
            e.aliases.push_back(e.name);
            e.name = name;
            e.form = form;
        }
        return *found;
    }
    if (heading_ && kind != NodeKind::Place) return kNone;  // headings only repeat the body
    EntityFact e;
    e.kind = kind;
    e.name = name;
    e.form = form;
    entities_.push_back(std::move(e));
    acronyms_.emplace_back();
    return entities_.size() - 1;
}

void RecognizerState::addMention(std::size_t entity, Span span, const std::string& surface,
                                 std::size_t tokenBegin, std::size_t tokenEnd) {
    if (entity == kNone) return;
    EntityFact& e = entities_[entity];
    if (std::find(e.mentions.begin(), e.mentions.end(), span) == e.mentions.end()) {
        e.mentions.push_back(span);
    }
    // "the North" keeps its article: without it the alias would be a compass word.
    const std::string alias = surface.find(' ') == surface.rfind(' ') && surface.size() > 4 &&
                                      surface.rfind("the ", 0) == 0
                                  ? surface
                                  : dropLeadingThe(surface);
    const std::string key = normaliseName(alias);
    bool known = key.empty() || normaliseName(e.name) == key;
    for (const auto& a : e.aliases) known = known || a == alias;
    if (!known) e.aliases.push_back(alias);
    records_.push_back({entity, tokenBegin, tokenEnd});
}

std::size_t RecognizerState::addPlace(const PlaceEntry& place, std::size_t begin, std::size_t end) {
    std::size_t entity = addEntity(NodeKind::Place, place.name, EntityForm::Named);
    entities_[entity].country = place.country;
    if (!place.country.empty()) lastCountry_ = place.country;
    // "Kursk region", "Kursk border region", "Kursk Oblast": a longer name for the place.
    const auto& tokens = layer_.tokens();
    std::size_t last = end;
    for (std::size_t n = 2; n >= 1; --n) {
        if (end + n > sentenceEnd_) continue;
        bool words = true;
        for (std::size_t k = end; k < end + n; ++k)
            words = words && tokens[k].kind == TokenKind::Word;
        // A plural ("Kursk and Belgorod regions") names more than this place.
        const std::string head = textOf(end, end + n);
        const bool plural = head.size() > 3 && head.back() == 's' &&
                            (lexicons_.placeHeads.contains(head.substr(0, head.size() - 1)) ||
                             (head.ends_with("ies") &&
                              lexicons_.placeHeads.contains(head.substr(0, head.size() - 3) + "y")));
        if (words && !plural && lexicons_.placeHeads.contains(head)) {
            last = end + n;
            break;
        }
    }
    addMention(entity, spanOf(begin, last), textOf(begin, last), begin, last);
    if (last > end) resumeAt_ = last;
    return entity;
}

std::size_t RecognizerState::addAgency(std::size_t begin, std::size_t end,
                                       std::string country) {
    const std::string name = textOf(begin, end);
    std::size_t entity = addEntity(NodeKind::Agency, name, EntityForm::Named);
    if (entity == kNone) return entity;
    EntityFact& e = entities_[entity];
    if (e.category.empty()) e.category = lexicons_.categoryOf(name);
    if (e.country.empty()) e.country = country;
    addMention(entity, spanOf(begin, end), name, begin, end);
    // "National Intelligence Service (NIS)": the acronym defined beside the name.
    const auto& tokens = layer_.tokens();
    // A short name in brackets ("(Basarnas)", "(Senapred)") is one too; a place is not
    // ("Ministry of Health (Gaza)").
    const bool shortName = end + 2 < sentenceEnd_ && tokens[end + 1].kind == TokenKind::Word &&
                           tokens[end + 1].capitalised() && tokens[end + 1].text.size() >= 3 &&
                           !lexicons_.gazetteer.find(tokens[end + 1].text) &&
                           !lexicons_.notNames.contains(tokens[end + 1].text);
    if (end + 2 < sentenceEnd_ && tokens[end].isPunct("(") &&
        (tokens[end + 1].allCaps() || shortName) && tokens[end + 2].isPunct(")")) {
        acronyms_[entity] = std::string(tokens[end + 1].text);
        addMention(entity, tokens[end + 1].span, acronyms_[entity], end + 1, end + 2);
        resumeAt_ = end + 3;
    }
    return entity;
}

void RecognizerState::addDescriptive(std::size_t begin, std::size_t end, const std::string& country,
                                     std::string category) {
    const bool aliasOnly = category.size() > 6 && category.ends_with("|alias");
    if (aliasOnly) category.resize(category.size() - 6);
    const std::string surface = dropLeadingThe(textOf(begin, end));
    // "the country's health ministry" is named after its country: "Paraguay's health
    // ministry".
    std::string name = surface;
    for (const char* pronoun : {"country's ", "nation's ", "territory's ", "country\u2019s ", "nation\u2019s ",
                                "territory\u2019s "}) {
        const std::string prefix(pronoun);
        if (foldCase(surface.substr(0, prefix.size())) == prefix && !country.empty()) {
            const std::string countryName = lexicons_.gazetteer.countryName(country);
            if (!countryName.empty()) name = countryName + "'s " + surface.substr(prefix.size());
        }
    }
    std::size_t entity = kNone;
    for (std::size_t i = 0; i < entities_.size(); ++i) {
        for (const auto& alias : entities_[i].aliases) {
            if (alias == surface) entity = i;
        }
        if (entities_[i].name == surface || entities_[i].name == name) entity = i;
    }
    if (entity == kNone) {
        if (heading_) return;
        EntityFact e;
        e.kind = NodeKind::Agency;
        e.name = name;
        e.form = EntityForm::Descriptive;
        e.country = country;
        e.category = category;
        entities_.push_back(std::move(e));
        acronyms_.emplace_back();
        entity = entities_.size() - 1;
    }
    if (!aliasOnly && reportingContext(begin, end)) entities_[entity].isSource = true;
    // The mention keeps its span; "country's ..." is no alias (it would join the health
    // ministries of every country across articles).
    addMention(entity, spanOf(begin, end), name, begin, end);
    resumeAt_ = std::max(resumeAt_, end);
    // "Chile's disaster agency, Senapred, ...": a lone name set beside the description
    // is the body's name.
    const auto& tokens = layer_.tokens();
    if (end + 2 < sentenceEnd_ && tokens[end].isPunct(",") && tokens[end + 1].capitalised() &&
        tokens[end + 1].kind == TokenKind::Word && !tokens[end + 1].allCaps() &&
        (tokens[end + 2].isPunct(",") || tokens[end + 2].isPunct(".")) &&
        !lexicons_.notNames.contains(tokens[end + 1].text) &&
        !lexicons_.gazetteer.find(tokens[end + 1].text)) {
        addAgency(end + 1, end + 2, country);
        resumeAt_ = std::max(resumeAt_, end + 2);
    }
}

void RecognizerState::linkBracketedNames() {
    // "the Hellenic Coast Guard (Limeniko Soma)": a name in brackets right after a body's
    // gives its other name, often the local-language one. A place in brackets qualifies
    // the body ("Ministry of Health (Gaza)") and a person is its spokesman: neither joins.
    const auto& tokens = layer_.tokens();
    for (std::size_t i = 0; i + 1 < records_.size(); ++i) {
        const Record& a = records_[i];
        for (std::size_t j = i + 1; j < records_.size(); ++j) {
            const Record& b = records_[j];
            if (b.tokenBegin != a.tokenEnd + 1) continue;
            if (b.entity == a.entity || b.tokenEnd >= tokens.size() ||
                !tokens[a.tokenEnd].isPunct("(") || !tokens[b.tokenEnd].isPunct(")")) {
                continue;
            }
            EntityFact& body = entities_[a.entity];
            EntityFact& other = entities_[b.entity];
            const bool nameOnly = other.form == EntityForm::Named &&
                                  (other.kind == NodeKind::Agency ||
                                   (other.kind == NodeKind::Actor && other.role.empty()));
            if (body.kind != NodeKind::Agency || body.form != EntityForm::Named || !nameOnly) continue;
            body.aliases.push_back(other.name);
            for (const auto& alias : other.aliases) body.aliases.push_back(alias);
            for (const auto& m : other.mentions) body.mentions.push_back(m);
            other.mentions.clear();
            for (Record& r : records_) {
                if (r.entity == b.entity) r.entity = a.entity;
            }
        }
    }
}

void RecognizerState::joinPlaceInitials() {
    for (std::size_t a = 0; a < entities_.size(); ++a) {
        EntityFact& acronym = entities_[a];
        if (acronym.kind != NodeKind::Agency || acronym.form != EntityForm::Acronym ||
            acronym.mentions.empty()) {
            continue;
        }
        for (std::size_t p = 0; p < entities_.size(); ++p) {
            EntityFact& place = entities_[p];
            if (place.kind != NodeKind::Place || place.mentions.empty() ||
                words(place.name).size() < 2 || initials(place.name) != acronym.name ||
                !lexicons_.gazetteer.find(place.name)) {
                continue;
            }
            place.aliases.push_back(acronym.name);
            for (const auto& m : acronym.mentions) place.mentions.push_back(m);
            acronym.mentions.clear();
            for (Record& r : records_) {
                if (r.entity == a) r.entity = p;
            }
            break;
        }
    }
}

void RecognizerState::linkAppositives() {
    // "<description>, the <Name>" and "<Name>, <description>": one body.
    const auto& tokens = layer_.tokens();
    std::vector<std::pair<std::size_t, std::size_t>> merges;  // descriptive -> named
    std::vector<Record> agencies;
    for (const Record& r : records_) {
        if (entities_[r.entity].kind != NodeKind::Agency) continue;
        // A description spans the place inside it: keep the outer record only.
        if (!agencies.empty() && agencies.back().tokenBegin == r.tokenBegin) agencies.pop_back();
        agencies.push_back(r);
    }
    for (std::size_t i = 0; i + 1 < agencies.size(); ++i) {
        const Record& a = agencies[i];
        const Record& b = agencies[i + 1];
        if (a.entity == b.entity || a.tokenEnd >= tokens.size()) continue;
        const EntityFact& ea = entities_[a.entity];
        const EntityFact& eb = entities_[b.entity];
        if (ea.kind != NodeKind::Agency || eb.kind != NodeKind::Agency) continue;
        std::size_t gap = b.tokenBegin - a.tokenEnd;
        // "Turkey's disaster agency AFAD": a description right before the name also counts.
        const bool adjacent = gap == 0 && ea.form == EntityForm::Descriptive;
        const bool comma = gap >= 1 && tokens[a.tokenEnd].isPunct(",");
        const bool the = gap == 2 && foldCase(tokens[a.tokenEnd + 1].text) == "the";
        if (!adjacent && (!comma || (gap != 1 && !the))) continue;
        if (ea.form == EntityForm::Descriptive && eb.form != EntityForm::Descriptive) {
            merges.emplace_back(a.entity, b.entity);
        } else if (eb.form == EntityForm::Descriptive && ea.form != EntityForm::Descriptive) {
            merges.emplace_back(b.entity, a.entity);
        }
    }
    for (auto [from, to] : merges) {
        EntityFact& d = entities_[from];
        EntityFact& n = entities_[to];
        if (d.mentions.empty()) continue;
        if (n.country.empty()) n.country = d.country;
        n.aliases.push_back(d.name);
        for (const auto& a : d.aliases) n.aliases.push_back(a);
        for (const auto& m : d.mentions) n.mentions.push_back(m);
        d.mentions.clear();
    }
}

void RecognizerState::resolveDescriptions() {
    // A description whose place and kind fit exactly one named body of this article.
    for (auto& d : entities_) {
        if (d.form != EntityForm::Descriptive || d.mentions.empty()) continue;
        EntityFact* target = nullptr;
        int matches = 0;
        for (auto& n : entities_) {
            if (n.kind != NodeKind::Agency || n.form == EntityForm::Descriptive) continue;
            if (n.country == d.country && n.category == d.category && !d.country.empty()) {
                target = &n;
                ++matches;
            }
        }
        if (matches != 1) continue;
        target->aliases.push_back(d.name);
        for (const auto& m : d.mentions) target->mentions.push_back(m);
        d.mentions.clear();
    }
}

void RecognizerState::resolveSingles() {
    for (const auto& single : singles_) {
        const std::vector<std::size_t> namesakes = actorsBySurname(single.word);
        if (namesakes.empty() && !single.reporting && single.role.empty()) continue;
        // "Palestinians said", "Democrats said": a plural group, not a person known by one
        // name (a surname ending in -s speaks after its full name, as a namesake).
        if (namesakes.empty() && single.role.empty() && single.word.size() > 3 &&
            single.word.back() == 's') {
            continue;
        }
        std::size_t entity;
        if (!namesakes.empty()) {
            entity = pickNamesake(namesakes, single.span);
        } else {
            heading_ = false;
            entity = addEntity(NodeKind::Actor, single.word, EntityForm::SingleName);
        }
        EntityFact& e = entities_[entity];
        if (e.role.empty()) e.role = single.role;
        if (std::find(e.mentions.begin(), e.mentions.end(), single.span) == e.mentions.end()) {
            e.mentions.push_back(single.span);
        }
        if (e.name != single.word &&
            std::find(e.aliases.begin(), e.aliases.end(), single.word) == e.aliases.end()) {
            e.aliases.push_back(single.word);
        }
    }
}

// A place name of several countries is the one of the country the article is about:
// "Valencia" beside "Spain", "Paiporta" and "Spanish troops" is the Spanish city, not
// the larger Venezuelan one the gazetteer ranks first. The article's country, for each
// place, is the one its other entities name most (mentions of places, and bodies tied to
// a country), when it leads the next by two or more.
void RecognizerState::placeCountriesInContext() {
    std::map<std::string, std::size_t> weight;
    auto weightOf = [](const EntityFact& e) { return std::max<std::size_t>(1, e.mentions.size()); };
    for (const auto& e : entities_) {
        if (!e.country.empty()) weight[e.country] += weightOf(e);
    }
    std::vector<std::pair<std::size_t, std::string>> moves;
    for (std::size_t i = 0; i < entities_.size(); ++i) {
        const EntityFact& e = entities_[i];
        if (e.kind != NodeKind::Place || e.country.empty()) continue;
        const PlaceEntry* ranked = lexicons_.gazetteer.find(e.name);
        // Only a city or region as the gazetteer ranks it; never a country.
        if (!ranked || ranked->kind == PlaceKind::Country || ranked->country != e.country) continue;
        std::string top;
        std::size_t best = 0, second = 0;
        for (const auto& [country, total] : weight) {
            const std::size_t w = total - (country == e.country ? weightOf(e) : 0);
            if (w > best) {
                second = best;
                best = w;
                top = country;
            } else if (w > second) {
                second = w;
            }
        }
        if (top.empty() || top == e.country || best < second + 2) continue;
        if (lexicons_.gazetteer.findIn(e.name, top)) moves.emplace_back(i, top);
    }
    for (const auto& [i, country] : moves) entities_[i].country = country;
}

std::vector<EntityFact> RecognizerState::finish() {
    findGovernmentBodies();
    linkBracketedNames();
    joinPlaceInitials();
    linkAppositives();
    resolveDescriptions();
    resolveSingles();
    placeCountriesInContext();
    std::vector<EntityFact> out;
    for (std::size_t i = 0; i < entities_.size(); ++i) {
        EntityFact& e = entities_[i];
        if (e.mentions.empty()) continue;
        if (!acronyms_[i].empty() &&
            std::find(e.aliases.begin(), e.aliases.end(), acronyms_[i]) == e.aliases.end()) {
            e.aliases.push_back(acronyms_[i]);
        }
        std::sort(e.mentions.begin(), e.mentions.end(),
                  [](const Span& a, const Span& b) { return a.begin < b.begin; });
        std::sort(e.aliases.begin(), e.aliases.end());
        e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
        std::erase(e.aliases, e.name);
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace newsgraph::parser
