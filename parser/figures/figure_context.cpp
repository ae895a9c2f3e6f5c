// SentenceReader (sentence_reader.h): a numeral's time, cause, and whether it is a
// projection.
#include "parser/figures/sentence_reader.h"

#include <algorithm>
#include <cctype>
#include <set>

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

std::string SentenceReader::nearestCue(const std::string& lexicon, std::size_t first,
                                       std::size_t last) const {
    // A cue with no other count between it and the numeral comes first; one past
    // another count is taken when there is no other ("15 were killed and 34 injured in a
    // landslide"), unless it is of that count's own noun: in "41 cases of
    // "disappearances" ..., and 12 cases of cholera", cholera is the 12's alone.
    const CueTable& cues = CueTable::get(lexicon);
    std::string best;
    bool bestClear = false;
    std::size_t bestDistance = s_.size() + 1;
    for (std::size_t k = 0; k < s_.size(); ++k) {
        auto m = cues.matchAt(s_.words, k);
        if (!m) continue;
        const std::size_t distance = k < first ? first - k : k - last;
        bool clear = true;
        for (std::size_t j = k < first ? k : last + 1; j < (k < first ? first : k); ++j) {
            clear = clear && (nameNumerals_[j] || !isWholeNumeral(s_, j));
        }
        if (!clear && k > last && ofAnotherCount(last + 1, k)) continue;
        if ((clear && !bestClear) || (clear == bestClear && distance < bestDistance)) {
            best = m->label;
            bestClear = clear;
            bestDistance = distance;
        }
    }
    return best;
}

bool SentenceReader::ofAnotherCount(std::size_t from, std::size_t cue) const {
    // "12 cases of cholera", "20 deaths from cholera": a numeral, its noun, "of"/"from",
    // then the cue, up to two words between.
    if (cue < 2) return false;
    std::size_t of = cue;
    while (of > from && of + 3 > cue && s_.words[of - 1] != "of" && s_.words[of - 1] != "from") --of;
    if (of <= from || (s_.words[of - 1] != "of" && s_.words[of - 1] != "from")) return false;
    for (std::size_t j = of - 1; j-- > from && j + 4 >= of;) {
        if (endsClause(s_, j)) return false;
        if (!nameNumerals_[j] && isWholeNumeral(s_, j)) return true;
    }
    return false;
}

bool SentenceReader::isSpeculative(std::size_t first) const {
    static const std::set<std::string> kHedges = {"maybe", "perhaps", "possibly", "potentially"};
    static const std::set<std::string> kModals = {"may", "might", "could", "would", "will"};
    // "put the number of missing as high as 120": an upper guess, not a count.
    if (first >= 3 && s_.words[first - 3] == "as" && s_.words[first - 2] == "high" && s_.words[first - 1] == "as") {
        return true;
    }
    for (std::size_t k = first; k-- > 0 && k + 9 > first;) {
        if (endsClause(s_, k) || numeral(k)) break;
        if (kHedges.count(s_.words[k])) return true;
        // "may be close to 1,000", "will be close to a thousand": a modal copula before
        // the numeral ("might have been killed" after it is a report).
        if (kModals.count(s_.words[k]) && k + 1 < first && s_.words[k + 1] == "be") return true;
    }
    return false;
}

