#include "parser/attribution/attribution.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>

#include "parser/attribution/affiliation.h"
#include "parser/attribution/attribution_frame.h"
#include "parser/attribution/attribution_trace.h"
#include "parser/attribution/continuation.h"
#include "parser/attribution/frame_reader.h"
#include "parser/attribution/mention_index.h"
#include "parser/attribution/quote_regions.h"
#include "parser/attribution/reporting_cue.h"
#include "parser/attribution/source_phrase.h"
#include "parser/attribution/source_resolver.h"
#include "parser/text/cue_table.h"
#include "parser/text/lexicon.h"

namespace newsgraph::parser {

namespace {

using graph::NodeKind;

// Lines of a scraped page hold a sentence or two each (see lineByLine()).
constexpr double kSentencesPerLine = 2.5;



// One reporter of a figure and why, before names are written out.
struct Attributed {
    std::size_t entity;
    std::string cue;
    std::string rule;
    Span sentence;
};
using AttributedSet = std::vector<Attributed>;

void addAttributed(AttributedSet& to, const Attributed& a) {
    for (const auto& x : to) {
        if (x.entity == a.entity) return;
    }
    to.push_back(a);
}

struct SentenceFrames {
    SentenceWords words;
    std::vector<long> reporterAt;
    std::vector<AttributionFrame> frames;
    std::vector<SourcePhrase> phrases;
    std::vector<ResolvedSource> sources;  // per frame, continuations filled in
    bool content = false;
    bool heading = false;
    bool cued = false;  // holds a reporting cue, framed or not ("the county said")
};

class Attribution {
  public:
    Attribution(const TextLayer& layer, const std::vector<EntityFact>& entities)
        : layer_(layer), entities_(entities), mentions_(entities) {}

    void run(std::vector<FigureMention>& figures) {
        readSentences();
        resolveSources();
        affiliations_ = findAffiliations(layer_, entities_);
        std::vector<SentenceWords> words;
        for (const auto& s : sentences_) words.push_back(s.words);
        quotes_ = findQuoteRegions(layer_, words);
        for (const auto& figure : figures) figureMeasures_[figure.sentence].insert(figure.fact.measure);
        carry();
        if (std::getenv("NEWSGRAPH_TRACE_ATTRIBUTION")) trace();
        for (auto& figure : figures) attribute(figure);
    }

  private:
    void trace() const {
        for (std::size_t s = 0; s < sentences_.size(); ++s) {
            const SentenceFrames& sf = sentences_[s];
            traceFrames(s, layer_.display(layer_.sentences()[s].span), sf.words, sf.frames,
                        sf.sources, entities_);
        }
    }

    void readSentences() {
        const auto& sentences = layer_.sentences();
        sentences_.resize(sentences.size());
        for (std::size_t s = 0; s < sentences.size(); ++s) {
            SentenceFrames& out = sentences_[s];
            if (!layer_.isContent(sentences[s])) continue;
            out.content = true;
            out.heading = layer_.paragraphOf(sentences[s]).kind == ParagraphKind::Heading;
            out.words = sentenceWords(layer_, sentences[s]);
            out.reporterAt = mentions_.entityAt(out.words, false);
            const std::vector<long> nameAt = mentions_.entityAt(out.words, true);
            // A frame whose source words are nobody at all ("a severe toll", "North Korea")
            // is no attribution: it neither covers figures nor stops a carry-over.
            const auto cues = findReportingCues(out.words);
            out.cued = !cues.empty();
            for (const auto& frame : findFrames(out.words, cues, nameAt)) {
                SourcePhrase phrase = readSourcePhrase(out.words, frame, out.reporterAt);
                // "according to aid workers": a source phrase always names a source, if
                // one we cannot name; a verb after a non-source ("a severe toll
                // indicating") is no attribution.
                if (phrase.form == SourceForm::None &&
                    (frame.cue.kind == CueKind::Phrase || frame.cue.kind == CueKind::Passive)) {
                    phrase.form = SourceForm::Unnamed;
                }
                if (phrase.form == SourceForm::None && !frame.continuesPrevious) continue;
                for (std::size_t e : phrase.named) namedSources_.insert(e);
                out.frames.push_back(frame);
                out.phrases.push_back(std::move(phrase));
            }
            boundFrames(out.frames, out.words);
        }
    }

