#include "parser/attribution/source_phrase.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "parser/text/cue_table.h"
#include "parser/text/lexicon.h"

namespace newsgraph::parser {

namespace {

const std::set<std::string> kDeterminers = {"the", "a", "an", "its", "their", "his", "her",
                                            "this", "that", "these", "those", "our"};
const std::set<std::string> kHeadEnders = {"of", "for", "at", "in", "from", "with", "on", "to",
                                           "who", "which", "that"};

void addUnique(std::vector<std::size_t>& to, std::size_t e) {
    if (std::find(to.begin(), to.end(), e) == to.end()) to.push_back(e);
}

}  // namespace

SourcePhrase readSourcePhrase(const SentenceWords& w, const AttributionFrame& frame,
                              const std::vector<long>& reporterAt) {
    SourcePhrase p;
    const std::size_t begin = frame.sourceBegin;
    const std::size_t end = std::min(frame.sourceEnd, w.size());
    const CueTable& documents = CueTable::get("attribution_cues");
    auto isDocument = [&](std::size_t k) {
        auto m = documents.labelOf(w.words[k]);
        return m && *m == "document";
    };
    for (std::size_t k = begin; k < end; ++k) {
        if (reporterAt[k] >= 0) addUnique(p.named, static_cast<std::size_t>(reporterAt[k]));
        if (isDocument(k)) p.documents.push_back(w.words[k]);
    }
    // The document a cue names ("a report by X") or a passive's subject names ("a new
    // report published by X"): the source owns it.
    const std::size_t from = frame.cue.kind == CueKind::Passive && frame.cue.begin >= 4
                                 ? frame.cue.begin - 4
                                 : frame.cue.begin;
    if (frame.cue.kind == CueKind::Document || frame.cue.kind == CueKind::Passive) {
        for (std::size_t k = from; k < frame.cue.end && k < w.size(); ++k) {
            if (isDocument(k)) p.documents.push_back(w.words[k]);
        }
    }
    // "told Reuters that ...", "confirmed to Press TV that ...": the hearer, when it is an
    // entity.
    const bool told = w.words[frame.cue.begin] == "told" || w.words[frame.cue.begin] == "tells";
    const bool saidTo = frame.cue.kind == CueKind::Verb && frame.cue.end < w.size() && w.words[frame.cue.end] == "to";
    if (told || saidTo) {
        for (std::size_t k = frame.cue.end + (saidTo ? 1 : 0); k < w.size() && k < frame.cue.end + 6; ++k) {
            if (w.punct[k] && w.words[k] != "'s") break;
            if (w.words[k] == "that") break;
            if (reporterAt[k] >= 0) addUnique(p.hearers, static_cast<std::size_t>(reporterAt[k]));
        }
    }
    if (begin >= end) return p;
    // The head: the last word before a preposition or a relative word; in a possessive
    // ("the health ministry's daily update", "the agency's spokesperson") the owner.
    std::size_t headEnd = begin;
    while (headEnd < end && !kHeadEnders.count(w.words[headEnd])) ++headEnd;
    const CueTable& roles = CueTable::get("reporter_roles");
    for (std::size_t k = begin + 1; k < headEnd; ++k) {
        const auto owner = roles.labelOf(w.words[k - 1]);
        if (w.words[k] == "'s" && reporterAt[k - 1] < 0 && owner &&
            (*owner == "agency" || *owner == "named agency")) {
            headEnd = k;
            break;
        }
    }
    std::size_t head = headEnd;
    while (head > begin && w.punct[head - 1]) --head;
    if (head == begin) {
        if (!p.named.empty()) p.form = SourceForm::Named;
        return p;
    }
    --head;
    const std::string& word = w.words[head];
    // "the United Nations agency", "the U.N. refugee agency": a name describing a body
    // is not the body; the description is resolved, the name excluded.
    const auto headLabel = roles.labelOf(word);
    const bool bodyHead = headLabel && (*headLabel == "agency" || *headLabel == "named agency");
    // ... but "the AFP news agency" is AFP: a news agency is named by its name.
    // So is "the Interfax agency": the name before "agency" is a news outlet's.
    const bool newsAgency =
        word == "agency" && head > begin &&
        (w.words[head - 1] == "news" ||
         (reporterAt[head - 1] >= 0 && Lexicon::get("news_outlets").contains(w.original[head - 1])));
    if (!p.named.empty() && (newsAgency || !(bodyHead && reporterAt[head] < 0))) {
        // "the Taliban's Ministry of Disasters": the owner of a named body is not it.
        if (p.named.size() > 1) {
            std::vector<std::size_t> owned;
            for (std::size_t k = begin; k + 1 < end; ++k) {
                if (reporterAt[k] >= 0 && w.words[k + 1] == "'s") {
                    owned.push_back(static_cast<std::size_t>(reporterAt[k]));
                }
            }
            std::vector<std::size_t> kept;
            for (std::size_t e : p.named) {
                if (std::find(owned.begin(), owned.end(), e) == owned.end()) kept.push_back(e);
            }
            if (!kept.empty()) p.named = kept;
        }
        p.form = SourceForm::Named;
        return p;
    }
    p.excluded = p.named;
    p.named.clear();
    static const std::set<std::string> kPersonPronouns = {"he", "she", "him", "her"};
    if (kPersonPronouns.count(word) || word == "it" || word == "its") {
        p.form = SourceForm::Pronoun;
        p.head = word;
        p.person = kPersonPronouns.count(word) > 0;
        return p;
    }
    if (word == "they" || word == "them" || word == "we" || word == "i") {
        p.form = SourceForm::Unnamed;
        p.plural = true;
        p.head = word;
        return p;
    }
    for (std::size_t k = begin; k < head; ++k) {
        if (w.punct[k] || kDeterminers.count(w.words[k])) continue;
        p.modifiers.push_back(w.words[k]);
    }
    p.head = word;
    auto label = headLabel;
    if (!label && head > begin) label = roles.labelOf(w.words[head - 1]);
    // "the island's top government official": one definite person, not "officials".
    if (label && *label == "unnamed" && word == "official" && w.words[begin] == "the") {
        p.form = SourceForm::Description;
        p.person = true;
        return p;
    }
    if (label && *label == "unnamed") {
        p.form = SourceForm::Unnamed;
        p.plural = true;
        return p;
    }
    if (label) {
        p.form = SourceForm::Description;
        p.person = *label == "actor";
        // "a police spokesman": a new person, not one the article named before.
        p.indefinite = w.words[begin] == "a" || w.words[begin] == "an";
        // "lawmakers", "ministers": several people, no one of them.
        p.plural = p.person && word.size() > 3 && word.back() == 's' && word != "ms";
        return p;
    }
    if (!p.documents.empty()) {
        p.form = SourceForm::Document;
        return p;
    }
    return p;
}

}  // namespace newsgraph::parser
