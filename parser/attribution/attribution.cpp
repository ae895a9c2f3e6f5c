#include "parser/attribution/attribution.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

#include "parser/attribution/attributor.h"

namespace newsgraph::parser {

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

Attributor::Attributor(const TextLayer& layer, const std::vector<EntityFact>& entities)
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

void Attributor::run(std::vector<FigureMention>& figures) {
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
                        : !ownOnly && s > leadSentence              ? lead
                                                                    : EntitySet{};
        const std::uint32_t from = figure.fact.mentions.front().end;
        const bool last = fi + 1 == figures.size() || figures[fi + 1].sentence != s;
        const std::uint32_t to = last ? UINT32_MAX : figures[fi + 1].fact.mentions.front().begin;
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

// A sentence that ends without . ! ? (closing quotes and brackets aside): a title line.
bool Attributor::unterminated(std::size_t s) const {
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
std::vector<long> Attributor::entityWords(const SentenceWords& w) const {
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

Found Attributor::read(std::size_t s) {
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
bool Attributor::passiveAgent(const SentenceWords& w, const std::vector<long>& at,
                              std::size_t after, std::size_t s, Found& f) {
    for (std::size_t k = after; k < w.size() && k < after + 5; ++k) {
        // "revealed after a briefing by X" is active: a noun phrase comes between.
        // "had recorded 380 cases by Friday" is active too: a count is its object.
        const bool count = std::any_of(w.words[k].begin(), w.words[k].end(),
                                       [](unsigned char c) { return std::isdigit(c); });
        if (w.punct[k] || count || w.words[k] == "a" || w.words[k] == "an" || w.words[k] == "the") {
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
std::optional<CueTable::Match> Attributor::cueAt(const SentenceWords& w, std::size_t i) const {
    if (auto cue = cues_.matchAt(w.words, i)) return cue;
    if (!w.punct[i] && verbs_.contains(w.words[i])) {
        // "claimed responsibility", "claimed victory": a deed, not a report.
        static const std::set<std::string> kDeeds = {"responsibility", "credit", "victory"};
        if (i + 1 < w.size() && kDeeds.count(w.words[i + 1])) return std::nullopt;
        return CueTable::Match{"verb", 1};
    }
    return std::nullopt;
}

// "a classified NIS briefing", "the ministry's estimate": an entity before a source noun.
void Attributor::sourceNoun(const SentenceWords& w, const std::vector<long>& at, std::size_t i,
                            Found& f) const {
    if (at[i] < 0 || (i + 1 < w.size() && at[i + 1] == at[i])) return;
    std::size_t j = i + 1;
    if (j < w.size() && w.words[j] == "'s") ++j;
    if (j < w.size() && kSourceNouns.count(w.words[j])) {
        f.cue = true;
        addUnique(f.sources, static_cast<std::size_t>(at[i]));
    }
}

void Attributor::noteReporters(const EntitySet& named) {
    for (std::size_t e : named) {
        (entities_[e].kind == NodeKind::Actor ? lastActor_ : lastAgency_) = e;
    }
}

void attributeFigures(const TextLayer& layer, const std::vector<EntityFact>& entities,
                      std::vector<FigureMention>& figures) {
    Attributor(layer, entities).run(figures);
}

}  // namespace newsgraph::parser
