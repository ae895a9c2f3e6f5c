// SentenceReader (sentence_reader.h): parts and wholes of a count, lists, bodies, craft
// and the setting a count was taken in.
#include "parser/figures/sentence_reader.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace newsgraph::parser {

using namespace figure_text;

std::optional<std::string> SentenceReader::countHead(std::size_t npBegin, std::size_t npEnd) const {
    std::size_t head = npEnd;
    while (head > npBegin && s_.punct[head - 1]) --head;
    if (head == npBegin) return std::nullopt;
    return CueTable::get("count_heads").labelOf(s_.words[head - 1]);
}

std::optional<std::string> SentenceReader::bodiesMeasure(std::size_t first, std::size_t npBegin,
                                                         std::size_t npEnd) const {
    const CueTable& predicates = CueTable::get("body_predicates");
    auto isBodies = [&](std::size_t k) { return s_.words[k] == "bodies" || s_.words[k] == "corpses" || s_.words[k] == "remains"; };
    // The counted noun, or "the bodies of eight victims": the noun that governs the numeral.
    std::optional<std::size_t> noun;
    // "19 of the 90 bodies": the noun of the whole the numeral is a part of.
    const std::size_t nounEnd = s_.words[npBegin < s_.size() ? npBegin : 0] == "of" ? npBegin + 4 : npEnd;
    for (std::size_t k = npBegin; k <= nounEnd && k < s_.size() && !noun; ++k) {
        if (endsClause(s_, k)) break;
        if (isBodies(k)) noun = k;
    }
    std::size_t after = noun ? *noun + 1 : npEnd;
    if (!noun && first >= 2 && s_.words[first - 1] == "of" && isBodies(first - 2)) {
        noun = first - 2;
        // "The bodies of 174 of 179 victims have been identified": the verb comes past
        // the whole the numeral is a part of.
        if (after + 1 < s_.size() && s_.words[after] == "of" && numeral(after + 1)) {
            after += 2;
            for (std::size_t k = 0; k < 3 && after < s_.size() && !kAuxiliaries.count(s_.words[after]) &&
                                    !endsClause(s_, after);
                 ++k) {
                ++after;
            }
        }
    }
    if (!noun) return std::nullopt;
    // "259 of the 260 bodies recovered from the site have been identified": the participle
    // right after the noun says what the whole is; the numeral's own verb comes later.
    bool part = false;
    for (std::size_t k = first + 1; k < *noun; ++k) part = part || numeral(k);
    // The verb said of the bodies: the first after the noun, past an aside that a comma
    // and a relative pronoun open ("The bodies of eight victims, who were identified by
    // relatives, have been handed over").
    for (std::size_t k = after; k < s_.size(); ++k) {
        if (s_.isPunct(k, ",") && k + 1 < s_.size() &&
            (s_.words[k + 1] == "who" || s_.words[k + 1] == "which")) {
            std::size_t close = k + 2;
            while (close < s_.size() && close < k + 30 && !endsClause(s_, close)) ++close;
            if (close < s_.size() && s_.isPunct(close, ",")) {
                k = close;
                continue;
            }
        }
        if (endsClause(s_, k) || numeral(k) || (kClauseOpeners.count(s_.words[k]) && k > after)) break;
        if (auto m = predicates.matchAt(s_.words, k)) {
            if (part && k == after) {
                k += m->words - 1;
                continue;
            }
            return m->label;
        }
    }
    // "Rescuers have recovered 89 bodies": a verb before the numeral, in its clause.
    std::size_t b = first;
    while (b > 0 && !endsClause(s_, b - 1)) --b;
    for (std::size_t k = first; k-- > b;) {
        if (auto m = predicates.matchAt(s_.words, k); m && k + m->words <= first) return m->label;
    }
    return std::nullopt;
}

bool SentenceReader::listedAfter(const FigureMention& before, std::size_t first) const {
    const std::size_t from = s_.wordEndAt(before.fact.mentions.front().end);
    if (from >= first) return false;
    bool joined = false;
    for (std::size_t k = from; k < first; ++k) {
        const std::string& w = s_.words[k];
        if (w == "and" || w == "," || w == "or") {
            joined = true;
            continue;
        }
        // "105 from Kandy, 53 from Badulla": "from" before a name places the item; "up
        // from 43" compares.
        if (w == "from" && k + 1 < first && std::isupper(static_cast<unsigned char>(s_.original[k + 1][0])) &&
            !(k > from && (s_.words[k - 1] == "up" || s_.words[k - 1] == "down"))) {
            continue;
        }
        // "..., up from 43": a compared older figure, no list.
        static const std::set<std::string> kComparing = {"up", "down", "from", "than", "to",
                                                         "compared", "versus", "against"};
        // The cue heading the first item's noun ("1,293 deaths in A, 452 in B") is its own.
        const bool ownCue = k == from && !isParticiple(w);
        if (s_.punct[k] || numeral(k) || kAuxiliaries.count(w) || isParticiple(w) ||
            (measures_.matchAt(s_.words, k) && !ownCue) || reporting_.contains(w) || kClauseOpeners.count(w) ||
            kComparing.count(w)) {
            return false;
        }
    }
    return joined;
}

