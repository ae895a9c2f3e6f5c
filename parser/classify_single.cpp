// What one capitalised word alone names: an acronym, "the North", a namesake, a place.
#include <algorithm>

#include "parser/recognizer_state.h"
#include "parser/utf8.h"

namespace newsgraph::parser {

namespace {

using graph::NodeKind;

}  // namespace

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
    if (lexicons_.notNames.contains(word) || isRomanNumeral(word) || hasDigit(word) ||
        lexicons_.titles.contains(word) || lexicons_.orgHeads.contains(word)) {
        return;
    }
    if (classifyKnownOrganisation(k, k + 1)) return;
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
    // "the port of Mongla", "Mongla port": a place noun beside an unknown name.
    // ... or "the capital, Naypyitaw".
    const bool placeNounBefore =
        k >= sentenceBegin_ + 2 && (tokens[k - 1].text == "of" || tokens[k - 1].isPunct(",")) &&
        !tokens[k - 2].capitalised() && lexicons_.placeHeads.contains(tokens[k - 2].text);
    const bool placeNounAfter = k + 1 < sentenceEnd_ && !tokens[k + 1].capitalised() &&
                                tokens[k + 1].kind == TokenKind::Word &&
                                lexicons_.placeHeads.contains(tokens[k + 1].text);
    if (actorsBySurname(word).empty() && role.empty() && k > sentenceBegin_ &&
        (placeNounBefore || placeNounAfter)) {
        addPlace(PlaceEntry{word, "", PlaceKind::City, 0}, k, k + 1);
        return;
    }
    // "near Marathon": an unknown name after a word of place is a place.
    if (actorsBySurname(word).empty() && k > sentenceBegin_ && role.empty() &&
        (tokens[k - 1].text == "near" || tokens[k - 1].text == "outside")) {
        addPlace(PlaceEntry{word, "", PlaceKind::City, 0}, k, k + 1);
        return;
    }
    if (!utf8::isUpper(word.empty() ? U' ' : static_cast<char32_t>(word[0]))) return;
    // A headline only repeats the body: a name there is kept only if the body knows it.
    // A capitalised first word that reports ("Analysts said") is more often a plural
    // noun than a name: it needs a title or a namesake.
    const bool reporting = !heading_ && k > sentenceBegin_ && reportingContext(k, k + 1);
    singles_.push_back({word, t.span, heading_ ? "" : role, reporting});
}

}  // namespace newsgraph::parser
