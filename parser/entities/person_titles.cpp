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
}  // namespace newsgraph::parser
