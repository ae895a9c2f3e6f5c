// The objects of source phrases ("according to X") and descriptive reporters ("the
// ministry", "a South Korean lawmaker") resolved to the article's entities.
#include <algorithm>
#include <cctype>
#include <set>

#include "parser/attribution/attributor.h"

namespace newsgraph::parser {

// The named reporters of a source phrase's object, up to the clause end; a
// descriptive object ("a South Korean lawmaker") when it names none.
void Attributor::phraseObject(const SentenceWords& w, const std::vector<long>& at, std::size_t from,
                              std::size_t s, EntitySet& into) {
    std::size_t end = from;
    while (end < w.size() && !(w.punct[end] && w.words[end] != "'s" && w.words[end] != "-")) {
        if (end > from && cueAt(w, end)) break;
        ++end;
    }
    for (std::size_t k = from; k < end; ++k) {
        if (at[k] >= 0) addUnique(into, static_cast<std::size_t>(at[k]));
    }
    if (!into.empty()) return;
    // "citing the district head, Andi Syamsul,": a name in apposition to the object.
    if (end + 1 < w.size() && w.isPunct(end, ",") && at[end + 1] >= 0) {
        const long named = at[end + 1];
        std::size_t k = end + 1;
        while (k < w.size() && at[k] == named) ++k;
        if (k == w.size() || w.punct[k]) {
            addUnique(into, static_cast<std::size_t>(named));
            return;
        }
    }
    for (std::size_t k = from; k < end; ++k) {
        if (auto role = roles_.labelOf(w.words[k])) {
            resolveDescribed(w, from, k + 1, s, into);
            return;
        }
    }
}

// Resolves the noun phrase w[begin, end) whose last word is a role head.
void Attributor::resolveDescribed(const SentenceWords& w, std::size_t begin, std::size_t end,
                                  std::size_t s, EntitySet& into) {
    const std::string& head = w.words[end - 1];
    auto role = roles_.labelOf(head);
    if (!role || *role == "unnamed") return;
    const bool actor = *role == "actor";
    if (actor && head.size() > 2 && head.back() == 's' && head != "he") {
        pluralPeople_.insert(s);
        return;
    }
    const NodeKind kind = actor ? NodeKind::Actor : NodeKind::Agency;
    if (head == "it" || head == "he" || head == "she") {
        const auto& latest = actor ? lastActor_ : lastAgency_;
        if (latest) addUnique(into, *latest);
        if (latest) return;
    }
    std::set<std::string> words;
    for (std::size_t k = begin; k < end; ++k) {
        if (!w.punct[k] && !kFunctionWords.count(w.words[k])) words.insert(w.words[k]);
    }
    const std::uint32_t here = w.spans[begin].begin;
    std::vector<std::string> modifiers;  // lower-case words right before the head
    for (std::size_t k = end - 1; k > begin && modifiers.size() < 3; --k) {
        const std::string& m = w.words[k - 1];
        if (w.punct[k - 1] || kFunctionWords.count(m) || m == "its" || m == "their" ||
            (k < w.size() && w.words[k] == "'s") ||
            !std::islower(static_cast<unsigned char>(w.original[k - 1][0]))) {
            break;
        }
        modifiers.push_back(m);
    }
    long best = -1;
    int bestScore = -1;
    std::uint32_t bestDistance = 0;
    std::size_t nameIndex = 0;
    for (std::size_t e = 0; e < entities_.size(); ++e) {
        if (!isReporterKind(entities_[e])) continue;
        const auto& names = nameWords_[nameIndex++];
        if (entities_[e].kind != kind || entities_[e].mentions.empty()) continue;
        int score = 0;
        for (const auto& word : words) score += names.count(word) ? 1 : 0;
        // "its foreign ministry" is not the Interior Ministry: a lower-case modifier of
        // an organisation must be part of its name.
        bool fits = true;
        for (const auto& word : modifiers) fits = fits && (actor || names.count(word));
        // "the office said" is not Hamas: a body's own kind of head (ministry, office,
        // committee...) must be in its name; "the agency", "the service" need not be.
        fits = fits && (actor || !kNamedHeads.count(head) || names.count(head));
        // "a police spokesman" is not the UN's spokesperson: a person described by a
        // body ("police", "army", "ministry") must have that body in their role.
        for (const auto& word : modifiers) {
            const auto body = roles_.labelOf(word);
            if (actor && body && (*body == "unnamed" || *body == "agency")) {
                fits = fits && foldCase(entities_[e].role).find(word) != std::string::npos;
            }
        }
        if (!fits) continue;
        // Nearest mention: before counts as nearer than after.
        std::uint32_t distance = UINT32_MAX;
        for (const Span& span : entities_[e].mentions) {
            const std::uint32_t d =
                span.end <= here ? here - span.end : 0x40000000u + (span.begin - here);
            distance = std::min(distance, d);
        }
        // An organisation named only later must share a word with the description.
        if (!actor && distance >= 0x40000000u && score == 0) continue;
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = static_cast<long>(e);
            bestScore = score;
            bestDistance = distance;
        }
    }
    if (best >= 0) addUnique(into, static_cast<std::size_t>(best));
}

}  // namespace newsgraph::parser