bool SentenceReader::isOneDay(std::size_t first, std::size_t last, const TimeExpression& t,
                              const std::string& measure) const {
    if (t.since || t.period || t.isoBegin.empty() || t.isoBegin != t.isoEnd) return false;
    if (!previousCue(first).empty()) return false;  // "up from 31 on Friday": a total then
    // "officials said on Tuesday": the day of the statement; "DHAKA, May 28 -": a dateline.
    std::size_t before = t.begin;
    if (before > 0 && s_.words[before - 1] == "on") --before;
    if (before > 0 && reporting_.contains(s_.words[before - 1])) return false;
    if (t.end < s_.size() && reporting_.contains(s_.words[t.end])) return false;  // "on Friday said"
    // Counts of a state ("still missing", "in shelters") are the state on that day; a
    // count of events ("disappeared on June 25", "were evacuated on Monday") is that
    // day's, whatever its measure.
    if (!Lexicon::get("cumulative_measures").contains(measure) && !eventVerb(first, last, measure)) {
        return false;
    }
    // The day is the count's own: after the numeral and its verb ("ten died in clashes on
    // Thursday"), with no report between ("..., citing X, on Tuesday"). "A landslide
    // swept the village on Monday, killing 14": the day of the event, whose toll it is.
    if (t.begin <= last) return false;
    for (std::size_t k = last + 1; k < t.begin; ++k) {
        if (reporting_.contains(s_.words[k]) || s_.words[k] == "citing") return false;
    }
    if (first > 0 && isIng(s_.words[first - 1])) return false;
    if (t.begin <= 3 && t.end < s_.size() && s_.punct[t.end] && s_.words[t.end] == "-") return false;
    // "as of Tuesday", "by Saturday night", "until Monday": a total up to that day.
    if (t.begin > 0 && (s_.words[t.begin - 1] == "by" || s_.words[t.begin - 1] == "until" ||
                        s_.words[t.begin - 1] == "through" ||
                        (t.begin > 1 && s_.words[t.begin - 2] == "as" && s_.words[t.begin - 1] == "of"))) {
        return false;
    }
    static const std::set<std::string> kRunningTotal = {
        "toll",  "tolls",  "total",   "tally",   "cumulative", "overall",  "rose",   "risen",
        "rises", "climbed", "climbs", "reached", "increased",  "jumped",   "stood",  "stands",
        "now",   "far",    "date",    "all",     "altogether", "has",      "have",   "had",
        "number", "figure", "count",  "brings", "bringing",   "raising",  "pushing"};
    // The numeral's clause up to the time.
    std::size_t b = first;
    while (b > 0 && !endsClause(s_, b - 1)) --b;
    for (std::size_t k = b; k < t.end; ++k) {
        if (kRunningTotal.count(s_.words[k])) return false;
        // "The ministry confirmed at least 11 deaths ... earlier Sunday": the day of the
        // report, when a reporting verb governs the count.
        if (k < first && reporting_.contains(s_.words[k])) return false;
    }
    return true;
}

bool SentenceReader::eventVerb(std::size_t first, std::size_t last, const std::string& measure) const {
    std::size_t b = first;
    while (b > 0 && !endsClause(s_, b - 1)) --b;
    std::size_t e = last + 1;
    while (e < s_.size() && !endsClause(s_, e)) ++e;
    for (std::size_t k = b; k < e; ++k) {
        auto m = measures_.matchAt(s_.words, k);
        if (!m || m->label != measure) continue;
        const std::string& w = s_.words[k];
        if ((isParticiple(w) || w == "went" || w == "fled") && w != "missing") return true;
    }
    return false;
}

bool SentenceReader::inRelativeClause(const TimeExpression& t, std::size_t first) const {
    // "quakes that struck on Saturday have killed 2,000", "homes were destroyed in
    // landslides that struck the district on Tuesday": the time of the event a relative
    // clause describes. The numeral's own clause is before "that", or after the relative
    // clause's verb when the numeral comes later.
    for (std::size_t k = t.begin; k-- > 0;) {
        if (endsClause(s_, k) || numeral(k)) return false;
        if (s_.words[k] == "that" || s_.words[k] == "which" || s_.words[k] == "who") {
            // A relative clause goes on with its verb ("that struck"); a complement with
            // its own subject ("said that the agency had in April placed ...").
            static const std::set<std::string> kSubjectStarts = {
                "the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "it",
                "he", "she", "they", "we", "i", "there",
                // "said that within the same period, 340 ...": an adverbial opens it.
                "in", "within", "during", "over", "on", "since", "by", "at", "as", "for"};
            if (k + 1 < s_.size() &&
                (kSubjectStarts.count(s_.words[k + 1]) || numeral(k + 1) ||
                 std::isupper(static_cast<unsigned char>(s_.original[k + 1][0])))) {
                return false;
            }
            return k > first || t.end <= first;
        }
    }
    return false;
}

const TimeExpression* SentenceReader::whenClauseTime(std::size_t first) const {
    std::size_t k = first;
    while (k-- > 0) {
        if (s_.words[k] == "when") break;
        if ((s_.punct[k] && s_.words[k] != "'s") || numeral(k)) return nullptr;
    }
    if (k >= first || k == 0) return nullptr;
    const std::size_t end = s_.isPunct(k - 1, ",") ? k - 1 : k;
    // "the worst since 2014, when a ferry sank and killed 304": the clause dates its
    // counts by the time the "since" starts from (setTime).
    for (const auto& t : times_) {
        if (t.end == end && (!t.since || !t.startIsoEnd.empty())) return &t;
    }
    return nullptr;
}

