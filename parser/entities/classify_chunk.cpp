// What a name chunk names: a place, an agency, a person, or nothing.
#include <algorithm>

#include "parser/entities/person_name.h"
#include "parser/entities/recognizer_state.h"

namespace newsgraph::parser {

namespace {

using graph::NodeKind;

}  // namespace

bool RecognizerState::classifyPlace(std::size_t begin, std::size_t end) {
    const std::string text = textOf(begin, end);
    const PlaceEntry* place = lexicons_.gazetteer.find(text);
    // "Somali elders": a demonym that is also a region's name is the demonym.
    if (!place || lexicons_.gazetteer.demonym(text)) return false;
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
    if (begin >= end) return false;
    bool headLast = lexicons_.orgHeads.contains(tokens[end - 1].text) ||
                    (end - begin >= 2 && lexicons_.orgHeads.contains(textOf(end - 2, end)));
    // "Tamer Ramadan of the International Federation of Red Cross and Red Crescent
    // Societies": a person's two or three names, "of", then a body's name closed by its
    // head word: the person and the body.
    auto headWord = [&](std::string_view w) {  // "Society", "Societies", "Councils"
        std::string word(w);
        if (lexicons_.orgHeads.contains(word)) return true;
        if (word.ends_with("ies")) return lexicons_.orgHeads.contains(word.substr(0, word.size() - 3) + "y");
        return word.ends_with("s") && lexicons_.orgHeads.contains(word.substr(0, word.size() - 1));
    };
    if (headWord(tokens[end - 1].text) && begin + 4 < end) {
        std::size_t of = begin + 2;
        while (of < end && of <= begin + 3 && tokens[of].text != "of") ++of;
        bool person = of < end && tokens[of].text == "of" && !lexicons_.gazetteer.find(textOf(begin, of));
        for (std::size_t k = begin; person && k < of; ++k) {
            const Token& t = tokens[k];
            person = t.kind == TokenKind::Word && t.capitalised() && !t.allCaps() &&
                     !lexicons_.orgHeads.contains(t.text) && !lexicons_.titles.contains(t.text) &&
                     !lexicons_.departments.contains(t.text) && !lexicons_.notPersonWords.contains(t.text) &&
                     !lexicons_.gazetteer.find(t.text) && !lexicons_.gazetteer.demonym(t.text);
        }
        std::size_t body = of + 1;
        if (body < end && foldCase(tokens[body].text) == "the") ++body;
        if (person && body + 1 < end) {
            classifyPerson(begin, of, titleBefore(begin));
            addAgency(body, end, country);
            resumeAt_ = std::max(resumeAt_, end);
            return true;
        }
    }
    // "Ministry of Health", "Office for the Coordination of ...": a head word followed by
    // "of", "for" or "on" makes the whole run one body.
    bool headFirst = false;
    std::size_t missionPlace = 0;  // where the place of "Embassy in X" starts, if any
    for (std::size_t k = begin; k + 2 < end && !headFirst; ++k) {
        const std::string_view next = tokens[k + 1].text;
        // "Nepali Embassy in Kuwait": a mission is named by where it is.
        const bool mission = tokens[k].text == "Embassy" || tokens[k].text == "Consulate" ||
                             tokens[k].text == "Mission";
        // ("Generalitat de Valencia", "Ministerio de Salud": the same with "de".)
        headFirst = lexicons_.orgHeads.contains(tokens[k].text) &&
                    (next == "of" || next == "for" || next == "on" || next == "de" || next == "del" ||
                     (mission && next == "in"));
        if (headFirst && mission && next == "in") missionPlace = k + 2;
    }
    // "Election Commission of India": a body named after its country.
    std::string ofPlace;
    for (std::size_t k = begin + 1; !headLast && !headFirst && k + 1 < end; ++k) {
        if (tokens[k].text != "of" || !lexicons_.orgHeads.contains(tokens[k - 1].text)) continue;
        if (const PlaceEntry* place = lexicons_.gazetteer.find(textOf(k + 1, end))) {
            headLast = true;
            ofPlace = place->country;
        }
    }
    // "PT Example Jaya", "Radio Example": a legal form or a broadcaster's word opening a
    // name makes the whole run one body (not when a connector joins two names).
    bool prefixFirst = end - begin >= 2 && lexicons_.orgPrefixes.contains(tokens[begin].text) &&
                       tokens[begin + 1].kind == TokenKind::Word &&
                       (tokens[begin + 1].capitalised() || tokens[begin + 1].allCaps());
    for (std::size_t k = begin + 1; prefixFirst && k < end; ++k) {
        prefixFirst = tokens[k].text != "and" && tokens[k].text != "of";
    }
    if (prefixFirst) {
        addAgency(begin, end, country);
        resumeAt_ = std::max(resumeAt_, end);
        return true;
    }
    if (!headLast && !headFirst) return false;
    // "President Vladimir Putin's Office" is rare; "General Staff" is common: a title opens
    // a body's name only when a head word closes it.
    if (lexicons_.titles.contains(tokens[begin].text) && !headLast) return false;
    if (lexicons_.titles.contains(tokens[begin].text) && end - begin > 2) return false;
    // An acronym glued to the front of a longer name stays ("UN Security Council"); a
    // lone head word ("Agency") is no name.
    if (end - begin == 1) return false;
    std::string tie = country.empty() ? ofPlace : country;
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
    if (missionPlace > 0) markPlacesIn(missionPlace, end);  // "in Kuwait" names the place too
    resumeAt_ = std::max(resumeAt_, end);
    return true;
}

bool RecognizerState::classifyKnownOrganisation(std::size_t begin, std::size_t end) {
    const std::string surface = textOf(begin, end);
    const std::string* known = lexicons_.knownOrg(surface);
    if (!known) return false;
    // Named again ("at Amnesty International's offices"): another mention of the body.
    if (auto found = findEntity(NodeKind::Agency, surface)) {
        addMention(*found, spanOf(begin, end), surface, begin, end);
        return true;
    }
    const std::size_t entity = addEntity(NodeKind::Agency, *known, EntityForm::Named);
    if (entity == kNone) return true;
    if (reportingContext(begin, end)) entities_[entity].isSource = true;
    addMention(entity, spanOf(begin, end), surface, begin, end);
    return true;
}

void RecognizerState::classifyPart(std::size_t begin, std::size_t end) {
    // A word of a person named before is that person, even if a town shares it ("Bush").
    const std::string first(layer_.tokens()[begin].text);
    const PlaceEntry* country = lexicons_.gazetteer.find(first);
    if (end - begin == 1 && referBack(begin)) return;
    // "the Example plate": a noun after the name makes it no place (nor anything named).
    const auto& toks = layer_.tokens();
    if (end < sentenceEnd_ && toks[end].kind == TokenKind::Word && !toks[end].capitalised() &&
        lexicons_.notPlaceNouns.contains(toks[end].text)) {
        return;
    }
    const bool isCountry =
        country && (country->kind == PlaceKind::Country || country->kind == PlaceKind::WorldRegion);
    if (end - begin == 1 && !isCountry && !actorsBySurname(first).empty()) {
        classifySingle(begin, titleBefore(begin));
        return;
    }
    if (classifyPlace(begin, end) || classifyKnownOrganisation(begin, end) ||
        classifyOrganisation(begin, end)) {
        return;
    }
    // "Amnesty Kenya": a well-known body's branch in a country.
    const PlaceEntry* branchCountry =
        end - begin >= 2 ? lexicons_.gazetteer.find(textOf(begin + 1, end)) : nullptr;
    if (branchCountry && branchCountry->kind == PlaceKind::Country &&
        lexicons_.knownOrg(std::string(layer_.tokens()[begin].text))) {
        addAgency(begin, end, lexicons_.gazetteer.find(textOf(begin + 1, end))->country);
        return;
    }
    // "the ruling Georgian Dream party": a name before a noun for an organisation.
    const auto& after = layer_.tokens();
    // One lower-case modifier may come between: "the White Helmets rescue group".
    const bool nounNext = end < sentenceEnd_ && lexicons_.orgNouns.contains(after[end].text);
    const bool nounAfterOne = end + 1 < sentenceEnd_ && after[end].kind == TokenKind::Word &&
                              lexicons_.orgNouns.contains(after[end + 1].text) &&
                              !after[end + 1].capitalised();
    // A demonym before the noun describes it ("a Sudanese paramilitary group", "the
    // French meteorological institute"): no name.
    const bool demonymOnly = lexicons_.gazetteer.demonym(textOf(begin, end)) != nullptr;
    if (end < sentenceEnd_ && after[end].kind == TokenKind::Word && !after[end].capitalised() &&
        (nounNext || nounAfterOne) && !lexicons_.titles.contains(after[begin].text) &&
        !demonymOnly && !(end - begin == 1 && begin == sentenceBegin_) &&
        !(end - begin == 1 && isCompoundAdjective(after[begin].text))) {
        addAgency(begin, end, {});
        return;
    }
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
    // "the Kherson Regional Military Administration Oleksandr Prokudin": a body's name
    // closed by its head word, then a person's two or three names.
    for (std::size_t k = begin + 2; k + 2 <= end; ++k) {
        if (k + 3 < end || !lexicons_.orgHeads.contains(layer_.tokens()[k - 1].text)) continue;
        bool person = true;
        for (std::size_t n = k; n < end; ++n) {
            const auto& t = layer_.tokens()[n];
            person = person && t.kind == TokenKind::Word && t.capitalised() && !t.allCaps() &&
                     !lexicons_.orgHeads.contains(t.text) && !lexicons_.titles.contains(t.text);
        }
        person = person && !lexicons_.gazetteer.find(textOf(k, end));
        if (!person) continue;
        addAgency(begin, k, {});
        classifyPerson(k, end, titleBefore(begin));
        return;
    }
    // "Palestinian Authority President Mahmoud Abbas": a body, its officer's title, a name.
    const auto& words = layer_.tokens();
    for (std::size_t k = begin + 1; k + 2 < end; ++k) {
        // ... but a portfolio is no body: "Interior Cabinet Secretary X".
        if (!words[k].capitalised() || !lexicons_.titles.contains(words[k].text) ||
            !lexicons_.orgHeads.contains(words[k - 1].text) ||
            lexicons_.departments.contains(words[begin].text)) {
            continue;
        }
        addAgency(begin, k, {});
        classifyPerson(k + 1, end, std::string(words[k].text));
        return;
    }
    std::string role, demonymPlace;
    const std::size_t rest = stripTitles(begin, end, role, demonymPlace);
    markPlacesIn(begin, rest);
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
    // "Chief Secretary PK Jena": after a person's title, two or three capitals before a
    // surname are initials, not an acronym.
    auto initials = [&](std::size_t k) {
        return !role.empty() && k == begin && end - begin == 2 && tokens[k].text.size() <= 3 &&
               isAcronym(tokens[k]) && !tokens[k + 1].allCaps() && !lexicons_.knownOrg(std::string(tokens[k].text));
    };
    for (std::size_t k = begin; k < end; ++k) {
        if (lexicons_.notPersonWords.contains(tokens[k].text)) mixed = true;
        if (isAcronym(tokens[k]) && !initials(k)) mixed = true;
        if (const PlaceEntry* p = lexicons_.gazetteer.find(tokens[k].text)) {
            mixed = mixed || p->kind == PlaceKind::Country || p->kind == PlaceKind::WorldRegion;
        }
        if (lexicons_.gazetteer.demonym(tokens[k].text)) mixed = true;
    }
    // "U.N. Secretary-General António Guterres": the acronym, then the rest on its own.
    for (std::size_t k = begin; k < end; ++k) {
        if (!isAcronym(tokens[k]) || end - begin == 1 || initials(k)) continue;
        if (k > begin) classifyPart(begin, k);
        classifySingle(k, {});
        if (k + 1 < end) classifyPart(k + 1, end);
        return;
    }
    // "Civil Protection Minister Vassilis Kikilias": a portfolio and title, then the name.
    // "former Gujarat Chief Minister X": a modifier alone before it is no title of its own.
    const bool modifierOnly = role.find(' ') == std::string::npos &&
                              (foldCase(role) == "former" || foldCase(role) == "then" || foldCase(role) == "late");
    for (std::size_t k = begin + 1; (role.empty() || modifierOnly) && k + 3 <= end; ++k) {
        if (!tokens[k].capitalised() || !lexicons_.titles.contains(tokens[k].text)) continue;
        // "Kerala Chief Minister X": the title runs on over the title words after it.
        std::size_t name = k + 1;
        while (name + 2 <= end && tokens[name].capitalised() &&
               (lexicons_.titles.contains(textOf(k, name + 1)) ||
                lexicons_.titles.contains(tokens[name].text))) {
            ++name;
        }
        classifyPerson(name, end, role.empty() ? textOf(begin, name) : role + " " + textOf(begin, name));
        return;
    }
    // "Example Valley", "Lake Example": a geographic head word closing or opening the
    // name makes a place, even though such words are no person's ("Valley").
    const bool geoLast = end - begin >= 2 && role.empty() && tokens[end - 1].capitalised() &&
                         lexicons_.placeHeads.contains(tokens[end - 1].text) &&
                         !lexicons_.gazetteer.find(textOf(begin, end - 1));
    const bool geoFirst = end - begin >= 2 && role.empty() &&
                          lexicons_.placePrefixes.contains(tokens[begin].text);
    // Other event or feature words make no place name: "Mount X Hospital", "Storm Hits Coast".
    bool plain = !heading_ || findEntity(NodeKind::Place, textOf(begin, end));
    for (std::size_t k = begin + geoFirst; plain && k < end - geoLast; ++k) {
        plain = !lexicons_.notPersonWords.contains(tokens[k].text);
    }
    if ((geoLast || geoFirst) && plain &&
        !lexicons_.gazetteer.demonym(std::string(tokens[begin].text))) {
        addPlace(PlaceEntry{textOf(begin, end), "", PlaceKind::Region, 0}, begin, end);
        return;
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
    // A run ending in a title or a portfolio is no one's name ("Assistant Secretary").
    const std::string_view lastWord = tokens[end - 1].text;
    if (lexicons_.titles.contains(lastWord) || lexicons_.departments.contains(lastWord) ||
        lexicons_.orgHeads.contains(lastWord)) {
        return;
    }
    // "Example da Costa, the main town"; "the districts of A, Example da Costa and B".
    if (role.empty() && !findEntity(NodeKind::Actor, name) &&
        (placeApposition(end) || inPlaceList(begin) || findEntity(NodeKind::Place, name))) {
        addPlace(PlaceEntry{name, "", PlaceKind::City, 0}, begin, end);
        return;
    }
    // "the town of El Fasher": a name after a place noun and "of" is a place; so is one
    // after a local office ("the mayor of Chiva": mayors and governors are of places).
    if (begin >= sentenceBegin_ + 2 && tokens[begin - 1].text == "of" &&
        ((!tokens[begin - 2].capitalised() && lexicons_.placeHeads.contains(tokens[begin - 2].text)) ||
         isLocalOffice(tokens[begin - 2].text)) &&
        role.empty()) {
        addPlace(PlaceEntry{name, "", PlaceKind::City, 0}, begin, end);
        return;
    }
    // "in Khan Younis": an unknown name after a word of place is a place.
    static const char* const kLocatives[] = {"in", "near", "outside", "around", "across"};
    const bool locative = begin > sentenceBegin_ && role.empty() &&
                          actorsBySurname(std::string(tokens[begin].text)).empty() &&
                          std::any_of(std::begin(kLocatives), std::end(kLocatives),
                                      [&](const char* w) { return tokens[begin - 1].text == w; }) &&
                          !(end < sentenceEnd_ && tokens[end].kind == TokenKind::Possessive);
    if (locative && !findEntity(NodeKind::Actor, name)) {
        addPlace(PlaceEntry{name, "", PlaceKind::City, 0}, begin, end);
        return;
    }
    // "the Lok Sabha, the lower house": a description set beside it says it is a body.
    if (end + 2 < sentenceEnd_ && tokens[end].isPunct(",") && role.empty() &&
        (tokens[end + 1].text == "the" || tokens[end + 1].text == "a") &&
        matchDescriptor(end + 2)) {
        addAgency(begin, end, {});
        return;
    }
    const std::size_t entity = addEntity(NodeKind::Actor, name, EntityForm::Named);
    if (entity == kNone) return;
    if (entities_[entity].role.empty()) {
        entities_[entity].role = !role.empty() ? role : appositiveRole(end);
        if (entities_[entity].role.empty()) entities_[entity].role = leadingRole(begin, end);
    }
    addMention(entity, spanOf(begin, end), name, begin, end);
}

}  // namespace newsgraph::parser
