// What one capitalised word alone names: an acronym, "the North", a namesake, a place.
#include <algorithm>
#include <cctype>
#include <set>

#include "parser/entities/person_name.h"
#include "parser/entities/recognizer_state.h"
#include "parser/text/utf8.h"

namespace newsgraph::parser {

namespace {

using graph::NodeKind;

}  // namespace

bool RecognizerState::referBack(std::size_t k) {
    const auto& tokens = layer_.tokens();
    const Token& t = tokens[k];
    if (k == 0 || foldCase(tokens[k - 1].text) != "the" || !t.capitalised() || t.allCaps() ||
        !lexicons_.orgHeads.contains(t.text)) {
        return false;
    }
    const std::string word(t.text);
    std::size_t found = kNone;
    for (std::size_t i = 0; i < entities_.size(); ++i) {
        const EntityFact& e = entities_[i];
        if (e.kind != NodeKind::Agency || e.form != EntityForm::Named || e.name == word) continue;
        // The head closes the name ("Clear Water Alliance") or opens it ("Ministry of X").
        const bool last = e.name.size() > word.size() && e.name.ends_with(" " + word);
        const bool first = e.name.rfind(word + " of ", 0) == 0 || e.name.rfind(word + " for ", 0) == 0;
        if (!last && !first) continue;
        if (found != kNone && found != i) return false;  // two bodies share the head
        found = i;
    }
    if (found == kNone) return false;
    if (reportingContext(k, k + 1)) entities_[found].isSource = true;
    // The mention only: a head word as an alias could join unrelated bodies across articles.
    addMention(found, t.span, entities_[found].name, k, k + 1);
    return true;
}

bool RecognizerState::spellsTitleBefore(std::size_t k) const {
    const auto& tokens = layer_.tokens();
    if (k < sentenceBegin_ + 3 || !tokens[k - 1].isPunct("(") || k + 1 >= sentenceEnd_ ||
        !tokens[k + 1].isPunct(")") || !lexicons_.titles.contains(tokens[k - 2].text)) {
        return false;
    }
    const std::string acronym(tokens[k].text);
    std::string spelled;  // initials of the capitalised words before the bracket, last first
    for (std::size_t j = k - 1; j-- > sentenceBegin_ && spelled.size() < acronym.size();) {
        if (!tokens[j].capitalised() || tokens[j].allCaps()) break;
        spelled.insert(spelled.begin(), tokens[j].text[0]);
    }
    return spelled.size() >= 2 && spelled == acronym;
}

void RecognizerState::classifySingle(std::size_t k, const std::string& role) {
    const auto& tokens = layer_.tokens();
    const Token& t = tokens[k];
    const std::string word(t.text);
    // "the Senate", "Parliament": a legislature is named by its head word alone.
    if (lexicons_.orgHeads.contains(word) && k > sentenceBegin_ &&
        lexicons_.categoryOf(word) == "legislature") {
        addAgency(k, k + 1, {});
        return;
    }
    // One letter names nobody ("Gen Z", "Plan B"); "News.Az": a web address's part.
    const bool webPart = k > sentenceBegin_ && tokens[k - 1].isPunct(".") &&
                         tokens[k - 1].span.end == t.span.begin && k >= 2 &&
                         tokens[k - 2].span.end == tokens[k - 1].span.begin;
    if (lexicons_.notNames.contains(word) || isRomanNumeral(word) || hasDigit(word) ||
        lexicons_.titles.contains(word) || lexicons_.orgHeads.contains(word) ||
        word.size() == 1 || webPart) {
        return;
    }
    if (classifyKnownOrganisation(k, k + 1)) return;
    // "Russia-occupied", "Pakistan-administered": the place that holds the territory is
    // named; the compound is no name ("Moscow-installed" names a government, not Moscow).
    if (const auto dash = word.find('-'); dash != std::string::npos && dash > 0 &&
                                          dash + 1 < word.size() &&
                                          std::islower(static_cast<unsigned char>(word[dash + 1]))) {
        const std::string tail = word.substr(dash + 1);
        static const std::set<std::string> kTerritorial = {"occupied", "administered",
                                                           "controlled", "held", "annexed"};
        if (kTerritorial.count(tail)) {
            if (const PlaceEntry* place = lexicons_.gazetteer.find(word.substr(0, dash))) {
                const std::size_t entity = addEntity(NodeKind::Place, place->name, EntityForm::Named);
                if (entity != kNone) {
                    entities_[entity].country = place->country;
                    const Span head{t.span.begin, static_cast<std::uint32_t>(t.span.begin + dash)};
                    addMention(entity, head, word.substr(0, dash), k, k + 1);
                }
            }
            return;
        }
        if (isCompoundAdjective(word)) return;  // "Oslo-based", "Iran-backed"
    }
    if (isAcronym(t)) {
        if (classifyPlace(k, k + 1)) return;
        if (spellsTitleBefore(k)) return;
        // "KD 500", "flight KU 38", "98.4 FM": two capitals beside a number are a code or
        // a unit, not a body.
        const bool numberNext = k + 1 < sentenceEnd_ && tokens[k + 1].kind == TokenKind::Number;
        const bool numberBefore = k > sentenceBegin_ && tokens[k - 1].kind == TokenKind::Number;
        if (word.size() <= 2 && (numberNext || numberBefore) && !lexicons_.knownOrg(word)) return;
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
    // "Basarnas said": a body's short name given in brackets earlier in the article.
    if (auto found = findEntity(NodeKind::Agency, word)) {
        if (reportingContext(k, k + 1)) entities_[*found].isSource = true;
        addMention(*found, t.span, word, k, k + 1);
        return;
    }
    // "the judicial system's portal, Mizan,": a name set off by commas after a noun for
    // an organisation names it.
    if (k >= sentenceBegin_ + 2 && tokens[k - 1].isPunct(",") && k + 1 < sentenceEnd_ &&
        (tokens[k + 1].isPunct(",") || tokens[k + 1].isPunct(".")) &&
        !tokens[k - 2].capitalised() && lexicons_.orgNouns.contains(tokens[k - 2].text) &&
        !lexicons_.gazetteer.find(word)) {
        addAgency(k, k + 1, {});
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
    // A place found earlier in the article by its context ("in the districts of X").
    if (actorsBySurname(word).empty() && role.empty() && findEntity(NodeKind::Place, word)) {
        addPlace(PlaceEntry{word, "", PlaceKind::City, 0}, k, k + 1);
        return;
    }
    // "Example, the main town on the island"; "the districts of A, B and C".
    if (actorsBySurname(word).empty() && role.empty() && k > sentenceBegin_ &&
        (placeApposition(k + 1) || inPlaceList(k) || onPlaceHead(k + 1))) {
        addPlace(PlaceEntry{word, "", PlaceKind::City, 0}, k, k + 1);
        return;
    }
    // "the port of Mongla", "Mongla port": a place noun beside an unknown name.
    // ... or "the capital, Naypyitaw".
    // ... or "the mayor of Chiva", "Governor of Tarvel": mayors and governors are of places.
    const bool placeNounBefore =
        k >= sentenceBegin_ + 2 && (tokens[k - 1].text == "of" || tokens[k - 1].isPunct(",")) &&
        ((!tokens[k - 2].capitalised() && lexicons_.placeHeads.contains(tokens[k - 2].text)) ||
         (tokens[k - 1].text == "of" && isLocalOffice(tokens[k - 2].text)));
    const bool placeNounAfter = k + 1 < sentenceEnd_ && !tokens[k + 1].capitalised() &&
                                tokens[k + 1].kind == TokenKind::Word &&
                                lexicons_.placeHeads.contains(tokens[k + 1].text);
    if (actorsBySurname(word).empty() && role.empty() && k > sentenceBegin_ &&
        (placeNounBefore || placeNounAfter)) {
        addPlace(PlaceEntry{word, "", PlaceKind::City, 0}, k, k + 1);
        return;
    }
    // "near Marathon", "buried in Loda", "at Sebagoro": an unknown name after a word of
    // place is a place (not a language or nationality: "said in Swahili").
    const std::string_view before = k > sentenceBegin_ ? tokens[k - 1].text : "";
    const bool locative = before == "near" || before == "outside" || before == "in" ||
                          before == "at" || before == "from";
    if (actorsBySurname(word).empty() && k > sentenceBegin_ && role.empty() && locative &&
        !lexicons_.gazetteer.demonym(word) && !lexicons_.reportingVerbs.contains(foldCase(word))) {
        addPlace(PlaceEntry{word, "", PlaceKind::City, 0}, k, k + 1);
        return;
    }
    if (!utf8::isUpper(word.empty() ? U' ' : static_cast<char32_t>(word[0]))) return;
    // A headline only repeats the body: a name there is kept only if the body knows it.
    // A capitalised first word that reports ("Analysts said") is more often a plural
    // noun than a name: it needs a title or a namesake.
    // "Example, 47, a fisherman", "Example, who runs a stall": an age or "who" set beside
    // the word says it is a person, as speaking does.
    const bool person = personApposition(k + 1);
    const bool reporting =
        !heading_ && ((k > sentenceBegin_ && reportingContext(k, k + 1)) || person);
    singles_.push_back({word, t.span, heading_ ? "" : role, reporting});
}

}  // namespace newsgraph::parser

namespace newsgraph::parser {

bool RecognizerState::placeApposition(std::size_t end) const {
    // ", the main town on the island", ", a fishing village": a description of a place.
    const auto& tokens = layer_.tokens();
    if (end + 2 >= sentenceEnd_ || !tokens[end].isPunct(",")) return false;
    const std::string article = foldCase(tokens[end + 1].text);
    if (article != "the" && article != "a" && article != "an") return false;
    static const char* const kAfterHead[] = {"on", "in", "of", "near", "at", "along", "where",
                                             "which", "that"};
    for (std::size_t k = end + 2; k < sentenceEnd_ && k < end + 5; ++k) {
        const Token& t = tokens[k];
        if (t.kind != TokenKind::Word || t.capitalised() || t.allCaps()) return false;
        if (!lexicons_.placeHeads.contains(t.text)) continue;
        if (k + 1 >= sentenceEnd_) return true;
        const Token& after = tokens[k + 1];
        if (after.kind == TokenKind::Punct) return true;
        return std::any_of(std::begin(kAfterHead), std::end(kAfterHead),
                           [&](const char* w) { return after.text == w; });
    }
    return false;
}

bool RecognizerState::inPlaceList(std::size_t begin) const {
    // The list around `begin` ("A, B and C"): runs of names joined by commas, "and", "or".
    const auto& tokens = layer_.tokens();
    auto isName = [&](const Token& t) {
        return t.kind == TokenKind::Word && (t.capitalised() || isNameParticle(t.text)) &&
               !lexicons_.notNames.contains(t.text);
    };
    auto isJoin = [](const Token& t) { return t.text == "and" || t.text == "or"; };
    std::size_t first = begin;  // where the list starts
    while (first > sentenceBegin_ && (isName(tokens[first - 1]) || tokens[first - 1].isPunct(",") ||
                                      isJoin(tokens[first - 1]))) {
        --first;
    }
    while (first < begin && !isName(tokens[first])) ++first;
    std::size_t last = begin;  // where it ends; after an "and", only its last item follows
    bool joinedAfter = false;
    while (last < sentenceEnd_) {
        const Token& t = tokens[last];
        if (isJoin(t)) {
            if (joinedAfter) break;
            joinedAfter = true;
        } else if (!isName(t) && !(t.isPunct(",") && !joinedAfter)) {
            break;
        }
        ++last;
    }
    bool joined = joinedAfter;
    std::size_t items = 0, known = 0;
    bool knownBefore = false;
    for (std::size_t k = first; k < last;) {
        if (!isName(tokens[k])) {
            joined = joined || isJoin(tokens[k]);
            ++k;
            continue;
        }
        std::size_t e = k;
        while (e < last && isName(tokens[e])) ++e;
        const std::string item = textOf(k, e);
        const bool place = lexicons_.gazetteer.find(item) || findEntity(NodeKind::Place, item);
        if (k != begin) {
            ++items;
            known += place;
            knownBefore = knownBefore || (place && k < begin);
        }
        k = e;
    }
    // "The districts ... included Lusaka, Luangwa, Kabwe, Vubwi and Choma": most of the
    // other items are known places, so all are.
    if (joined && items >= 2 && known >= 2 && known * 2 >= items) return true;
    if (first == begin || first <= sentenceBegin_) return false;
    const Token& intro = tokens[first - 1];
    // "the districts of A, B and C", "the towns of A and B" (not "the capital of A, Name":
    // nothing joins that into a list)
    if (joined && intro.text == "of" && first >= sentenceBegin_ + 2 && !tokens[first - 2].capitalised() &&
        lexicons_.placeHeads.contains(tokens[first - 2].text)) {
        return true;
    }
    // "the prefectures and provinces: A, B and C", "districts: A, B, C": a list that a
    // plural of a place's head introduces.
    if (joined && intro.isPunct(":") && first >= sentenceBegin_ + 2 && !tokens[first - 2].capitalised() &&
        lexicons_.placeHeads.contains(tokens[first - 2].text) && tokens[first - 2].text.ends_with("s")) {
        return true;
    }
    // "in A and B" where A is a known place: its fellows are places too ("in Benghazi,
    // Kais Fhakeri, has ..." is no list: nothing joins it).
    const std::string word = foldCase(intro.text);
    return knownBefore && joined && (word == "in" || word == "near");
}

bool RecognizerState::onPlaceHead(std::size_t end) const {
    // "Example on the Sulawesi mainland", "Example on the Aegean coast"
    const auto& tokens = layer_.tokens();
    if (end + 3 >= sentenceEnd_ || tokens[end].text != "on" || tokens[end + 1].text != "the") {
        return false;
    }
    std::size_t k = end + 2;
    while (k < sentenceEnd_ && tokens[k].kind == TokenKind::Word && tokens[k].capitalised()) ++k;
    if (k == end + 2 || k >= sentenceEnd_ || tokens[k].kind != TokenKind::Word ||
        tokens[k].capitalised() || !lexicons_.placeHeads.contains(tokens[k].text)) {
        return false;
    }
    const std::string place = textOf(end + 2, k);
    return lexicons_.gazetteer.find(place) || findEntity(NodeKind::Place, place);
}

bool RecognizerState::personApposition(std::size_t end) const {
    const auto& tokens = layer_.tokens();
    if (end + 1 >= sentenceEnd_ || !tokens[end].isPunct(",")) return false;
    if (tokens[end + 1].text == "who") return true;
    // An age: ", 47,"
    const Token& n = tokens[end + 1];
    return n.kind == TokenKind::Number && n.text.size() <= 3 &&
           n.text.find_first_not_of("0123456789") == std::string_view::npos &&
           end + 2 < sentenceEnd_ && tokens[end + 2].isPunct(",");
}

}  // namespace newsgraph::parser