bool SentenceReader::datesDisaster(const TimeExpression& t) const {
    // "the toll in the three-train crash on Friday", "the quake of 8 September", "the
    // June 2 crash": the day of the event, not of the count.
    const Lexicon& nouns = Lexicon::get("disaster_nouns");
    std::size_t k = t.begin;
    if (k > 0 && (s_.words[k - 1] == "on" || s_.words[k - 1] == "of")) --k;
    const bool prefixed = s_.words[t.begin] == "on" || s_.words[t.begin] == "of";
    if (k > 0 && (k < t.begin || prefixed) && nouns.contains(s_.words[k - 1])) return true;
    return t.end < s_.size() && !prefixed && nouns.contains(s_.words[t.end]);
}

bool SentenceReader::consequenceOfEvent(std::size_t from, std::size_t to) const {
    static const std::set<std::string> kConsequences = {"killing", "injuring", "wounding", "leaving"};
    bool comma = false;
    for (std::size_t k = from; k < to; ++k) {
        if (s_.isPunct(k, ",")) {
            comma = true;
        } else if (s_.punct[k] && s_.words[k] != "'s" && s_.words[k] != "-") {
            return false;
        }
        if (comma && kConsequences.count(s_.words[k])) return true;
    }
    return false;
}

bool SentenceReader::eventClauseBetween(std::size_t from, std::size_t to) const {
    // The time must be inside the clause: "after the storm came ashore, officials said on
    // Wednesday" dates the statement.
    bool opened = false;
    for (std::size_t k = from; k < to; ++k) {
        if (s_.punct[k] && s_.words[k] != "'s" && (opened || !s_.isPunct(k, ","))) return false;
        if (numeral(k)) return false;
        if (s_.words[k] == "when" || s_.words[k] == "after") opened = true;
    }
    return opened;
}

bool SentenceReader::coordinatedUpTo(std::size_t from, std::size_t to) const {
    bool joined = false;
    for (std::size_t k = from; k < to; ++k) {
        const std::string& w = s_.words[k];
        if (w == "and" && k + 1 < to) {
            joined = joined || numeral(k + 1) || qualifiers_.matchAt(s_.words, k + 1).has_value();
            continue;
        }
        if ((s_.punct[k] && w != ",") || kAuxiliaries.count(w) || kClauseOpeners.count(w)) return false;
    }
    return joined;
}

bool SentenceReader::adverbialSinceBetween(std::size_t from, std::size_t to) const {
    for (std::size_t k = from + 1; k < to; ++k) {
        if (s_.words[k] != "since" || !kAuxiliaries.count(s_.words[k - 1])) continue;
        bool opensTime = false;
        for (const auto& t : times_) opensTime = opensTime || t.begin == k;
        if (!opensTime) return true;
    }
    return false;
}

bool SentenceReader::totalBefore(std::size_t first) const {
    // "bringing the total number to 2,944", "the cumulative toll stands at 128"; not "a
    // total of 15 people died in the past day"; "the overall tally to more than 600".
    first = beforeQualifier(first);
    if (first == 0 || (s_.words[first - 1] != "to" && s_.words[first - 1] != "at")) return false;
    for (std::size_t k = first; k-- > 0 && k + 5 > first;) {
        if (endsClause(s_, k)) return false;
        if (s_.words[k] == "total" || s_.words[k] == "cumulative" || s_.words[k] == "overall") {
            return true;
        }
    }
    return false;
}