    // Stage 4, in text order; continuations take the source of the frame before them,
    // relays add theirs to it.
    void resolveSources() {
        std::vector<std::uint32_t> starts;
        for (const auto& s : layer_.sentences()) starts.push_back(s.span.begin);
        SourceResolver resolver(entities_, namedSources_, starts);
        for (std::size_t s = 0; s < sentences_.size(); ++s) {
            SentenceFrames& sf = sentences_[s];
            for (std::size_t f = 0; f < sf.frames.size(); ++f) {
                const AttributionFrame& frame = sf.frames[f];
                const std::uint32_t at = frame.sourceBegin < sf.words.size()
                                             ? sf.words.spans[frame.sourceBegin].begin
                                             : sf.words.spans[frame.cue.begin].begin;
                ResolvedSource source = resolver.resolve(sf.phrases[f], at, s);
                pronounOfReporter(s, f, source);
                if (frame.continuesPrevious) {
                    const ResolvedSource* before = previousSource(s, f);
                    if (before && frame.cue.kind == CueKind::Relay) {
                        for (std::size_t e : source.entities) {
                            for (std::size_t speaker : before->entities) {
                                if (speaker != e) relays_.emplace_back(speaker, e);
                            }
                        }
                    }
                    if (before) {
                        EntitySet merged = before->entities;
                        for (std::size_t e : source.entities) {
                            if (std::find(merged.begin(), merged.end(), e) == merged.end()) {
                                merged.push_back(e);
                            }
                        }
                        source.entities = merged;
                        if (frame.cue.kind == CueKind::Verb) source.how = before->how;
                    }
                }
                // "X said in a statement": X owns the statement.
                sf.sources.push_back(source);
            }
        }
    }

    // A pronoun whose antecedent the syntax gives, over the resolver's guess by recency:
    // "X said it had counted 31" (right after another cue of its sentence, or its
    // "that": that cue's source, if one entity of the pronoun's kind); "They also said
    // ..." opening a sentence after one whose source is one body: that body (past up to
    // two sentences of its paragraph with no source).
    void pronounOfReporter(std::size_t s, std::size_t f, ResolvedSource& source) const {
        const SentenceFrames& sf = sentences_[s];
        const SourcePhrase& phrase = sf.phrases[f];
        const AttributionFrame& frame = sf.frames[f];
        const bool they = phrase.plural && phrase.head == "they";
        if (phrase.form != SourceForm::Pronoun && !they) return;
        const NodeKind kind = phrase.person ? NodeKind::Actor : NodeKind::Agency;
        auto one = [&](const ResolvedSource& r) {
            return r.entities.size() == 1 && entities_[r.entities[0]].kind == kind;
        };
        for (std::size_t g = f; g-- > 0;) {
            const AttributionFrame& outer = sf.frames[g];
            std::size_t k = outer.cue.end;
            if (k < frame.sourceBegin && sf.words.words[k] == "that") ++k;
            if (outer.continuesPrevious || k != frame.sourceBegin || !one(sf.sources[g])) continue;
            source.entities = sf.sources[g].entities;
            source.how = "pronoun \"" + phrase.head + "\": the source of the cue before it";
            return;
        }
        std::size_t first = 0;
        while (first < sf.words.size() && sf.words.punct[first]) ++first;
        if (!they || !source.entities.empty() || f != 0 || frame.sourceBegin != first) return;
        // The sentence before with a source, past up to two with none in the paragraph
        // ("The group are calling for an inquiry. They also said ...").
        const auto& sentences = layer_.sentences();
        for (std::size_t t = s; t-- > 0 && t + 3 >= s;) {
            if (sentences_[t].sources.empty()) {
                if (sentences[t].paragraph != sentences[s].paragraph) return;
                continue;
            }
            if (!one(sentences_[t].sources.back())) return;
            source.entities = sentences_[t].sources.back().entities;
            source.how = "pronoun \"they\": the body of the sentence before";
            return;
        }
    }