std::string SentenceReader::craftPart(std::size_t npBegin) const {
    for (std::size_t k = npBegin; k + 1 < s_.size() && k < npBegin + 12; ++k) {
        // "171 of the 172 people on board": the whole's numeral is passed over.
        const bool whole = k >= 2 && s_.words[k - 1] == "the" && s_.words[k - 2] == "of";
        if (endsClause(s_, k) || (k > npBegin && numeral(k) && !whole)) break;
        const std::string& w = s_.words[k];
        if (w == "onboard" || w == "aboard" || (w == "on" && s_.words[k + 1] == "board")) return "on board";
        if (w == "on" && k + 2 < s_.size() && s_.words[k + 1] == "the" && s_.words[k + 2] == "ground") {
            return "on the ground";
        }
    }
    return {};
}

bool SentenceReader::coordinatedClause(std::size_t first) const {
    std::size_t k = beforeQualifier(first);
    if (k == 0) return false;
    const std::string& joiner = s_.words[k - 1];
    if (joiner != "and" && joiner != "while" && joiner != "but" && joiner != "whereas") return false;
    for (std::size_t j = k - 1; j-- > 0;) {
        if (endsClause(s_, j)) return false;
        if (numeral(j)) return true;
    }
    return false;
}

std::optional<std::string> SentenceReader::includingWhole(std::size_t first) const {
    std::size_t k = beforeQualifier(first);
    static const std::set<std::string> kInclude = {"include", "includes", "included", "including"};
    if (k == 0 || !kInclude.count(s_.words[k - 1])) return std::nullopt;
    for (std::size_t j = k - 1; j-- > 0;) {
        if (endsClause(s_, j) || numeral(j) || reporting_.contains(s_.words[j])) break;
        if (auto m = measures_.matchAt(s_.words, j); m && m->label != "aboard") {
            return joinedMeasure(measures_, s_, j, *m);
        }
    }
    // "The victims include nine railway employees": the victims of a disaster's toll are
    // its dead (a measure only here: "victims were treated" counts no deaths; "the
    // identified victims include" counts the identified, above).
    if (k >= 2 && s_.words[k - 2] == "victims" && s_.words[k - 1] != "including") return "killed";
    return std::nullopt;
}

bool SentenceReader::placeAfterPredicate(std::size_t npEnd) const {
    for (std::size_t k = npEnd; k < s_.size() && k < npEnd + 6; ++k) {
        if (endsClause(s_, k)) return false;
        if (s_.words[k] == "at" || s_.words[k] == "in") return true;
    }
    return false;
}

std::string SentenceReader::setting(std::size_t first, std::size_t last) const {
    static const std::set<std::string> kHospitals = {"hospital", "hospitals", "morgue", "morgues",
                                                     "mortuary", "clinic", "clinics"};
    // The numeral's clause, up to another count's after it: "28 miners were dead and 11
    // rescued miners are in hospital" puts only the 11 in hospital.
    std::size_t b = first;
    while (b > 0 && !endsClause(s_, b - 1)) --b;
    std::size_t e = last + 1;
    while (e < s_.size() && !endsClause(s_, e) && !numeral(e) &&
           !(s_.words[e] == "and" && e + 1 < s_.size() && numeral(e + 1))) {
        ++e;
    }
    for (std::size_t k = b; k < e; ++k) {
        if (kHospitals.count(s_.words[k])) return "hospitals";
        // "at Jinnah Postgraduate Medical Centre": a hospital by another name.
        if (s_.words[k] == "medical" && k + 1 < e &&
            (s_.words[k + 1] == "centre" || s_.words[k + 1] == "center" || s_.words[k + 1] == "college" ||
             s_.words[k + 1] == "institute")) {
            return "hospitals";
        }
    }
    // "nine were pronounced dead at the scene", "died on the spot": those who died where
    // it happened are a part of the toll, counted apart from the whole.
    for (std::size_t k = b; k + 2 < e; ++k) {
        if ((s_.words[k] == "at" && s_.words[k + 1] == "the" && s_.words[k + 2] == "scene") ||
            (s_.words[k] == "on" && s_.words[k + 1] == "the" && s_.words[k + 2] == "spot")) {
            return "the scene";
        }
    }
    return {};
}

bool SentenceReader::includedPart(std::size_t first) const {
    std::size_t k = beforeQualifier(first);
    if (k > 0 && (s_.words[k - 1] == "the")) --k;
    if (k > 0 && s_.words[k - 1] == "also") --k;
    return k > 0 && (s_.words[k - 1] == "include" || s_.words[k - 1] == "includes" ||
                     s_.words[k - 1] == "included");
}

