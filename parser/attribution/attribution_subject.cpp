// Who the subject of a reporting verb is: the clause segment before it (appositives,
// brackets and adverbs passed over), or the words after it ("..., said the ministry").
#include <algorithm>
#include <cctype>
#include <set>

#include "parser/attribution/attributor.h"

namespace newsgraph::parser {

// The subject of a reporting verb: the clause segment before it (appositives skipped),
// or the words after it when nothing precedes it ("..., said the ministry").
void Attributor::verbSubject(const SentenceWords& w, const std::vector<long>& at, std::size_t verb,
                             std::size_t after, std::size_t s, Found& f) {
    // "..., said the ministry." and a quotation's '"...," said X'.
    if (verb > 0 && (kSegmentMarks.count(w.words[verb - 1]) || w.words[verb - 1] == "\"") &&
        postposed(w, after)) {
        EntitySet into;
        phraseObject(w, at, after, s, into);
        if (!into.empty()) {
            addAll(f.named, into);
            return;
        }
    }
    std::size_t end = verb;
    EntitySet speaksFor;  // bodies an appositive role ties the subject to
    EntitySet bracketed;  // the named entities of a bracket right after the subject
    for (int segments = 0; segments < 4 && end > 0; ++segments) {
        std::size_t begin = end;
        while (begin > 0 && !kSegmentMarks.count(w.words[begin - 1]) &&
               !kBoundaries.count(w.words[begin - 1])) {
            --begin;
        }
        // "the Agency (Basarnas) said": a bracketed name that is no entity of ours, and
        // ", also said": a segment of adverbs only, stand for the subject before them.
        bool onlyAdverbs = begin < end;
        for (std::size_t k = begin; k < end; ++k) {
            onlyAdverbs = onlyAdverbs && (kSkipBeforeVerb.count(w.words[k]) ||
                                          (w.words[k].size() > 4 && w.words[k].ends_with("ly")));
        }
        const bool bracket =
            begin > 0 && w.words[begin - 1] == "(" && end < w.size() && w.words[end] == ")";
        // Brackets and empty segments (", (" ) do not count towards the limit.
        if (bracket || begin == end) --segments;
        if (bracket) {
            bracketed.clear();
            for (std::size_t k = begin; k < end; ++k) {
                if (at[k] >= 0) addUnique(bracketed, static_cast<std::size_t>(at[k]));
            }
        }
        if ((onlyAdverbs && begin > 0 &&
             (w.words[begin - 1] == "," || w.words[begin - 1] == ")")) ||
            bracket) {
            if (begin == 0) return;
            end = begin - 1;
            continue;
        }
        // Enclosed by marks on both sides (", a member of ...,"); the segment right
        // before the verb is its subject whatever it starts with.
        // ", the agency's spokeswoman,": a role after a name is an appositive too.
        const bool roleAfterName = end < verb && begin > 0 && w.words[begin - 1] == "," &&
                                   begin < end && affiliationRoles_.contains(w.words[end - 1]);
        const bool appositive =
            (end < verb && begin > 0 && kSegmentMarks.count(w.words[begin - 1]) && begin < end &&
             !w.punct[begin] && std::islower(static_cast<unsigned char>(w.original[begin][0])) &&
             w.words[begin] != "the") ||
            roleAfterName;
        if (appositive) {
            affiliations(w, at, begin, end, speaksFor);
            bracketed.clear();  // "(DPS)" closed the appositive, not the subject
        }
        if (begin < end && !appositive) {
            // "The United Nations refugee agency (UNHCR) said": the bracketed name is
            // the subject's own, and more precise than the words before it.
            EntitySet named = bracketed;
            for (std::size_t k = begin; k < end && bracketed.empty(); ++k) {
                if (at[k] >= 0) addUnique(named, static_cast<std::size_t>(at[k]));
            }
            // "the U.N. refugee agency said": a body described after a name ends the
            // segment; it is the body that fits the description, not the name.
            if (!named.empty() && bracketed.empty() && at[end - 1] < 0 &&
                roles_.labelOf(w.words[end - 1]) == std::optional<std::string>("agency") &&
                w.words[end - 1] != "it") {
                EntitySet described;
                resolveDescribed(w, begin, end, s, described);
                if (!described.empty()) named = described;
            }
            if (!named.empty()) {
                const bool person = std::any_of(named.begin(), named.end(), [&](std::size_t e) {
                    return entities_[e].kind == NodeKind::Actor;
                });
                if (person) addAll(named, speaksFor);
                addAll(f.named, named);
                noteReporters(named);
            } else {
                describedHead(w, begin, end, s, f);
            }
            return;
        }
        if (begin == 0 || kBoundaries.count(w.words[begin - 1])) return;
        end = begin - 1;
    }
}

// ", director of the Health Directorate,", ", a spokeswoman for the ministry,", ", the
// agency's spokesperson,": the agencies named in an appositive whose role (first, or last
// after a possessor) speaks for a body.
void Attributor::affiliations(const SentenceWords& w, const std::vector<long>& at,
                              std::size_t begin, std::size_t end, EntitySet& into) const {
    std::size_t k = begin;
    while (k < end && (w.words[k] == "a" || w.words[k] == "an" || w.words[k] == "the" ||
                       w.words[k] == "its" || w.words[k] == "their")) {
        ++k;
    }
    // Up to two modifiers before the role ("regional health director").
    std::size_t role = end;
    for (std::size_t r = k; r < end && r < k + 3; ++r) {
        if (affiliationRoles_.contains(w.words[r])) {
            role = r;
            break;
        }
    }
    // "the World Food Programme's spokesperson": the role ends the phrase, the body is
    // the possessor before it.
    std::size_t from = role + 1;
    if (role == end && end > begin && affiliationRoles_.contains(w.words[end - 1])) {
        role = end - 1;
        from = begin;
    }
    if (role == end) return;
    for (std::size_t j = from; j < end; ++j) {
        if (at[j] >= 0 && entities_[static_cast<std::size_t>(at[j])].kind == NodeKind::Agency) {
            addUnique(into, static_cast<std::size_t>(at[j]));
        }
    }
}

// Whether the words after a verb are only its subject: a short run to the clause end
// with no complement ("that ...") and no other cue.
bool Attributor::postposed(const SentenceWords& w, std::size_t after) const {
    if (after >= w.size() || w.punct[after]) return false;
    const bool subjectLike =
        w.words[after] == "the" || std::isupper(static_cast<unsigned char>(w.original[after][0]));
    if (!subjectLike) return false;  // "said it had", "said 30 people"
    for (std::size_t k = after; k < w.size(); ++k) {
        if (w.punct[k] && w.words[k] != "'s" && w.words[k] != "-") return true;
        if (k >= after + 8 || w.words[k] == "that" || cueAt(w, k)) return false;
    }
    return true;
}

// A descriptive subject: its head (last word, adverbs and auxiliaries skipped).
void Attributor::describedHead(const SentenceWords& w, std::size_t begin, std::size_t end,
                               std::size_t s, Found& f) {
    std::size_t k = end;
    while (k > begin && (kSkipBeforeVerb.count(w.words[k - 1]) || w.punct[k - 1] ||
                         (w.words[k - 1].size() > 4 && w.words[k - 1].ends_with("ly")))) {
        --k;
    }
    if (k == begin) return;
    const std::size_t before = f.described.size();
    resolveDescribed(w, begin, k, s, f.described);
    // "its foreign ministry said": a source that is no entity we know.
    if (f.described.size() == before && !pluralPeople_.count(s) && roles_.labelOf(w.words[k - 1])) {
        f.cue = true;
        f.unnamed = true;
    }
}

}  // namespace newsgraph::parser