    // The resolved source of the frame before frame f of sentence s (in s, else the last
    // frame of the sentence before in the same paragraph), or nullptr.
    const ResolvedSource* previousSource(std::size_t s, std::size_t f) const {
        const SentenceFrames& sf = sentences_[s];
        for (std::size_t g = f; g-- > 0;) {
            if (!sf.frames[g].continuesPrevious) return &sf.sources[g];
        }
        if (s > 0 && !sentences_[s - 1].sources.empty() &&
            layer_.sentences()[s - 1].paragraph == layer_.sentences()[s].paragraph) {
            return &sentences_[s - 1].sources.back();
        }
        return nullptr;
    }

    AttributedSet fromFrame(std::size_t s, std::size_t f, const std::string& rule) const {
        const SentenceFrames& sf = sentences_[s];
        const AttributionFrame& frame = sf.frames[f];
        const Span sentence = layer_.sentences()[s].span;
        std::string cue;
        for (std::size_t k = frame.cue.begin; k < frame.cue.end && k < sf.words.size(); ++k) {
            cue += (cue.empty() ? "" : " ") + sf.words.original[k];
        }
        AttributedSet out;
        const ResolvedSource& source = sf.sources[f];
        std::string how = rule.empty() ? frame.rule : rule;
        if (source.how != "named" && !source.how.empty()) how += "; " + source.how;
        for (std::size_t e : source.entities) addAttributed(out, {e, cue, how, sentence});
        // "told Reuters": a news outlet told is a source too; a committee told is not.
        for (std::size_t e : sf.phrases[f].hearers) {
            if (!isNewsOutlet(entities_[e])) continue;
            addAttributed(out, {e, cue, "news outlet told by the source", sentence});
        }
        return out;
    }

    // Whether the text reads as a scraped page whose lines are a sentence or two each (a
    // report runs on from line to line), rather than prose whose paragraphs happen to be
    // lines: lines of three sentences and more start afresh as paragraphs do.
    bool lineByLine() const {
        if (!layer_.lineParagraphs()) return false;
        std::size_t lines = 0;
        std::size_t sentences = 0;
        for (const auto& p : layer_.paragraphs()) {
            if (p.kind != ParagraphKind::Body) continue;
            ++lines;
            sentences += p.endSentence - p.firstSentence;
        }
        return lines > 0 && static_cast<double>(sentences) <= kSentencesPerLine * static_cast<double>(lines);
    }

