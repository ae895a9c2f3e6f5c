#include "parser/attribution.h"

#include <algorithm>
#include <optional>
#include <set>
#include <sstream>

#include "parser/cue_table.h"
#include "parser/lexicon.h"
#include "parser/sentence_words.h"

namespace newsgraph::parser {

namespace {

using graph::NodeKind;
using EntitySet = std::vector<std::size_t>;  // indexes into the entities, in order found

const std::set<std::string> kSkipBeforeVerb = {
    "now",  "also",  "further", "then",  "later", "again", "had", "has",  "have", "was",
    "were", "is",    "are",     "been",  "would", "will",  "previously", "recently", "still",
    "first", "earlier", "in", "last", "on", "week", "month", "year", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday"};
const std::set<std::string> kSourceNouns = {"briefing", "report", "reports", "estimate",
                                            "estimates", "assessment", "statement", "data",
                                            "figures", "tally", "count", "survey"};
// Heads of descriptive bodies that a body's name must contain ("the ministry" is some
// Ministry of ...); other heads ("the agency", "the army", "it") name any body.
const std::set<std::string> kNamedHeads = {"ministry",  "directorate", "bureau",  "institute",
                                           "office",    "department",  "committee", "council"};
const std::set<std::string> kBoundaries = {"that", ";", ":", "\""};
const std::set<std::string> kSegmentMarks = {",", "-", "(", ")"};
const std::set<std::string> kFunctionWords = {"the", "a", "an", "'s", "of", "and", "s"};

void addUnique(EntitySet& to, std::size_t e) {
    if (std::find(to.begin(), to.end(), e) == to.end()) to.push_back(e);
}
void addAll(EntitySet& to, const EntitySet& from) {
    for (std::size_t e : from) addUnique(to, e);
}

bool isReporterKind(const EntityFact& e) {
    return e.kind == NodeKind::Actor || e.kind == NodeKind::Agency;
}

std::set<std::string> wordsOf(const std::string& text) {
    std::set<std::string> out;
    std::string folded = foldCase(foldTypography(text));
    for (char& c : folded) {
        if (c == '\'' || c == ',' || c == '(' || c == ')' || c == '.') c = ' ';
    }
    std::istringstream in(folded);
    for (std::string w; in >> w;) {
        if (!kFunctionWords.count(w)) out.insert(w);
    }
    return out;
}

struct Found {
    EntitySet named;        // named reporters
    EntitySet described;    // resolved descriptive reporters
    EntitySet sources;      // relay sources (briefed by X)
    bool cue = false;       // any attribution cue at all
    bool unnamed = false;   // a source phrase that names no entity ("according to officials")
    // "500 reported two weeks earlier by NEMA": a source for the figure just before it only.
    std::vector<std::pair<std::uint32_t, EntitySet>> agents;  // byte where it starts
};

class Attributor {
public:
    Attributor(const TextLayer& layer, const std::vector<EntityFact>& entities)
        : layer_(layer),
          entities_(entities),
          cues_(CueTable::get("attribution_cues")),
          verbs_(Lexicon::get("reporting_verbs")),
          roles_(CueTable::get("reporter_roles")),
          affiliationRoles_(Lexicon::get("affiliation_roles")) {
        for (std::size_t e = 0; e < entities.size(); ++e) {
            if (!isReporterKind(entities[e])) continue;
            for (const Span& span : entities[e].mentions) mentions_.push_back({span, e});
            std::set<std::string> names = wordsOf(entities[e].name);
            for (const auto& alias : entities[e].aliases) {
                auto more = wordsOf(alias);
                names.insert(more.begin(), more.end());
            }
            nameWords_.push_back(std::move(names));
        }
        std::sort(mentions_.begin(), mentions_.end(),
                  [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
    }

    void run(std::vector<FigureMention>& figures) {
        const auto& sentences = layer_.sentences();
        std::vector<Found> found(sentences.size());
        for (std::size_t s = 0; s < sentences.size(); ++s) {
            if (layer_.isContent(sentences[s])) found[s] = read(s);
        }
        // Plural descriptive people ("lawmakers") stand for the people the article names
        // as reporters of its figures.
        std::set<std::size_t> figureSentences;
        for (const auto& figure : figures) figureSentences.insert(figure.sentence);
        EntitySet speakers;
        for (std::size_t s : figureSentences) {
            for (std::size_t e : found[s].named) {
                if (entities_[e].kind == NodeKind::Actor) addUnique(speakers, e);
            }
        }
        for (std::size_t s = 0; s < sentences.size(); ++s) {
            if (pluralPeople_.count(s)) addAll(found[s].described, speakers);
        }
        // Carry-over within paragraphs, relays and the lead source.
        std::vector<EntitySet> reporters(sentences.size());
        std::vector<bool> attributed(sentences.size(), false);
        std::vector<std::pair<std::size_t, std::size_t>> relays;
        EntitySet current;
        EntitySet lead;
        std::size_t leadSentence = 0;  // the lead covers the figures after it only
        std::size_t paragraph = static_cast<std::size_t>(-1);
        for (std::size_t s = 0; s < sentences.size(); ++s) {
            if (!layer_.isContent(sentences[s])) continue;
            if (sentences[s].paragraph != paragraph) {
                paragraph = sentences[s].paragraph;
                current.clear();
            }
            const Found& f = found[s];
            EntitySet own = f.named;
            addAll(own, f.described);
            EntitySet relayers = own;
            if (relayers.empty()) relayers = current;
            for (std::size_t src : f.sources) {
                for (std::size_t r : relayers) {
                    if (r != src) relays.emplace_back(r, src);
                }
            }
            addAll(own, f.sources);
            if (!f.cue) {
                reporters[s] = current;
                attributed[s] = !current.empty();
            } else if (!f.named.empty() || (f.unnamed && f.described.empty())) {
                reporters[s] = own;
                attributed[s] = true;
            } else {
                reporters[s] = current;
                addAll(reporters[s], own);
                attributed[s] = true;
            }
            current = reporters[s];
            if (lead.empty() && !f.named.empty()) {
                lead = reporters[s];
                leadSentence = s;
            }
        }
        for (std::size_t fi = 0; fi < figures.size(); ++fi) {
            auto& figure = figures[fi];
            const std::size_t s = figure.sentence;
            // A headline (or a live blog's entry title: a line with no final stop) or a
            // recalled past incident speaks for no one unless its own sentence says who:
            // the article's lead source did not report it.
            const bool ownOnly = figure.heading || figure.historical || unterminated(s);
            EntitySet set = attributed[s] && (!ownOnly || found[s].cue) ? reporters[s]
                            : !ownOnly && s > leadSentence       ? lead
                                                                 : EntitySet{};
            const std::uint32_t from = figure.fact.mentions.front().end;
            const bool last = fi + 1 == figures.size() || figures[fi + 1].sentence != s;
            const std::uint32_t to =
                last ? UINT32_MAX : figures[fi + 1].fact.mentions.front().begin;
            for (const auto& [at, agents] : found[s].agents) {
                if (at >= from && at < to) addAll(set, agents);
            }
            for (bool grew = true; grew;) {
                grew = false;
                for (const auto& [from, to] : relays) {
                    if (std::count(set.begin(), set.end(), from) &&
                        !std::count(set.begin(), set.end(), to)) {
                        set.push_back(to);
                        grew = true;
                    }
                }
            }
            figure.fact.reporters.clear();
            for (std::size_t e : set) {
                if (std::find(figure.fact.reporters.begin(), figure.fact.reporters.end(),
                              entities_[e].name) == figure.fact.reporters.end()) {
                    figure.fact.reporters.push_back(entities_[e].name);
                }
            }
        }
    }

private:
    // A sentence that ends without . ! ? (closing quotes and brackets aside): a title line.
    bool unterminated(std::size_t s) const {
        const Sentence& sentence = layer_.sentences()[s];
        const auto& tokens = layer_.tokens();
        for (std::size_t t = sentence.endToken; t-- > sentence.firstToken;) {
            const Token& token = tokens[t];
            if (token.endsSentence()) return false;
            if (token.kind != TokenKind::Punct) return true;
        }
        return true;
    }

    // The reporter entity of each word of the sentence (-1: none); where mentions nest
    // ("United Nations" inside "United Nations Office for ..."), the longest one's.
    std::vector<long> entityWords(const SentenceWords& w) const {
        std::vector<long> at(w.size(), -1);
        std::vector<std::uint32_t> length(w.size(), 0);
        for (const auto& [span, e] : mentions_) {
            for (std::size_t i = 0; i < w.size(); ++i) {
                if (w.spans[i].begin >= span.begin && w.spans[i].end <= span.end &&
                    span.end - span.begin > length[i]) {
                    at[i] = static_cast<long>(e);
                    length[i] = span.end - span.begin;
                }
            }
        }
        return at;
    }

    Found read(std::size_t s) {
        const Sentence& sentence = layer_.sentences()[s];
        const SentenceWords w = sentenceWords(layer_, sentence);
        const std::vector<long> at = entityWords(w);
        Found f;
        for (std::size_t i = 0; i < w.size(); ++i) {
            auto cue = cueAt(w, i);
            if (!cue) {
                sourceNoun(w, at, i, f);
                continue;
            }
            const std::size_t after = i + cue->words;
            if (cue->label == "verb") {
                if (passiveAgent(w, at, after, s, f)) continue;  // "reported ... by X"
                // A verb counts as a cue only when it has a reporter ("estimated to be"
                // has none).
                const std::size_t before = f.named.size() + f.described.size();
                const bool plural = pluralPeople_.count(s) > 0;
                verbSubject(w, at, i, after, s, f);
                f.cue = f.cue || plural != (pluralPeople_.count(s) > 0) ||
                        f.named.size() + f.described.size() > before;
            } else {
                f.cue = true;
                EntitySet into;
                phraseObject(w, at, after, s, into);
                addAll(cue->label == "relay" ? f.sources : f.named, into);
                f.unnamed = f.unnamed || (into.empty() && cue->label == "source");
                noteReporters(into);
                i = after - 1;
            }
        }
        return f;
    }

    // A passive reporting verb with its agent within four words ("500 reported two weeks
    // earlier by the agency"): the agent is a source of the figure before it.
    bool passiveAgent(const SentenceWords& w, const std::vector<long>& at, std::size_t after,
                      std::size_t s, Found& f) {
        for (std::size_t k = after; k < w.size() && k < after + 5; ++k) {
            // "revealed after a briefing by X" is active: a noun phrase comes between.
            // "had recorded 380 cases by Friday" is active too: a count is its object.
            const bool count = std::any_of(w.words[k].begin(), w.words[k].end(),
                                           [](unsigned char c) { return std::isdigit(c); });
            if (w.punct[k] || count || w.words[k] == "a" || w.words[k] == "an" ||
                w.words[k] == "the") {
                return false;
            }
            if (w.words[k] != "by") continue;
            EntitySet into;
            phraseObject(w, at, k + 1, s, into);
            if (!into.empty()) {
                f.cue = true;
                f.agents.emplace_back(w.spans[after - 1].begin, into);
            }
            return true;
        }
        return false;
    }

    // The attribution cue starting at word i: a phrase of attribution_cues.txt (longest
    // first), else a reporting verb of reporting_verbs.txt.
    std::optional<CueTable::Match> cueAt(const SentenceWords& w, std::size_t i) const {
        if (auto cue = cues_.matchAt(w.words, i)) return cue;
        if (!w.punct[i] && verbs_.contains(w.words[i])) return CueTable::Match{"verb", 1};
        return std::nullopt;
    }

    // "a classified NIS briefing", "the ministry's estimate": an entity before a source noun.
    void sourceNoun(const SentenceWords& w, const std::vector<long>& at, std::size_t i,
                    Found& f) const {
        if (at[i] < 0 || (i + 1 < w.size() && at[i + 1] == at[i])) return;
        std::size_t j = i + 1;
        if (j < w.size() && w.words[j] == "'s") ++j;
        if (j < w.size() && kSourceNouns.count(w.words[j])) {
            f.cue = true;
            addUnique(f.sources, static_cast<std::size_t>(at[i]));
        }
    }

    // The subject of a reporting verb: the clause segment before it (appositives skipped),
    // or the words after it when nothing precedes it ("..., said the ministry").
    void verbSubject(const SentenceWords& w, const std::vector<long>& at, std::size_t verb,
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
            const bool bracket = begin > 0 && w.words[begin - 1] == "(" && end < w.size() &&
                                 w.words[end] == ")";
            // Brackets and empty segments (", (" ) do not count towards the limit.
            if (bracket || begin == end) --segments;
            if (bracket) {
                bracketed.clear();
                for (std::size_t k = begin; k < end; ++k) {
                    if (at[k] >= 0) addUnique(bracketed, static_cast<std::size_t>(at[k]));
                }
            }
            if ((onlyAdverbs && begin > 0 && (w.words[begin - 1] == "," || w.words[begin - 1] == ")")) ||
                bracket) {
                if (begin == 0) return;
                end = begin - 1;
                continue;
            }
            // Enclosed by marks on both sides (", a member of ...,"); the segment right
            // before the verb is its subject whatever it starts with.
            const bool appositive =
                end < verb && begin > 0 && kSegmentMarks.count(w.words[begin - 1]) && begin < end &&
                !w.punct[begin] && std::islower(static_cast<unsigned char>(w.original[begin][0])) &&
                w.words[begin] != "the";
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

    // ", director of the Health Directorate,", ", a spokeswoman for the ministry,": the
    // agencies named in an appositive that opens with a role speaking for a body.
    void affiliations(const SentenceWords& w, const std::vector<long>& at, std::size_t begin,
                      std::size_t end, EntitySet& into) const {
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
        if (role == end) return;
        for (std::size_t j = role + 1; j < end; ++j) {
            if (at[j] >= 0 && entities_[static_cast<std::size_t>(at[j])].kind == NodeKind::Agency) {
                addUnique(into, static_cast<std::size_t>(at[j]));
            }
        }
    }

    // Whether the words after a verb are only its subject: a short run to the clause end
    // with no complement ("that ...") and no other cue.
    bool postposed(const SentenceWords& w, std::size_t after) const {
        if (after >= w.size() || w.punct[after]) return false;
        const bool subjectLike = w.words[after] == "the" ||
                                 std::isupper(static_cast<unsigned char>(w.original[after][0]));
        if (!subjectLike) return false;  // "said it had", "said 30 people"
        for (std::size_t k = after; k < w.size(); ++k) {
            if (w.punct[k] && w.words[k] != "'s" && w.words[k] != "-") return true;
            if (k >= after + 8 || w.words[k] == "that" || cueAt(w, k)) return false;
        }
        return true;
    }

    // A descriptive subject: its head (last word, adverbs and auxiliaries skipped).
    void describedHead(const SentenceWords& w, std::size_t begin, std::size_t end,
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
        if (f.described.size() == before && !pluralPeople_.count(s) &&
            roles_.labelOf(w.words[k - 1])) {
            f.cue = true;
            f.unnamed = true;
        }
    }

    // The named reporters of a source phrase's object, up to the clause end; a
    // descriptive object ("a South Korean lawmaker") when it names none.
    void phraseObject(const SentenceWords& w, const std::vector<long>& at, std::size_t from,
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
    void resolveDescribed(const SentenceWords& w, std::size_t begin, std::size_t end,
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
                const std::uint32_t d = span.end <= here ? here - span.end
                                                         : 0x40000000u + (span.begin - here);
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

    void noteReporters(const EntitySet& named) {
        for (std::size_t e : named) {
            (entities_[e].kind == NodeKind::Actor ? lastActor_ : lastAgency_) = e;
        }
    }

    const TextLayer& layer_;
    const std::vector<EntityFact>& entities_;
    std::optional<std::size_t> lastActor_;   // the latest named reporter of each kind,
    std::optional<std::size_t> lastAgency_;  // for "it said", "he added"
    const CueTable& cues_;
    const Lexicon& verbs_;
    const CueTable& roles_;
    const Lexicon& affiliationRoles_;
    std::vector<std::pair<Span, std::size_t>> mentions_;
    std::vector<std::set<std::string>> nameWords_;  // per reporter-kind entity, in order
    std::set<std::size_t> pluralPeople_;            // sentences with "lawmakers said"
};

}  // namespace

void attributeFigures(const TextLayer& layer, const std::vector<EntityFact>& entities,
                      std::vector<FigureMention>& figures) {
    Attributor(layer, entities).run(figures);
}

}  // namespace newsgraph::parser
