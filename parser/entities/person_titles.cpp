// Titles and roles around a person's name: "Lt. Col.", "Minister of Health", "lawmaker".
#include <algorithm>

#include "parser/entities/recognizer_state.h"

namespace newsgraph::parser {

bool RecognizerState::classifyTitleOf(std::size_t begin, std::size_t end) {
    const auto& tokens = layer_.tokens();
    std::string role, country;
    const std::size_t rest = stripTitles(begin, end, role, country);
    if (rest == begin || rest >= end) return false;
    markPlacesIn(begin, rest);
    if (tokens[rest].text != "of") {
        // "Assistant Secretary of State Mary Cole": the title held its own "of".
        if (role.find(" of ") == std::string::npos) return false;
        classifyPerson(rest, end, role);
        return true;
    }
    std::size_t last = kNone;
    for (std::size_t k = rest + 1; k < end; ++k) {
        if (lexicons_.departments.contains(tokens[k].text)) last = k;
    }
    if (last == kNone || last + 1 >= end) return false;
    // "Director of the National Emergency Response Centre": what follows the department
    // ends with a body's head word, so the chunk is a role and a body, not a person.
    if (lexicons_.orgHeads.contains(std::string(tokens[end - 1].text))) return false;
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
            // "U.S. President ...": a country's name before a title works as a demonym.
            const PlaceEntry* place = lexicons_.gazetteer.find(words);
            if (place && place->kind == PlaceKind::Country && begin + n < end &&
                lexicons_.titles.contains(textOf(begin + n, begin + n + 1))) {
                country = place->name;
                begin += n;
                progress = true;
                break;
            }
        }
    }
    return begin;
}

void RecognizerState::markPlacesIn(std::size_t begin, std::size_t end) {
    for (std::size_t k = begin; k < end; ++k) {
        for (std::size_t n = std::min<std::size_t>(3, end - k); n >= 1; --n) {
            const PlaceEntry* place = lexicons_.gazetteer.find(textOf(k, k + n));
            if (place && place->kind == PlaceKind::Country) {
                addPlace(*place, k, k + n);
                k += n - 1;
                break;
            }
        }
    }
}

std::string RecognizerState::titleBefore(std::size_t begin) const {
    const auto& tokens = layer_.tokens();
    for (std::size_t n = 4; n >= 1; --n) {
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

std::string RecognizerState::appositiveRole(std::size_t end) const {
    // "Mira Salo, director of the District Hospital, said": a role set off by commas
    // right after the name; up to the closing comma, at most ten words.
    const auto& tokens = layer_.tokens();
    if (end + 2 >= sentenceEnd_ || !tokens[end].isPunct(",")) return {};
    std::size_t k = end + 1;
    const std::string first = foldCase(std::string(tokens[k].text));
    if (first == "the" || first == "a" || first == "an") ++k;
    if (k >= sentenceEnd_ || tokens[k].kind != TokenKind::Word) return {};
    // "the ministry's spokesperson": an owner, then the role.
    std::size_t roleAt = k;
    if (k + 2 < sentenceEnd_ && tokens[k + 1].kind == TokenKind::Possessive) roleAt = k + 2;
    if (roleAt >= sentenceEnd_ || !lexicons_.titles.contains(std::string(tokens[roleAt].text))) return {};
    std::size_t close = k;
    while (close < sentenceEnd_ && close < k + 10 && !tokens[close].isPunct(",")) {
        if (tokens[close].kind == TokenKind::Punct && !tokens[close].isPunct("-")) return {};
        ++close;
    }
    if (close >= sentenceEnd_ || !tokens[close].isPunct(",")) return {};
    return textOf(k, close);
}
std::string RecognizerState::leadingRole(std::size_t begin, std::size_t end) const {
    const auto& tokens = layer_.tokens();
    if (begin < sentenceBegin_ + 3 || !tokens[begin - 1].isPunct(",") || end >= sentenceEnd_ ||
        !tokens[end].isPunct(",")) {
        return {};
    }
    // Back from the comma to the sentence's start, at most eight words, no other comma.
    std::size_t start = begin - 1;
    while (start > sentenceBegin_ && start + 9 > begin) {
        if (tokens[start - 1].kind == TokenKind::Punct) return {};
        --start;
    }
    if (start != sentenceBegin_) return {};
    const std::string first = foldCase(std::string(tokens[start].text));
    if (first == "the" || first == "a" || first == "an") ++start;
    if (start + 1 >= begin || !lexicons_.titles.contains(foldCase(std::string(tokens[start].text)))) {
        return {};
    }
    return textOf(start, begin - 1);
}

}  // namespace newsgraph::parser