    // What each sentence passes on to the next one of its paragraph that has no cue: the
    // sources of its last frame (none, after an unnamed source), else what it was passed.
    void carry() {
        carried_.assign(sentences_.size(), {});
        const auto& sentences = layer_.sentences();
        AttributedSet current;
        std::size_t paragraph = static_cast<std::size_t>(-1);
        const char* policy = std::getenv("NEWSGRAPH_CARRY");
        std::string mode = policy ? policy : "auto";
        if (mode == "auto") mode = lineByLine() ? "next" : "paragraph";
        bool reporting = false;     // the sentence before had a cue or a figure
        bool reportedLast = false;  // the sentence before had a cue
        for (std::size_t s = 0; s < sentences_.size(); ++s) {
            if (!sentences_[s].content) continue;
            if (sentences_[s].heading) {
                if (mode != "paragraph") current.clear();
                continue;
            }
            if (sentences[s].paragraph != paragraph) {
                paragraph = sentences[s].paragraph;
                // Line paragraphs: a report runs on into the next line unless the line
                // before told something else (no cue, no figure).
                // Prose: a new paragraph starts afresh unless it opens by pointing back at
                // the report that closed the paragraph before ("The deceased are ...").
                const bool pointsBack = mode == "paragraph" && reportedLast &&
                                        opensWithPointer(sentences_[s].words, true);
                if ((mode == "paragraph" && !pointsBack) || (mode != "paragraph" && !reporting)) {
                    current.clear();
                }
            }
            carried_[s] = current;
            if (mode == "none") carried_[s].clear();
            // Within a paragraph of prose, a sentence carries the report on only when it
            // points back at it; a scraped page's lines (no blank lines) carry it on.
            // ... or when the report before, which counted nothing, told of a count
            // ("X said the death toll rose after ... . At least 157 injured are still
            // under treatment"): the count it told of follows.
            if (mode == "paragraph" && !opensWithPointer(sentences_[s].words) && !toldOfACount(s)) {
                carried_[s].clear();
            }
            const SentenceFrames& sf = sentences_[s];
            // "Some 700 were also reported dead": a report of nobody named is not the
            // report before it, nor is what follows it.
            if (sf.frames.empty() && reportsWithoutSource(sf.words)) {
                carried_[s].clear();
                current.clear();
            }
            reporting = !sf.frames.empty() || figureMeasures_.count(s) > 0;
            reportedLast = !sf.frames.empty();
            // On a page of lines, a sentence that neither reports nor counts ("The blaze
            // erupted at 2:51 p.m.") ends the report: what follows it is told afresh.
            if (mode == "next" && !reporting) current.clear();
            if (!sf.frames.empty()) {
                std::size_t last = sf.frames.size() - 1;
                while (last > 0 && sf.frames[last].cue.kind == CueKind::Document) --last;
                current = sf.frames[last].cue.kind == CueKind::Stance ? AttributedSet{} : fromFrame(s, last, "");
                for (auto& a : current) a.rule = "carried over from the sentence before (" + a.rule + ")";
            }
        }
    }

    // Whether the sentence before s in its paragraph reports (one frame, no figure of its
    // own) on a count of a measure that a figure of s has: its content names the measure
    // ("the death toll rose after some of the wounded died", then a count of the wounded).
    bool toldOfACount(std::size_t s) const {
        if (s == 0 || layer_.sentences()[s - 1].paragraph != layer_.sentences()[s].paragraph) return false;
        const SentenceFrames& before = sentences_[s - 1];
        if (before.frames.size() != 1 || figureMeasures_.count(s - 1) || !sentences_[s].frames.empty()) return false;
        const AttributionFrame& frame = before.frames[0];
        const CueTable& measures = CueTable::get("measures");
        auto own = figureMeasures_.find(s);
        if (own == figureMeasures_.end()) return false;
        for (std::size_t k = frame.contentBegin; k < frame.contentEnd && k < before.words.size(); ++k) {
            auto m = measures.matchAt(before.words.words, k);
            // Only a toll's measures: "died at an evacuation shelter" tells of no count of
            // the evacuated.
            const bool toll = m && (m->label == "killed" || m->label == "wounded" || m->label == "missing");
            if (toll && own->second.count(m->label)) return true;
        }
        return false;
    }