std::string SentenceReader::complement(std::size_t i) const {
    // "19 of the 90 bodies recovered from the river have been identified": a participle
    // right after the whole describes the whole, and names no part.
    if (i < s_.size() && isParticiple(s_.words[i])) return {};
    // "six of those who died there were in a home": the adverb is the relative clause's.
    if (i < s_.size() && (s_.words[i] == "there" || s_.words[i] == "here")) ++i;
    while (i < s_.size() && kAuxiliaries.count(s_.words[i])) ++i;
    std::size_t end = i;
    while (end < s_.size() && end < i + 5 && !s_.punct[end] && !kAuxiliaries.count(s_.words[end]) &&
           !kClauseOpeners.count(s_.words[end]) && !numeral(end) && s_.words[end] != "and") {
        ++end;
    }
    return joinOriginal(s_, i, end);
}

bool SentenceReader::partOfBefore(std::size_t first) const {
    std::size_t k = beforeQualifier(first);
    if (k >= 1 && s_.words[k - 1] == "including") return true;
    if (k >= 2 && (s_.words[k - 2] == "among" || s_.words[k - 2] == "of") &&
        (s_.words[k - 1] == "them" || s_.words[k - 1] == "whom" || s_.words[k - 1] == "which")) {
        return true;
    }
    // "Nearly a dozen deaths ..., three of which are said to have occurred before": the
    // partitive after the numeral.
    return first + 2 < s_.size() && s_.words[first + 1] == "of" &&
           (s_.words[first + 2] == "which" || s_.words[first + 2] == "whom");
}

std::string SentenceReader::locativeAfter(std::size_t i) const {
    // "1,293 deaths in Al Haouz": past the cue that heads the noun phrase.
    if (i < s_.size()) {
        if (auto cue = measures_.matchAt(s_.words, i)) i += cue->words;
    }
    if (i + 1 >= s_.size() || (s_.words[i] != "in" && s_.words[i] != "at")) return {};
    std::size_t end = i + 1;
    while (end < s_.size() && !s_.punct[end] &&
           std::isupper(static_cast<unsigned char>(s_.original[end][0]))) {
        ++end;
    }
    return end > i + 1 ? joinOriginal(s_, i, end) : std::string();
}

std::string SentenceReader::alonePart(std::size_t first, std::size_t last) const {
    // The place's name: capitalised words after "in", ending right before "alone".
    auto capitalisedBefore = [&](std::size_t b) {
        while (b > 0 && !s_.punct[b - 1] && s_.words[b - 1] != "in" &&
               std::isupper(static_cast<unsigned char>(s_.original[b - 1][0]))) {
            --b;
        }
        return b;
    };
    auto placeBefore = [&](std::size_t alone) -> std::string {
        std::size_t b = capitalisedBefore(alone);
        // "Sistan and Baluchistan": a connector between capitalised words.
        while (b >= 2 && b < alone && s_.words[b - 1] == "and" &&
               std::isupper(static_cast<unsigned char>(s_.original[b - 2][0]))) {
            b = capitalisedBefore(b - 1);
        }
        if (b == alone || b == 0) return {};
        // "in the hard-hit province of Kunar alone": the name after a noun for a place.
        static const std::set<std::string> kPlaceNouns = {"province", "state", "district", "region",
                                                          "city", "county", "town", "governorate"};
        if (s_.words[b - 1] == "of" && b >= 2 && kPlaceNouns.count(s_.words[b - 2])) {
            return "in " + joinOriginal(s_, b, alone);
        }
        if (s_.words[b - 1] != "in") return {};
        return "in " + joinOriginal(s_, b, alone);
    };
    // Before the numeral, in the same clause: "In X alone, 93 ...".
    for (std::size_t k = first; k-- > 0;) {
        if (s_.words[k] == "alone") return placeBefore(k);
        if (s_.punct[k] && !s_.isPunct(k, ",")) break;
        if (s_.isPunct(k, ",") && k + 1 < first && k > 0 && s_.words[k - 1] != "alone") break;
    }
    // After it, before the clause ends: "93 died in X alone", "1,411 were killed and 3,124
    // injured in the province of X alone" (both counts are the place's). Inner hyphens
    // ("hard-hit") end no clause.
    constexpr std::size_t kReach = 20;
    for (std::size_t k = last + 1; k < s_.size() && k <= last + kReach; ++k) {
        if (s_.punct[k] && !s_.isPunct(k, "-")) break;
        if (s_.words[k] == "alone") return placeBefore(k);
    }
    return {};
}

bool SentenceReader::bracketedAfterName(std::size_t first, std::size_t last) const {
    return first >= 2 && last + 1 < s_.size() && s_.isPunct(first - 1, "(") &&
           s_.isPunct(last + 1, ")") && !s_.punct[first - 2] &&
           std::isupper(static_cast<unsigned char>(s_.original[first - 2][0]));
}

}  // namespace newsgraph::parser
