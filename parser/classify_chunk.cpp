// What a name chunk names: a place, an agency, a person, or nothing.
#include <algorithm>

#include "parser/person_name.h"
#include "parser/recognizer_state.h"
#include "parser/utf8.h"

namespace newsgraph::parser {

namespace {

using graph::NodeKind;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
// A one-word city at the start of a sentence may be a capitalised common word ("Mobile");
// it counts only for a city at least this large.
constexpr std::uint32_t kSentenceStartCityPopulation = 100000;

bool isRomanNumeral(std::string_view word) {
    return !word.empty() && word.find_first_not_of("IVX") == std::string_view::npos;
}

bool hasDigit(std::string_view word) {
    return word.find_first_of("0123456789") != std::string_view::npos;
}

bool isAcronym(const Token& t) {
    return t.allCaps() && !isRomanNumeral(t.text) && !hasDigit(t.text);
}

}  // namespace

bool RecognizerState::classifyPlace(std::size_t begin, std::size_t end) {
    const PlaceEntry* place = lexicons_.gazetteer.find(textOf(begin, end));
    if (!place) return false;
    const bool sentenceStart = begin == sentenceBegin_;
    if (end - begin == 1 && sentenceStart && place->kind == PlaceKind::City &&
        place->population < kSentenceStartCityPopulation) {
        return false;
    }
    addPlace(*place, begin, end);
    const auto& tokens = layer_.tokens();
    if (end < sentenceEnd_ && tokens[end].kind == TokenKind::Possessive) {
        afterPossessive(begin, end + 1, place->country);
    }
    return true;
}

bool RecognizerState::classifyOrganisation(std::size_t begin, std::size_t end,
                                           const std::string& country) {
    const auto& tokens = layer_.tokens();
    while (begin < end && (lexicons_.notNames.contains(tokens[begin].text) ||
                           foldCase(tokens[begin].text) == "the")) {
        ++begin;
    }
    if (begin >= end || lexicons_.titles.contains(tokens[begin].text)) return false;
    const bool headLast = lexicons_.orgHeads.contains(tokens[end - 1].text) ||
                          (end - begin >= 2 && lexicons_.orgHeads.contains(textOf(end - 2, end)));
    const bool headFirst = end - begin >= 3 && lexicons_.orgHeads.contains(tokens[begin].text) &&
                           tokens[begin + 1].text == "of";
    if (!headLast && !headFirst) return false;
    // An acronym glued to the front of a longer name stays ("UN Security Council"); a
    // lone head word ("Agency") is no name.
    if (end - begin == 1) return false;
    std::string tie = country;
    for (std::size_t n = 2; n >= 1 && tie.empty(); --n) {
        if (begin + n >= end) continue;
        if (const std::string* place = lexicons_.gazetteer.demonym(textOf(begin, begin + n))) {
            if (*place != "-")
                tie = lexicons_.gazetteer.find(*place) ? lexicons_.gazetteer.find(*place)->country
                                                       : "";
        }
    }
    // "National Assembly's Intelligence Committee": a body of a body is one name.
    if (end + 1 < sentenceEnd_ && tokens[end].kind == TokenKind::Possessive &&
        tokens[end + 1].kind == TokenKind::Word && tokens[end + 1].capitalised()) {
        const std::size_t next = chunkEnd(end + 1);
        if (lexicons_.orgHeads.contains(tokens[next - 1].text)) end = next;
    }
    addAgency(begin, end, tie);
    resumeAt_ = std::max(resumeAt_, end);
    return true;
}

bool RecognizerState::classifyTitleOf(std::size_t begin, std::size_t end) {
    const auto& tokens = layer_.tokens();
    if (!lexicons_.titles.contains(tokens[begin].text) || tokens[begin + 1].text != "of") {
        return false;
    }
    std::size_t last = kNone;
    for (std::size_t k = begin + 2; k < end; ++k) {
        if (lexicons_.departments.contains(tokens[k].text)) last = k;
    }
    if (last == kNone || last + 1 >= end) return false;
    classifyPerson(last + 1, end, textOf(begin, last + 1));
    return true;
}

std::size_t RecognizerState::stripTitles(std::size_t begin, std::size_t end, std::string& role,
                                         std::string& country) const {
    bool progress = true;
    while (progress && begin < end) {
        progress = false;
        for (std::size_t n = std::min<std::size_t>(3, end - begin); n >= 1; --n) {
            const std::string words = textOf(begin, begin + n);
            if (lexicons_.titles.contains(words)) {
                role = role.empty() ? words : role + " " + words;
                begin += n;
                progress = true;
                break;
            }
            if (const std::string* place = lexicons_.gazetteer.demonym(words)) {
                country = *place;
                begin += n;
                progress = true;
                break;
            }
        }
    }
    return begin;
}

std::string RecognizerState::titleBefore(std::size_t begin) const {
    const auto& tokens = layer_.tokens();
    for (std::size_t n = 3; n >= 1; --n) {
        if (begin < sentenceBegin_ + n) continue;
        // A lower-case title ("lawmaker"), or an abbreviated one cut off by its period
        // ("Gen. Abdel Fattah al-Burhan").
        const bool abbreviated = tokens[begin - 1].isPunct(".");
        bool lower = true;
        for (std::size_t k = begin - n; k < begin; ++k) {
            const bool sentenceStart = k == sentenceBegin_;  // "Opposition leader ..."
            lower = lower && ((tokens[k].kind == TokenKind::Word &&
                               (!tokens[k].capitalised() || sentenceStart)) ||
                              abbreviated);
        }
        if (lower && lexicons_.titles.contains(textOf(begin - n, begin))) {
            return textOf(begin - n, begin);
        }
    }
    return {};
}

void RecognizerState::classifyPart(std::size_t begin, std::size_t end) {
    if (classifyPlace(begin, end) || classifyOrganisation(begin, end)) return;
    // "polling firm Datafolha": a noun for an organisation right before the name.
    for (std::size_t n = 2; n >= 1; --n) {
        if (begin < sentenceBegin_ + n) continue;
        const auto& tokens = layer_.tokens();
        if (!tokens[begin - n].capitalised() && tokens[begin - n].kind == TokenKind::Word &&
            lexicons_.orgNouns.contains(textOf(begin - n, begin)) &&
            !lexicons_.gazetteer.demonym(textOf(begin, begin + 1))) {
            addAgency(begin, end, {});
            return;
        }
    }
    std::string role, demonymPlace;
    const std::size_t rest = stripTitles(begin, end, role, demonymPlace);
    if (!demonymPlace.empty() && demonymPlace != "-") {
        if (const PlaceEntry* place = lexicons_.gazetteer.find(demonymPlace)) {
            lastCountry_ = place->country;
        }
    }
    if (rest == end) {
        if (!demonymPlace.empty() && role.empty()) {
            const PlaceEntry* place = lexicons_.gazetteer.find(demonymPlace);
            afterDemonym(begin, end, place ? place->country : "");
        }
        return;
    }
    if (role.empty()) role = titleBefore(begin);
    if (end - rest == 1) {
        classifySingle(rest, role);
    } else {
        classifyPerson(rest, end, role);
    }
}

void RecognizerState::classifyPerson(std::size_t begin, std::size_t end, std::string role) {
    const auto& tokens = layer_.tokens();
    // Acronyms and place names inside a longer capitalised run are read on their own
    // ("Intelligence Agency NIS", "Ukraine War").
    std::size_t words = 0;
    for (std::size_t k = begin; k < end; ++k) words += !isNameParticle(tokens[k].text);
    bool mixed = words > 5;
    for (std::size_t k = begin; k < end; ++k) {
        if (lexicons_.notPersonWords.contains(tokens[k].text)) mixed = true;
        if (isAcronym(tokens[k])) mixed = true;
        if (const PlaceEntry* p = lexicons_.gazetteer.find(tokens[k].text)) {
            mixed = mixed || p->kind == PlaceKind::Country || p->kind == PlaceKind::WorldRegion;
        }
        if (lexicons_.gazetteer.demonym(tokens[k].text)) mixed = true;
    }
    if (mixed) {
        for (std::size_t k = begin; k < end;) {
            // Inside a longer run, a one-word town may be a common word ("Hurricane Ian").
            std::size_t matched = 0;
            for (std::size_t n = std::min<std::size_t>(end - k, 4); n >= 1 && !matched; --n) {
                const PlaceEntry* p = lexicons_.gazetteer.find(textOf(k, k + n));
                if (p &&
                    (n > 1 || p->kind != PlaceKind::City ||
                     p->population >= kSentenceStartCityPopulation) &&
                    !lexicons_.notPersonWords.contains(tokens[k].text)) {
                    matched = n;
                }
            }
            if (matched) {
                classifyPlace(k, k + matched);
                k += matched;
                continue;
            }
            if (isAcronym(tokens[k])) classifySingle(k, {});
            ++k;
        }
        return;
    }
    const std::string name = textOf(begin, end);
    // "Lee County", "Kursk Oblast": a name ending in a place word is a place.
    if (end - begin >= 2 && role.empty() && lexicons_.placeHeads.contains(tokens[end - 1].text)) {
        if (const PlaceEntry* place = lexicons_.gazetteer.find(textOf(begin, end - 1))) {
            addPlace(*place, begin, end - 1);
        } else {
            addPlace(PlaceEntry{name, "", PlaceKind::Region, 0}, begin, end);
        }
        return;
    }
    // "the Amhara region": an unknown name before a place word is a place.
    if (end < sentenceEnd_ && !tokens[end].capitalised() &&
        lexicons_.placeHeads.contains(tokens[end].text) && role.empty()) {
        addPlace(PlaceEntry{name, "", PlaceKind::Region, 0}, begin, end);
        return;
    }
    const std::size_t entity = addEntity(NodeKind::Actor, name, EntityForm::Named);
    if (entity == kNone) return;
    if (entities_[entity].role.empty()) entities_[entity].role = role;
    addMention(entity, spanOf(begin, end), name, begin, end);
}

void RecognizerState::classifySingle(std::size_t k, const std::string& role) {
    const auto& tokens = layer_.tokens();
    const Token& t = tokens[k];
    const std::string word(t.text);
    if (lexicons_.notNames.contains(word) || isRomanNumeral(word) || hasDigit(word)) return;
    if (isAcronym(t)) {
        if (classifyPlace(k, k + 1)) return;
        std::size_t entity = kNone;
        if (auto found = findEntity(NodeKind::Agency, word)) {
            entity = *found;
        } else {
            entity = addEntity(NodeKind::Agency, word, EntityForm::Acronym);
        }
        if (entity == kNone) return;
        if (reportingContext(k, k + 1)) entities_[entity].isSource = true;
        addMention(entity, t.span, word, k, k + 1);
        return;
    }
    // "the North": the one country of the article whose name opens with that word.
    static const char* const kCompass[] = {"North", "South", "East", "West"};
    const bool compass = std::any_of(std::begin(kCompass), std::end(kCompass),
                                     [&](const char* c) { return word == c; });
    if (compass && k > sentenceBegin_ && foldCase(tokens[k - 1].text) == "the") {
        for (std::size_t i = 0; i < entities_.size(); ++i) {
            if (entities_[i].kind == NodeKind::Place &&
                entities_[i].name.rfind(word + " ", 0) == 0) {
                addMention(i, spanOf(k - 1, k + 1), "the " + word, k - 1, k + 1);
                lastCountry_ = entities_[i].country;
                return;
            }
        }
        return;
    }
    if (actorsBySurname(word).empty() && classifyPlace(k, k + 1)) return;
    if (!utf8::isUpper(word.empty() ? U' ' : static_cast<char32_t>(word[0]))) return;
    // A headline only repeats the body: a name there is kept only if the body knows it.
    singles_.push_back(
        {word, t.span, heading_ ? "" : role, !heading_ && reportingContext(k, k + 1)});
}

}  // namespace newsgraph::parser