    void attribute(FigureMention& figure) {
        figure.fact.reporters.clear();
        const std::size_t s = figure.sentence;
        if (s >= sentences_.size() || !sentences_[s].content) return;
        const SentenceFrames& sf = sentences_[s];
        const std::size_t word = sf.words.wordAt(figure.fact.mentions.front().begin);
        AttributedSet set;
        // Frames of its own sentence that cover it: the innermost, and those around it.
        std::vector<std::size_t> covering;
        // A stance ("the government disputed that 300 died") covers the figure with no
        // source: the figure is framed, and nobody's report.
        bool disputed = false;
        for (std::size_t f = 0; f < sf.frames.size(); ++f) {
            if (!sf.frames[f].covers(word)) continue;
            if (sf.frames[f].cue.kind == CueKind::Stance) {
                disputed = true;
            } else {
                covering.push_back(f);
            }
        }
        // A document's owner ("a classified NIS briefing") stands behind every figure of
        // its sentence, beside the sentence's other sources.
        std::vector<std::size_t> documents;
        for (std::size_t f : covering) {
            if (sf.frames[f].cue.kind == CueKind::Document) documents.push_back(f);
        }
        covering.erase(std::remove_if(covering.begin(), covering.end(),
                                      [&](std::size_t f) {
                                          return sf.frames[f].cue.kind == CueKind::Document;
                                      }),
                       covering.end());
        for (std::size_t f : documents) {
            // "236 died, according to government data, while the agency said 98 died": a
            // document outside the source and the content of the frame that covers the
            // figure is another clause's.
            const AttributionFrame& document = sf.frames[f];
            const bool elsewhere = !covering.empty() && std::all_of(covering.begin(), covering.end(), [&](std::size_t c) {
                const AttributionFrame& other = sf.frames[c];
                const std::size_t at = document.cue.begin;
                return !(at >= other.sourceBegin && at < other.sourceEnd) && !other.covers(at);
            });
            if (elsewhere) continue;
            for (const auto& x : fromFrame(s, f, "")) addAttributed(set, x);
        }
        if (!covering.empty()) {
            auto width = [&](std::size_t f) {
                return sf.frames[f].contentEnd - sf.frames[f].contentBegin;
            };
            std::size_t inner = covering.front();
            for (std::size_t f : covering) {
                if (width(f) < width(inner) ||
                    (width(f) == width(inner) && cueDistance(sf.frames[f], word) <
                                                     cueDistance(sf.frames[inner], word))) {
                    inner = f;
                }
            }
            // The frames whose content holds the inner one's also cover the figure; marks
            // at the inner content's edges do not count ("The report states that, over
            // 9,000 are missing, CNN reported": CNN's content holds the report's).
            std::size_t innerBegin = sf.frames[inner].contentBegin;
            std::size_t innerEnd = sf.frames[inner].contentEnd;
            while (innerBegin < innerEnd && sf.words.punct[innerBegin]) ++innerBegin;
            while (innerEnd > innerBegin && sf.words.punct[innerEnd - 1]) --innerEnd;
            // "X revised the death toll from 103 to 95": the number revised away is not
            // X's claim; the new one is.
            const Lexicon& revising = Lexicon::get("revising_verbs");
            auto revisedAway = [&](const AttributionFrame& a) {
                return figure.fact.previousCue == "from" && word > a.cue.begin &&
                       revising.contains(sf.words.words[a.cue.begin]);
            };
            for (std::size_t f : covering) {
                const auto& a = sf.frames[f];
                if (revisedAway(a)) continue;
                if (f == inner || (a.contentBegin <= innerBegin && a.contentEnd >= innerEnd)) {
                    for (const auto& x : fromFrame(s, f, "")) addAttributed(set, x);
                }
            }
        }
        const bool framed = !covering.empty() || !documents.empty() || disputed;
        // The speaker of the quotation it is in.
        bool quoted = false;
        if (!sf.heading) {
            for (const auto& q : quotes_) {
                if (!q.contains(s, word)) continue;
                if (auto speaker = quoteSpeaker(q)) {
                    for (const auto& x : fromFrame(speaker->first, speaker->second, "speaker of the quotation")) {
                        addAttributed(set, x);
                    }
                    quoted = true;
                }
            }
        }
        // "This was reported by X" in the next sentence, or in the one after a sentence
        // that neither reports nor counts ("The toll rose to 46. It is likely to rise. X
        // confirmed this ...").
        bool pointed = false;
        std::size_t pointer = s + 1;
        if (pointer + 1 < sentences_.size() && sentences_[pointer].content && sentences_[pointer].frames.empty() &&
            !figureMeasures_.count(pointer) &&
            layer_.sentences()[s].paragraph == layer_.sentences()[pointer].paragraph) {
            ++pointer;
        }
        if (!sf.heading && pointer < sentences_.size() && sentences_[pointer].content) {
            const SentenceFrames& next = sentences_[pointer];
            for (std::size_t f = 0; f < next.frames.size(); ++f) {
                if (!next.frames[f].coversPrevious) continue;
                for (const auto& x : fromFrame(pointer, f, "the next sentence points back to it")) {
                    addAttributed(set, x);
                }
                pointed = true;
            }
        }
        if (!framed && !quoted && !pointed && !sf.heading && sf.frames.empty()) {
            for (const auto& x : carried_[s]) addAttributed(set, x);
        }
        const bool lead = s == leadSentence();
        if (set.empty() && !framed && !quoted && !sf.heading && sf.frames.empty() &&
            !reportsWithoutSource(sf.words) && (lead || wholeParagraph(s))) {
            for (const auto& x : sourcedAfter(s, figure.fact.measure, !lead)) addAttributed(set, x);
        }
        expand(set);
        for (const auto& a : set) {
            // "Mannar has reported 24,313 families affected": a place reports nothing; the
            // body that counted there is not named.
            if (entities_[a.entity].kind == NodeKind::Place) continue;
            figure.fact.reporters.push_back({entities_[a.entity].name, a.cue, a.rule, a.sentence});
        }
    }