void SentenceReader::setTime(FigureMention& m, std::size_t first, std::size_t last,
                             const FigureMention* previous) const {
    const TimeExpression* best = whenClauseTime(first);
    const bool fromWhenClause = best != nullptr;
    const bool grows = Lexicon::get("cumulative_measures").contains(m.fact.measure);
    std::size_t bestDistance = 0;
    const std::size_t opening = beforeQualifier(first);
    const bool opensSince = opening > 0 && s_.words[opening - 1] == "since";
    for (const auto& t : times_) {
        if (fromWhenClause) break;
        bool insideSince = false;
        for (std::size_t k = t.begin >= 6 ? t.begin - 6 : 0; k + 1 < t.begin; ++k) {
            insideSince = insideSince || (s_.words[k] == "since" && isIng(s_.words[k + 1]));
        }
        insideSince = insideSince || (s_.words[t.begin] == "since" && t.begin + 1 < t.end &&
                                      isIng(s_.words[t.begin + 1]));
        // "since the city's takeover by the RSF last month": the time of the event the
        // count starts from.
        static const std::set<std::string> kDeterminers = {"the", "its", "their", "his", "her", "a", "an"};
        for (std::size_t k = t.begin, words = 0; !insideSince && k-- > 0 && words++ < 12;) {
            if (s_.words[k] == ")") {  // "(RSF)"
                while (k > 0 && s_.words[k] != "(") --k;
                continue;
            }
            if (endsClause(s_, k) || numeral(k)) break;
            if (s_.words[k] == "since" && k + 1 < t.begin && kDeterminers.count(s_.words[k + 1])) {
                insideSince = true;
            }
        }
        // "since fighting began in January" has its own verb: the start of the count.
        for (std::size_t k = t.begin + 1; insideSince && k < t.end; ++k) {
            const std::string& w = s_.words[k];
            if (kStartVerbs.count(w) || (w.size() > 4 && w.ends_with("ed"))) insideSince = false;
        }
        if (insideSince) continue;
        // "killed by Monday's earthquake": a possessive time dates the event, not the count.
        if (t.end < s_.size() && s_.words[t.end] == "'s") continue;
        if (inRelativeClause(t, first)) continue;
        if (datesDisaster(t)) continue;
        // "The fire broke out on March 16 at the club, killing dozens and injuring nearly
        // 200": the time of the event the participle's counts follow from; they are
        // counted since.
        if (grows && t.end <= first && consequenceOfEvent(t.end, first)) continue;
        // "47 people killed when the hurricane struck the city last week": a time in the
        // clause of the event after a toll dates the event; the toll is counted since.
        // (But "the deadliest since 304 people died when a ferry sank in 2014": a count
        // opening a "since" clause is the past event's own.)
        if (grows && t.begin > last && eventClauseBetween(last + 1, t.begin) && !opensSince) continue;
        // "began in October and has since spread ..., infecting 19,000": the time starts
        // what the count runs up to now.
        if (t.end <= first && adverbialSinceBetween(t.end, first)) continue;
        const std::size_t lo = t.end <= first ? t.end : last + 1;
        const std::size_t hi = t.end <= first ? first : t.begin;
        // Another count between them claims the time; a magnitude ("8.4") does not.
        bool between = false;
        for (std::size_t k = lo; k < hi; ++k) between = between || (!nameNumerals_[k] && isWholeNumeral(s_, k));
        // "16 deaths and 257 new cases in the last 24 hours": a time after a list of
        // counts dates each of them.
        if (between && t.begin > last && coordinatedUpTo(last + 1, t.begin)) between = false;
        if (between) continue;
        // "bringing the total number to 2,944": a running total, not the period's count.
        // So is "the toll shot up to 240 overnight": what a count rose to in a period.
        if (t.period && (totalBefore(first) || subjectOfChange(first))) continue;
        // A preposition that opens a time after the numeral ("13 on Monday") is the
        // time's, not a word between.
        std::size_t distance = t.end <= first ? first - t.end : t.begin - last;
        static const std::set<std::string> kTimePrepositions = {"on", "in", "at", "by", "during"};
        if (t.begin > last && distance > 1 && kTimePrepositions.count(s_.words[t.begin - 1])) --distance;
        // A tie goes to the time after the numeral: "up from nine on Sunday and 13 on
        // Monday" dates the 13 by Monday.
        if (!best || distance < bestDistance || (distance == bestDistance && t.begin > last)) {
            best = &t;
            bestDistance = distance;
        }
    }
    m.fact.when = "present";
    if (!best) return;
    // One period's count; "the same period" is one only if the period before was.
    const bool period = best->samePeriod ? previous && previous->fact.increment : best->period;
    m.fact.increment = m.fact.increment || period;
    m.fact.oneDay = isOneDay(first, last, *best, m.fact.measure);
    m.fact.whenBegin = best->isoBegin;
    m.fact.whenEnd = best->isoEnd;
    if (fromWhenClause && best->since) {
        m.fact.whenEnd = best->startIsoEnd;
        m.fact.when = best->words.substr(best->words.find(' ') + 1);  // "2014", not "since 2014"
        return;
    }
    // A weekday is the article's own time, but "late Wednesday" keeps its words: a late
    // count comes after the day's others (timePointOf).
    if (best->present) {
        const std::string words = foldCase(best->words);
        const bool late = words.find("late") != std::string::npos ||
                          words.find("night") != std::string::npos ||
                          words.find("evening") != std::string::npos;
        if (!late || best->isoEnd.empty()) return;
    }
    m.fact.when = best->words;
    const std::string& w = m.fact.when;
    for (const char* prefix : {"in ", "on ", "during ", "In ", "On ", "During "}) {
        if (w.rfind(prefix, 0) == 0) m.fact.when = w.substr(std::string(prefix).size());
    }
}

}  // namespace newsgraph::parser
