// Government bodies that news text names in lower case: "the Ishikawa prefectural
// government", "the Wayanad district administration", "the Interior ministry", "the
// health ministry", and "the prefectural government" of the article's region.
#include <algorithm>
#include <map>
#include <set>

#include "parser/entities/recognizer_state.h"

namespace newsgraph::parser {

namespace {

using graph::NodeKind;

// Grammar of government, not a domain list: levels of government and the nouns for its
// bodies stay in code.
const std::set<std::string> kLevels = {"prefectural", "provincial", "municipal", "district",
                                       "state",       "regional",   "county",    "city",
                                       "local",       "federal",    "central",   "national"};
const std::set<std::string> kBodies = {"government", "administration", "authorities",
                                       "authority",  "department",     "police",
                                       "council",    "office",         "ministry"};
// Levels whose body belongs to a region of the article, not to one of its towns.
const std::set<std::string> kRegionLevels = {"prefectural", "provincial", "state", "regional"};

bool isLower(const Token& t) { return t.kind == TokenKind::Word && !t.capitalised(); }

std::string titleCase(std::string word) {
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return word;
}

}  // namespace

void RecognizerState::findGovernmentBodies() {
    const auto& tokens = layer_.tokens();
    // Token -> the place entity whose mention ends there (exclusive end), and the tokens
    // some entity's mention already covers.
    std::map<std::size_t, std::pair<std::size_t, std::size_t>> placeEndingAt;     // -> entity, begin
    std::map<std::size_t, std::pair<std::size_t, std::size_t>> placeBeginningAt;  // -> entity, end
    std::vector<bool> covered(tokens.size(), false);
    for (std::size_t e = 0; e < entities_.size(); ++e) {
        for (const Span& span : entities_[e].mentions) {
            auto first = std::lower_bound(tokens.begin(), tokens.end(), span.begin,
                                          [](const Token& t, std::uint32_t b) { return t.span.begin < b; });
            const std::size_t begin = static_cast<std::size_t>(first - tokens.begin());
            std::size_t k = begin;
            for (; k < tokens.size() && tokens[k].span.end <= span.end; ++k) covered[k] = true;
            if (entities_[e].kind == NodeKind::Place && k > begin) {
                placeEndingAt[k] = {e, begin};
                placeBeginningAt[begin] = {e, k};
            }
        }
    }
    const Lexicon& departments = lexicons_.departments;
    std::map<std::string, std::size_t> regionMentions, cityMentions;
    for (const auto& e : entities_) {
        if (e.kind != NodeKind::Place) continue;
        const PlaceEntry* p = lexicons_.gazetteer.find(e.name);
        if (!p) continue;
        if (p->kind == PlaceKind::Region) regionMentions[e.name] += e.mentions.size();
        if (p->kind == PlaceKind::City || p->kind == PlaceKind::Capital) cityMentions[e.name] += e.mentions.size();
    }
    // A government body named by words [begin, end), tied to a country (a copy: adding the
    // entity may move the entity it came from).
    auto addGovernment = [&](const std::string& name, std::string country, std::size_t begin,
                             std::size_t end) {
        const std::size_t entity = addEntity(NodeKind::Agency, name, EntityForm::Named);
        if (entity == kNone) return;
        if (entities_[entity].country.empty()) entities_[entity].country = country;
        entities_[entity].category = "government";
        addMention(entity, spanOf(begin, end), textOf(begin, end), begin, end);
        for (std::size_t c = begin; c < end; ++c) covered[c] = true;
    };
    auto most = [](const std::map<std::string, std::size_t>& counts) {
        std::string best;
        std::size_t n = 0;
        for (const auto& [name, count] : counts) {
            if (count > n) best = name, n = count;
        }
        return best;
    };
    for (const Sentence& sentence : layer_.sentences()) {
        if (layer_.paragraphOf(sentence).kind != ParagraphKind::Body) continue;
        sentenceBegin_ = sentence.firstToken;
        sentenceEnd_ = sentence.endToken;
        heading_ = false;
        for (std::size_t k = sentence.firstToken; k < sentence.endToken; ++k) {
            if (covered[k]) continue;
            // "Ishikawa prefectural government", "Wayanad district administration": a
            // place, up to two lower-case words of level or portfolio, a body noun.
            if (auto place = placeEndingAt.find(k); place != placeEndingAt.end()) {
                std::size_t j = k;
                while (j < sentenceEnd_ && j < k + 2 && isLower(tokens[j]) &&
                       !kBodies.count(std::string(tokens[j].text)) &&
                       (kLevels.count(std::string(tokens[j].text)) ||
                        departments.contains(titleCase(std::string(tokens[j].text))))) {
                    ++j;
                }
                // The place's mention may hold the level already ("Wayanad district").
                bool levelInPlace = k > 0 && isLower(tokens[k - 1]) &&
                                    kLevels.count(std::string(tokens[k - 1].text)) > 0;
                // "Nepal police spokesman X": a country's police, named by the country
                // alone (a country's other bodies need a level or portfolio).
                if (j == k && tokens[k].text == "police") {
                    const PlaceEntry* entry = lexicons_.gazetteer.find(entities_[place->second.first].name);
                    levelInPlace = levelInPlace || (entry && entry->kind == PlaceKind::Country);
                }
                if ((j > k || levelInPlace) && j < sentenceEnd_ && isLower(tokens[j]) &&
                    kBodies.count(std::string(tokens[j].text))) {
                    const auto [placeEntity, begin] = place->second;
                    if (begin >= sentence.firstToken) {
                        addAgency(begin, j + 1, entities_[placeEntity].country);
                        for (std::size_t t = begin; t <= j; ++t) covered[t] = true;
                        k = j;
                        continue;
                    }
                }
            }
            // "the São Paulo governor's office": a governor heads a state or province, and
            // the office speaks for its government.
            if (auto place = placeEndingAt.find(k); place != placeEndingAt.end() && k + 2 < sentenceEnd_ &&
                tokens[k].text == "governor" && tokens[k + 1].kind == TokenKind::Possessive &&
                tokens[k + 2].text == "office" && place->second.second >= sentence.firstToken) {
                const auto [placeEntity, begin] = place->second;
                addGovernment(entities_[placeEntity].name + " state government", entities_[placeEntity].country,
                              begin, k + 3);
                k += 2;
                continue;
            }
            // "the government of the State of São Paulo", "the government of Iraq": a
            // place's government, named after it.
            if (tokens[k].text == "government" && k + 2 < sentenceEnd_ && tokens[k + 1].text == "of") {
                std::size_t at = k + 2;
                bool state = false;
                if (at + 2 < sentenceEnd_ && foldCase(tokens[at].text) == "the" &&
                    (foldCase(tokens[at + 1].text) == "state" || foldCase(tokens[at + 1].text) == "province") &&
                    tokens[at + 2].text == "of") {
                    state = true;
                    at += 3;
                }
                if (auto place = placeBeginningAt.find(at); place != placeBeginningAt.end() &&
                    place->second.second <= sentenceEnd_) {
                    const auto [placeEntity, end] = place->second;
                    const PlaceEntry* entry = lexicons_.gazetteer.find(entities_[placeEntity].name);
                    const bool region = state || (entry && entry->kind == PlaceKind::Region);
                    addGovernment(entities_[placeEntity].name + (region ? " state government" : " government"),
                                  entities_[placeEntity].country, k, end);
                    k = end - 1;
                    continue;
                }
            }
            // "the Mexican government", "Papua New Guinea's government": a country's
            // government, named by its demonym or possessive.
            if (!covered[k] && tokens[k].text == "government" && k > sentence.firstToken) {
                std::string country;
                std::size_t begin = k;
                const Token& before = tokens[k - 1];
                if (before.kind == TokenKind::Word && before.capitalised() && !covered[k - 1]) {
                    if (const std::string* place = lexicons_.gazetteer.demonym(before.text)) {
                        const PlaceEntry* entry = *place == "-" ? nullptr : lexicons_.gazetteer.find(*place);
                        if (entry && entry->kind == PlaceKind::Country) {
                            country = entry->country;
                            begin = k - 1;
                        }
                    }
                } else if (before.kind == TokenKind::Possessive) {
                    if (auto place = placeEndingAt.find(k - 1); place != placeEndingAt.end()) {
                        const EntityFact& e = entities_[place->second.first];
                        const PlaceEntry* entry = lexicons_.gazetteer.find(e.name);
                        if (entry && entry->kind == PlaceKind::Country && place->second.second >= sentence.firstToken) {
                            country = entry->country;
                            begin = place->second.second;
                        }
                    }
                }
                if (!country.empty()) {
                    const std::string name = begin == k - 1
                                                 ? std::string(before.text) + " government"
                                                 : entities_[placeEndingAt.find(k - 1)->second.first].name + " government";
                    addGovernment(name, country, begin, k + 1);
                    continue;
                }
            }
            // "the Interior ministry", "the health ministry": a portfolio and "ministry".
            const Token& t = tokens[k];
            if (t.kind == TokenKind::Word && k + 1 < sentence.endToken && !covered[k + 1] &&
                tokens[k + 1].text == "ministry" &&
                departments.contains(titleCase(std::string(t.text)))) {
                const std::string name = titleCase(std::string(t.text)) + " Ministry";
                const std::size_t entity = addEntity(NodeKind::Agency, name, EntityForm::Named);
                if (entity != kNone) {
                    entities_[entity].category = lexicons_.categoryOf(name);
                    if (entities_[entity].country.empty()) entities_[entity].country = lastCountry_;
                    addMention(entity, spanOf(k, k + 2), textOf(k, k + 2), k, k + 2);
                    covered[k] = covered[k + 1] = true;
                }
                ++k;
                continue;
            }
            // "the prefectural government", "the state government", "the State's
            // government": the government of the region (or town) the article names most.
            const bool statePossessive = foldCase(t.text) == "state" && k + 2 < sentence.endToken &&
                                         tokens[k + 1].kind == TokenKind::Possessive &&
                                         tokens[k + 2].text == "government";
            if (k > sentence.firstToken && foldCase(tokens[k - 1].text) == "the" &&
                ((isLower(t) && kLevels.count(std::string(t.text)) && k + 1 < sentence.endToken &&
                  tokens[k + 1].text == "government") ||
                 statePossessive)) {
                const std::size_t last = statePossessive ? k + 2 : k + 1;
                const std::string level = foldCase(t.text);
                const bool regional = kRegionLevels.count(level) > 0;
                const bool municipal = level == "municipal" || level == "city";
                // A place of that level in the same sentence, else the one the article
                // names most.
                std::string place;
                for (const auto& [end, mention] : placeEndingAt) {
                    if (mention.second < sentence.firstToken || end > sentence.endToken) continue;
                    const PlaceEntry* p = lexicons_.gazetteer.find(entities_[mention.first].name);
                    if (p && ((regional && p->kind == PlaceKind::Region) ||
                              (municipal && (p->kind == PlaceKind::City || p->kind == PlaceKind::Capital)))) {
                        place = entities_[mention.first].name;
                    }
                }
                if (place.empty()) place = regional ? most(regionMentions) : municipal ? most(cityMentions) : "";
                if (place.empty()) continue;
                const std::string name = place + " " + level + " government";
                const std::size_t entity = addEntity(NodeKind::Agency, name, EntityForm::Named);
                if (entity == kNone) continue;
                addMention(entity, spanOf(k, last + 1), textOf(k, last + 1), k, last + 1);
                for (std::size_t c = k; c <= last; ++c) covered[c] = true;
                k = last;
            }
        }
    }
}

}  // namespace newsgraph::parser
