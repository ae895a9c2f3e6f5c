// SentenceReader (sentence_reader.h): a numeral's time, cause, and whether it is a
// projection.
#include "parser/figures/sentence_reader.h"

#include <algorithm>
#include <cctype>

#include "parser/entities/gazetteer.h"

namespace newsgraph::parser {

using namespace figure_text;

bool SentenceReader::isProjection(std::size_t first) const {
    const CueTable& cues = CueTable::get("projection_cues");
    bool reach = false;
    for (std::size_t k = first; k-- > 0 && k + 12 > first;) {
        if (s_.punct[k] && s_.words[k] != "'s" && s_.words[k] != "-" && !isQuote(s_, k)) break;
        if (numeral(k)) break;
        if (auto m = cues.matchAt(s_.words, k)) {
            if (m->label == "reach") reach = true;
            if (m->label == "modal" && reach) return true;
        }
    }
    return false;
}

std::string SentenceReader::cause(std::size_t first, std::size_t last) const {
    const CueTable& causes = CueTable::get("causes");
    std::string best;
    std::size_t bestDistance = s_.size() + 1;
    for (std::size_t k = 0; k < s_.size(); ++k) {
        auto m = causes.matchAt(s_.words, k);
        if (!m) continue;
        const std::size_t distance = k < first ? first - k : k - last;
        if (distance < bestDistance) {
            best = m->label;
            bestDistance = distance;
        }
    }
    return best;
}

const TimeExpression* SentenceReader::whenClauseTime(std::size_t first) const {
    std::size_t k = first;
    while (k-- > 0) {
        if (s_.words[k] == "when") break;
        if ((s_.punct[k] && s_.words[k] != "'s") || numeral(k)) return nullptr;
    }
    if (k >= first || k == 0) return nullptr;
    const std::size_t end = s_.isPunct(k - 1, ",") ? k - 1 : k;
    for (const auto& t : times_) {
        if (t.end == end && !t.since) return &t;
    }
    return nullptr;
}

void SentenceReader::setTime(FigureMention& m, std::size_t first, std::size_t last) const {
    const TimeExpression* best = whenClauseTime(first);
    const bool fromWhenClause = best != nullptr;
    std::size_t bestDistance = 0;
    for (const auto& t : times_) {
        if (fromWhenClause) break;
        bool insideSince = false;
        for (std::size_t k = t.begin >= 6 ? t.begin - 6 : 0; k + 1 < t.begin; ++k) {
            insideSince = insideSince || (s_.words[k] == "since" && isIng(s_.words[k + 1]));
        }
        insideSince = insideSince || (s_.words[t.begin] == "since" && t.begin + 1 < t.end &&
                                      isIng(s_.words[t.begin + 1]));
        // "since fighting began in January" has its own verb: the start of the count.
        for (std::size_t k = t.begin + 1; insideSince && k < t.end; ++k) {
            const std::string& w = s_.words[k];
            if (kStartVerbs.count(w) || (w.size() > 4 && w.ends_with("ed"))) insideSince = false;
        }
        if (insideSince) continue;
        // "killed by Monday's earthquake": a possessive time dates the event, not the count.
        if (t.end < s_.size() && s_.words[t.end] == "'s") continue;
        const std::size_t lo = t.end <= first ? t.end : last + 1;
        const std::size_t hi = t.end <= first ? first : t.begin;
        // Another count between them claims the time; a magnitude ("8.4") does not.
        bool between = false;
        for (std::size_t k = lo; k < hi; ++k) between = between || (!nameNumerals_[k] && isWholeNumeral(s_, k));
        if (between) continue;
        const std::size_t distance = t.end <= first ? first - t.end : t.begin - last;
        if (!best || distance < bestDistance) {
            best = &t;
            bestDistance = distance;
        }
    }
    m.fact.when = "present";
    if (!best) return;
    m.fact.increment = m.fact.increment || best->period;  // one period's count
    m.fact.whenBegin = best->isoBegin;
    m.fact.whenEnd = best->isoEnd;
    if (best->present) return;
    m.fact.when = best->words;
    const std::string& w = m.fact.when;
    for (const char* prefix : {"in ", "on ", "during ", "In ", "On ", "During "}) {
        if (w.rfind(prefix, 0) == 0) m.fact.when = w.substr(std::string(prefix).size());
    }
}

}  // namespace newsgraph::parser
