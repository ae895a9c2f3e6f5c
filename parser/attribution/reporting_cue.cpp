#include "parser/attribution/reporting_cue.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "parser/text/cue_table.h"
#include "parser/text/lexicon.h"

namespace newsgraph::parser {

namespace {

// Grammar words, not domain words: they stay in code.
const std::set<std::string> kBeAuxiliaries = {"was", "were", "is",   "are", "been",
                                              "be",  "being", "get", "got", "gets"};
const std::set<std::string> kDeterminers = {"the", "a", "an", "its", "their", "his", "her",
                                            "this", "that", "these", "those", "newly", "of"};
// "claimed responsibility", "claimed victory": a deed, not a report.
const std::set<std::string> kDeeds = {"responsibility", "credit", "victory", "lives"};
// The words of a count between a verb and its object ("at least 66", "more than 20").
const std::set<std::string> kCountWords = {"at", "least", "more", "than", "over", "nearly",
                                           "about", "some", "around", "almost", "up", "to"};

bool hasDigit(const std::string& word) {
    return std::any_of(word.begin(), word.end(),
                       [](unsigned char c) { return std::isdigit(c) != 0; });
}

bool isLy(const std::string& w) { return w.size() > 4 && w.ends_with("ly"); }

// The word before i, adverbs ("also", "earlier", "widely") passed over.
std::size_t wordBefore(const SentenceWords& w, std::size_t i) {
    static const std::set<std::string> kAdverbs = {"also", "earlier", "later", "now", "first",
                                                   "previously", "initially", "originally",
                                                   "further", "then", "still", "again"};
    std::size_t k = i;
    while (k > 0 && !w.punct[k - 1] && (kAdverbs.count(w.words[k - 1]) || isLy(w.words[k - 1]))) {
        --k;
    }
    return k;
}

// The word after "by" of a passive verb at i, within nine words, or 0.
std::size_t passiveAgent(const SentenceWords& w, std::size_t i) {
    for (std::size_t k = i + 1; k < w.size() && k < i + 10; ++k) {
        // "had recorded 380 cases by Friday": a count is an active verb's object; a date's
        // day or year ("on June 9 by") is not.
        const bool dateNumber = w.words[k].size() <= 2 || (w.words[k].size() == 4 && w.words[k] > "1900" && w.words[k] < "2100");
        if ((hasDigit(w.words[k]) && !dateNumber) || (w.punct[k] && w.words[k] != "'s")) return 0;
        if (w.words[k] == "by") {
            // "told Reuters by phone": a means, not an agent.
            static const std::set<std::string> kMeans = {"phone", "telephone", "email", "e-mail", "text",
                                                         "video", "videolink", "radio", "letter", "satellite",
                                                         "mail", "messaging", "message", "fax"};
            if (k + 1 < w.size() && kMeans.count(w.words[k + 1])) return 0;
            return k + 1 < w.size() ? k + 1 : 0;
        }
    }
    return 0;
}

// "to be over 4,000 by the government": the word after "by" that closes a count begun at
// `from` (its qualifier, the number and its noun), or 0.
std::size_t agentPastCount(const SentenceWords& w, std::size_t from) {
    constexpr std::size_t kReach = 7;
    bool counted = false;
    for (std::size_t k = from; k < w.size() && k < from + kReach; ++k) {
        if (w.punct[k]) return 0;
        if (hasDigit(w.words[k])) counted = true;
        if (w.words[k] == "by") return counted && k + 1 < w.size() ? k + 1 : 0;
    }
    return 0;
}

// Whether "by" follows the verb at i right away or after a time ("reported on
// Monday by", "released earlier by").
bool agentNext(const SentenceWords& w, std::size_t i) {
    std::size_t k = i + 1;
    while (k < w.size() && !w.punct[k] && (isLy(w.words[k]) || w.words[k] == "earlier" ||
                                          w.words[k] == "later" || w.words[k] == "on" ||
                                          w.words[k] == "in" || w.words[k] == "the" ||
                                          w.words[k] == "morning" || w.words[k] == "of" ||
                                          std::isdigit(static_cast<unsigned char>(w.words[k][0])) ||
                                          std::isupper(static_cast<unsigned char>(w.original[k][0])))) {
        ++k;
    }
    return k < w.size() && w.words[k] == "by";
}

CueKind kindOf(const std::string& label) {
    if (label == "recording") return CueKind::Recording;
    if (label == "stance") return CueKind::Stance;
    if (label == "source") return CueKind::Phrase;
    if (label == "relay") return CueKind::Relay;
    if (label == "document" || label == "nominal") return CueKind::Document;
    return CueKind::Verb;
}

}  // namespace

bool reportsWithoutSource(const SentenceWords& w) {
    static const std::set<std::string> kHearsay = {"reported", "said", "believed", "thought",
                                                   "feared", "rumoured", "rumored", "understood",
                                                   "confirmed", "estimated", "known", "presumed"};
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w.punct[i]) continue;
        if (w.words[i] == "reportedly" || w.words[i] == "allegedly") return true;
        if (!kHearsay.count(w.words[i])) continue;
        // What follows says what was reported of whom ("reported dead", "believed to
        // have"); "where cholera was reported" reports nobody's count.
        // "An additional 12 deaths were reported in X": the count is the passive's subject.
        bool countBefore = false;
        for (std::size_t k = i; k-- > 0 && !countBefore;) {
            if (w.punct[k] && w.words[k] != "'s") break;
            countBefore = hasDigit(w.words[k]);
        }
        const bool ofCount = countBefore || (i + 1 < w.size() && (w.words[i + 1] == "to" ||
                                                  CueTable::get("measures").matchAt(w.words, i + 1)));
        const std::size_t before = wordBefore(w, i);
        if (ofCount && before > 0 && kBeAuxiliaries.count(w.words[before - 1]) && passiveAgent(w, i) == 0) {
            return true;
        }
    }
    return false;
}