    // The first sentence of the body (after the headline, crossheads and lines that end
    // with no stop, such as a repeated headline), or none.
    std::size_t leadSentence() const {
        for (std::size_t s = 0; s < sentences_.size(); ++s) {
            if (sentences_[s].content && !sentences_[s].heading && endsWithStop(s)) return s;
        }
        return sentences_.size();
    }

    bool endsWithStop(std::size_t s) const {
        const Span span = layer_.sentences()[s].span;
        std::string_view text = layer_.text().substr(span.begin, span.end - span.begin);
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
            text.remove_suffix(1);
        }
        return text.ends_with(".") || text.ends_with("!") || text.ends_with("?") ||
               text.ends_with("\"") || text.ends_with("\u201D") || text.ends_with("'") ||
               text.ends_with("\u2019");
    }

    // Whether sentence s is a paragraph of its own ("The toll rose to 47." set apart
    // before the paragraph that says who gave it).
    bool wholeParagraph(std::size_t s) const {
        const auto& sentences = layer_.sentences();
        const std::size_t paragraph = sentences[s].paragraph;
        // A list item is no paragraph set apart: "• 18,500 displaced" reports on its own.
        const Span span = sentences[s].span;
        if (isListItem(layer_.text().substr(span.begin, span.end - span.begin))) return false;
        return endsWithStop(s) && (s == 0 || sentences[s - 1].paragraph != paragraph) &&
               (s + 1 >= sentences.size() || sentences[s + 1].paragraph != paragraph);
    }

    // "The toll has risen to 144. As of 6am, the dead included five children, said the
    // department.": a sentence with no source whose next sentence gives one for the same
    // measure (a cue of it among its words) is that source's report.
    // With `numberless`, the next sentence must hold no number of its own: "the toll rose
    // after ..." speaks of the figure before; "revised from 95 to 84 the toll" of its own.
    AttributedSet sourcedAfter(std::size_t s, const std::string& measure, bool numberless) const {
        std::size_t n = s + 1;
        while (n < sentences_.size() && (!sentences_[n].content || sentences_[n].heading)) ++n;
        if (n >= sentences_.size() || measure.empty()) return {};
        const SentenceFrames& next = sentences_[n];
        if (numberless && std::any_of(next.words.words.begin(), next.words.words.end(),
                                      frame_detail::hasDigit)) {
            return {};
        }
        const CueTable& measures = CueTable::get("measures");
        // The lead and the sentence after it in its paragraph are one report ("The toll
        // has risen to 233, with 22 missing. At least 169 were injured, according to X").
        const auto& sentences = layer_.sentences();
        bool same = !numberless && !sentences_[s].cued && sentences[n].paragraph == sentences[s].paragraph;
        for (std::size_t k = 0; k < next.words.size() && !same; ++k) {
            if (auto m = measures.matchAt(next.words.words, k)) same = m->label == measure;
        }
        if (!same) return {};
        for (std::size_t f = 0; f < next.frames.size(); ++f) {
            if (next.frames[f].cue.kind == CueKind::Document || next.frames[f].continuesPrevious) continue;
            if (next.sources[f].entities.empty()) continue;
            return fromFrame(n, f, "the next sentence gives its source");
        }
        return {};
    }