const char* cueKindName(CueKind kind) {
    switch (kind) {
        case CueKind::Verb: return "verb";
        case CueKind::Recording: return "recording verb";
        case CueKind::Stance: return "stance verb";
        case CueKind::Phrase: return "source phrase";
        case CueKind::Relay: return "relay";
        case CueKind::Passive: return "passive";
        case CueKind::Document: return "document";
    }
    return "cue";
}

std::vector<ReportingCue> findReportingCues(const SentenceWords& w) {
    const CueTable& table = CueTable::get("attribution_cues");
    const Lexicon& verbs = Lexicon::get("reporting_verbs");
    std::vector<ReportingCue> cues;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w.punct[i]) continue;
        std::optional<CueTable::Match> match = table.matchAt(w.words, i);
        // A document noun only counts right after its owner ("an AFP tally"); the
        // attribution stage checks the owner. Verbs of the table are verbs.
        std::string label = match ? match->label : "";
        std::size_t length = match ? match->words : 1;
        if (!match && verbs.contains(w.words[i])) label = "verb";
        // "now estimates that": a verb; "the ministry's estimates": a document.
        if (label == "document" && length == 1 && verbs.contains(w.words[i])) {
            static const std::set<std::string> kNounBefore = {"'s", "the", "a", "an", "its",
                                                              "their", "his", "her", "latest",
                                                              "new", "official", "preliminary"};
            if (i == 0 || !kNounBefore.count(w.words[i - 1])) label = "verb";
        }
        if (label.empty()) continue;
        const CueKind kind = kindOf(label);
        if (kind == CueKind::Verb || kind == CueKind::Recording || kind == CueKind::Stance) {
            // "the United States": a capitalised word inside a sentence is a name.
            if (i > 0 && std::isupper(static_cast<unsigned char>(w.original[i][0]))) continue;
            const std::string next = i + 1 < w.size() ? w.words[i + 1] : "";
            // "reports of suicide squads", "estimates of the toll": nouns.
            if (w.words[i].back() == 's' && next == "of") continue;
            // "troops estimated to be 10,000", "said to have been": a passive report.
            if (next == "to" && i + 2 < w.size() &&
                (w.words[i + 2] == "be" || w.words[i + 2] == "have")) {
                // "was estimated to be over 4,000 by the government": the agent after the
                // count is the source.
                const std::size_t before = wordBefore(w, i);
                if (before > 0 && kBeAuxiliaries.count(w.words[before - 1])) {
                    if (std::size_t agent = agentPastCount(w, i + 3)) {
                        cues.push_back({CueKind::Passive, i, i + 1, agent});
                        // "..., and about 1,500 by the UN": the verb understood again.
                        for (std::size_t k = agent; k + 2 < w.size(); ++k) {
                            if (w.words[k] != "and" || !w.punct[k - 1]) continue;
                            if (std::size_t other = agentPastCount(w, k + 1)) {
                                cues.push_back({CueKind::Passive, other - 1, other, other});
                                i = other;
                            }
                            break;
                        }
                    }
                }
                continue;
            }
            // "claimed the lives of": past a determiner too.
            const std::size_t object = i + 2 < w.size() && (w.words[i + 1] == "the" || w.words[i + 1] == "their")
                                           ? i + 2
                                           : i + 1;
            // "claimed 66 lives", "claimed at least 20 lives": the count before the deed.
            std::size_t deed = object;
            while (deed < w.size() && (hasDigit(w.words[deed]) || kCountWords.count(w.words[deed]))) ++deed;
            if (deed < w.size() && kDeeds.count(w.words[deed])) continue;
            const std::size_t before = wordBefore(w, i);
            const bool passive = before > 0 && kBeAuxiliaries.count(w.words[before - 1]);
            // "the confirmed toll", "24 confirmed dead": an adjective, not a report.
            const bool adjective =
                before > 0 && (kDeterminers.count(w.words[before - 1]) ||
                               hasDigit(w.words[before - 1]));
            // "the figures reported by X": a participle with its agent.
            const bool perfect = before > 0 && (w.words[before - 1] == "has" ||
                                                w.words[before - 1] == "have" ||
                                                w.words[before - 1] == "had");
            const std::size_t agent = passiveAgent(w, i);
            if (passive || adjective || (agent && !perfect && agentNext(w, i))) {
                // "a bombing claimed by the Islamic State group": a deed, owned.
                if (agent && w.words[i] != "claimed") cues.push_back({CueKind::Passive, i, i + 1, agent});
                continue;
            }
        }
        if (label == "document") {
            // An owner right before: a name, or a possessive ("the ministry's figures");
            // "that figure", "the tally" have none.
            static const std::set<std::string> kNoOwner = {"the", "a", "an", "that", "this", "these", "those"};
            if (i == 0 || (w.punct[i - 1] && w.words[i - 1] != "'s") || kNoOwner.count(w.words[i - 1])) continue;
        }
        // "a report by X": the author follows the phrase.
        cues.push_back({kind, i, i + length, label == "nominal" ? i + length : 0});
        i += length - 1;
    }
    return cues;
}

}  // namespace newsgraph::parser