    static bool isNewsOutlet(const EntityFact& e) {
        if (e.category == "news") return true;
        const Lexicon& outlets = Lexicon::get("news_outlets");
        if (outlets.contains(e.name)) return true;
        return std::any_of(e.aliases.begin(), e.aliases.end(),
                           [&](const std::string& a) { return outlets.contains(a); });
    }

    static std::size_t cueDistance(const AttributionFrame& f, std::size_t word) {
        return f.cue.begin > word ? f.cue.begin - word : word - f.cue.begin;
    }

    // The frame that says who speaks a quotation: right after its closing mark
    // ('," said X', '," X said'), else right before its opening mark ('X said: "').
    std::optional<std::pair<std::size_t, std::size_t>> quoteSpeaker(const QuoteRegion& q) const {
        const SentenceFrames& last = sentences_[q.lastSentence];
        for (std::size_t f = 0; f < last.frames.size(); ++f) {
            const AttributionFrame& frame = last.frames[f];
            const std::size_t start = std::min(frame.cue.begin, frame.sourceBegin == frame.sourceEnd
                                                                    ? frame.cue.begin
                                                                    : frame.sourceBegin);
            if (start <= q.lastWord || start > q.lastWord + 3) continue;
            bool onlyMarks = true;
            for (std::size_t k = q.lastWord + 1; k < start; ++k) onlyMarks = onlyMarks && last.words.punct[k];
            if (onlyMarks && frame.scope == FrameScope::Before) return std::make_pair(q.lastSentence, f);
        }
        const SentenceFrames& first = sentences_[q.firstSentence];
        for (std::size_t f = first.frames.size(); f-- > 0;) {
            const AttributionFrame& frame = first.frames[f];
            if (frame.cue.end > q.firstWord || frame.cue.end + 2 < q.firstWord) continue;
            if (frame.scope == FrameScope::After) return std::make_pair(q.firstSentence, f);
        }
        return std::nullopt;
    }

    // Adds the bodies the reporters speak for, and the sources behind relays.
    void expand(AttributedSet& set) const {
        for (std::size_t i = 0; i < set.size(); ++i) {
            const Attributed a = set[i];
            if (auto it = affiliations_.find(a.entity); it != affiliations_.end()) {
                for (std::size_t body : it->second) {
                    addAttributed(set, {body, a.cue, "speaks for it: " + entities_[a.entity].name,
                                        a.sentence});
                }
            }
            // The body a spokesperson speaks for relays nobody through them: the ministry
            // "citing the embassy" once does not make its spokesperson's figures the
            // embassy's.
            if (a.rule.starts_with("speaks for it")) continue;
            for (const auto& [speaker, source] : relays_) {
                if (speaker == a.entity) {
                    addAttributed(set, {source, a.cue, "relayed by " + entities_[speaker].name,
                                        a.sentence});
                }
            }
        }
    }

    const TextLayer& layer_;
    const std::vector<EntityFact>& entities_;
    const MentionIndex mentions_;
    std::vector<SentenceFrames> sentences_;
    std::set<std::size_t> namedSources_;
    std::vector<std::pair<std::size_t, std::size_t>> relays_;
    std::map<std::size_t, std::vector<std::size_t>> affiliations_;
    std::vector<QuoteRegion> quotes_;
    std::vector<AttributedSet> carried_;
    // The sentences that hold a figure, and their figures' measures.
    std::map<std::size_t, std::set<std::string>> figureMeasures_;
};

}  // namespace

void attributeFigures(const TextLayer& layer, const std::vector<EntityFact>& entities,
                      std::vector<FigureMention>& figures) {
    Attribution(layer, entities).run(figures);
}

}  // namespace newsgraph::parser
