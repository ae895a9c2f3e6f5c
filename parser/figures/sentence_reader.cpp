// SentenceReader (sentence_reader.h): the reading order of one numeral and its qualifier.
#include "parser/figures/sentence_reader.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "parser/entities/gazetteer.h"

namespace newsgraph::parser {

using namespace figure_text;

FigureMention SentenceReader::read(std::size_t first, std::size_t last, const FigureMention* before,
                                   const FigureMention* earlier) {
    FigureMention m;
    m.projected = isProjection(first);
    m.fact.speculative = isSpeculative(first);
    m.fact.qualifier = qualifier(first, last);
    // "5,600 or so people": the noun phrase starts after the qualifier.
    const std::size_t npBegin = orSo(last + 1) ? last + 3 : last + 1;
    std::size_t npEnd = npBegin;
    Measure measure = rightMeasure(npBegin, npEnd);
    // "Hundreds of people, including at least 30 children, were killed": an aside's
    // count takes the predicate after the aside closes.
    bool asidePart = false;
    if (measure.priority == 99) {
        const std::size_t opener = beforeQualifier(first);
        const bool including = opener >= 2 && s_.words[opener - 1] == "including" &&
                               s_.isPunct(opener - 2, ",");
        if (including && npEnd < s_.size() && s_.isPunct(npEnd, ",")) {
            std::size_t k = npEnd + 1;
            while (k < s_.size() && k < npEnd + 4 && (kAuxiliaries.count(s_.words[k]) || isLy(s_.words[k]))) ++k;
            if (auto cue = k < s_.size() ? measures_.matchAt(s_.words, k) : std::nullopt) {
                measure = {joinedMeasure(measures_, s_, k, *cue), 3};
                asidePart = true;
            }
        }
    }
    // "The figure of 209 is based on ...": a count noun names the number and a neutral
    // verb says nothing of it, so it restates a claim of the text (figure_merger.h).
    const bool plainVerb = neutral_.contains(measure.label) || !measures_.labelOf(measure.label);
    if (measure.priority < 99 && plainVerb && first >= 2 && s_.words[first - 1] == "of" &&
        Lexicon::get("count_nouns").contains(s_.words[first - 2])) {
        measure = {};
    }
    // "the bodies of nine people": a cue that governs the numeral through "of" says
    // what is counted, whatever the predicate ("had been recovered") says.
    if (auto governing = governingMeasure(first)) measure = {*governing, 0};
    // "two of the dead": a partitive of a cue; "Of the 31 deaths, 14 were in X": a
    // part of the total the clause opens with.
    std::optional<std::string> partitiveSubject;
    // "Seven of the wounded are in critical condition": the state the predicate says
    // yields to the partitive's cue.
    if (measure.priority > 2 || measure.label == "critical") {
        std::optional<std::pair<std::string, std::string>> partitive = partitiveMeasure(last + 1);
        std::size_t partEnd = npEnd;
        if (partitive) {
            const std::size_t cue = partitiveCue(last + 1);  // "of the 90 bodies"
            const auto match = cue < s_.size() ? measures_.matchAt(s_.words, cue) : std::nullopt;
            partEnd = match ? cue + match->words : npEnd;
        } else {
            partitive = leadingPartitive(first);
        }
        if (partitive) {
            measure = {partitive->first, 2};
            partitiveSubject = partitive->second;
            m.fact.part = complement(partEnd);
            if (m.fact.part.empty()) m.fact.part = "of the " + partitive->second;
        }
    }
    // "52 civilian deaths, including 21 children", "57 died, among them 22 children":
    // a part of the figure before it (not "including 49 incidents": things).
    // "the deaths of 295 people, including 241 passengers": the part of a toll keeps its
    // measure whatever its noun says ("passengers" alone would be aboard).
    const bool nounAboard = measure.label == "aboard" && measure.priority == 2;
    if ((measure.priority > 2 || nounAboard || neutral_.contains(measure.label)) && before &&
        before->hasMeasure && partOfBefore(first) &&
        !countHead(npBegin, npEnd)) {
        measure = {before->fact.measure, 2};
        partitiveSubject = before->fact.subject;
        m.fact.part = joinOriginal(s_, npBegin, npEnd);
        if (m.fact.part.empty()) m.fact.part = "part";
    }
    // "22 people had been injured, four of them seriously": a part of the figure before,
    // which the words after "of them" name.
    if (measure.priority > 2 && before && before->hasMeasure && last + 2 < s_.size() &&
        s_.words[last + 1] == "of" && (s_.words[last + 2] == "them" || s_.words[last + 2] == "whom")) {
        measure = {before->fact.measure, 2};
        partitiveSubject = before->fact.subject;
        std::size_t b = last + 3;
        while (b < s_.size() && kAuxiliaries.count(s_.words[b])) ++b;
        std::size_t e = b;
        while (e < s_.size() && e < b + 3 && !s_.punct[e]) ++e;
        m.fact.part = e > b ? joinOriginal(s_, b, e) : "part";
    }
    // "the identified victims include 240 passengers": what the whole before "include"
    // counts.
    if (nounAboard && m.fact.part.empty()) {
        if (auto whole = includingWhole(first)) measure = {*whole, 2};
    }
    // "The deaths include 15 people who ...", "the figure included 48 in X": a part of
    // a count stated before.
    if (m.fact.part.empty() && includedPart(first)) {
        if (measure.priority == 99) {
            if (auto whole = includingWhole(first)) measure = {*whole, 3};
        }
        m.fact.part = joinOriginal(s_, npBegin, npEnd);
        if (m.fact.part.empty()) m.fact.part = "part";
    }
    const std::optional<std::string> things = countHead(npBegin, npEnd);
    // A count of things takes no measure of people from before it ("fled to 23
    // localities").
    // "793 have been discharged and 382 are being treated": a numeral with its own
    // predicate, joined to another numeral's clause, takes no cue of that clause.
    // "18 passengers and 3 bystanders" after "the identified victims include": a list's
    // item counts what its first item counts, not the cue of that item's noun.
    const bool listItem = measure.priority == 99 && before && before->hasMeasure &&
                          !before->fact.part.empty() && listedAfter(*before, first);
    if (measure.priority > 3 && !things && !listItem && !(measure.priority == 6 && coordinatedClause(first))) {
        if (auto left = leftMeasure(first)) measure = {*left, 3};
    }
    m.fact.subject = partitiveSubject ? *partitiveSubject : joinOriginal(s_, npBegin, npEnd);
    // The aside's count is a part of the whole the sentence opens with.
    if (asidePart && m.fact.part.empty()) {
        m.fact.part = m.fact.subject.empty() ? "part" : m.fact.subject;
    }
    // "645 confirmed deaths": the adjective before the cue is no subject.
    if (!partitiveSubject && npEnd == npBegin + 1 && reporting_.contains(s_.words[npBegin])) {
        m.fact.subject.clear();
    }
    if (measure.priority > 5) {
        if (auto implied = impliedMeasure(npBegin, npEnd)) measure = {*implied, 5};
    }
    if (measure.priority > 5 && things && *things != "places") measure = {*things, 5};
    if (measure.priority > 6 && !things) {
        if (auto verb = verbBefore(first)) measure = {*verb, 7};
    }
    // "Eleven bodies are yet to be identified": what is done with bodies, whatever cue
    // the predicate or the noun gave ("kept in hospital morgues" is no admission).
    if (measure.label == "killed" || measure.label == "identified" || measure.label == "hospitalized") {
        if (auto bodies = bodiesMeasure(first, npBegin, npEnd)) {
            measure.label = *bodies;
            m.bodiesRecovered = *bodies == "recovered";
        }
    }
    // "had previously put the number at 5,500", "put the figure at 133 but said the
    // death toll ...": a count noun standing for the count the text is about; its cue is
    // in the sentence, else it is the last figure's measure.
    const bool plainMeasure = measure.priority == 99 || neutral_.contains(measure.label) ||
                              !measures_.labelOf(measure.label);
    if (plainMeasure && first >= 1 && s_.words[first - 1] == "at" && countNounBefore(first) &&
        !countHead(npBegin, npEnd)) {
        std::optional<Measure> cue;
        for (std::size_t k = last + 1; k < s_.size() && !cue; ++k) {
            if (auto m = measures_.matchAt(s_.words, k)) cue = Measure{joinedMeasure(measures_, s_, k, *m), 1};
        }
        if (cue) {
            measure = *cue;
        } else if (earlier && earlier->hasMeasure) {
            measure = {earlier->fact.measure, 1};
        }
    }
    // "27 children and 76 women", "540 houses in A, 600 in B": a list goes on counting
    // what its first item counts.
    m.locative = locativeAfter(npEnd);
    // "241 of the 242 people on board", "another 29 on the ground were killed": those
    // aboard and those on the ground are parts of a crash's toll.
    if (m.fact.part.empty() && measure.label != "aboard") m.fact.part = craftPart(npBegin);
    if (m.fact.part.empty()) m.fact.part = alonePart(first, last);
    // "In A alone, 93 died, while 28 others died in B": others beside a part are a part.
    if (m.fact.part.empty() && before && !before->fact.part.empty() && last + 1 < s_.size() &&
        s_.words[last + 1] == "others") {
        m.fact.part = "others";
    }
    if (measure.priority == 99 && before && before->hasMeasure && !things &&
        listedAfter(*before, first)) {
        m.listsOn = true;
        measure = {before->fact.measure, 2};
        m.fact.part = before->fact.part.empty() ? "" : joinOriginal(s_, npBegin, npEnd);
        if (!before->fact.part.empty() && m.fact.part.empty()) m.fact.part = "part";
    }
    // "This includes 540 houses in Mundakkai": a part of the count the text stated
    // before.
    if (measure.priority == 99 && earlier && earlier->hasMeasure && includedPart(first)) {
        measure = {earlier->fact.measure, 2};
        if (m.fact.part.empty()) m.fact.part = joinOriginal(s_, npBegin, npEnd);
        if (m.fact.part.empty()) m.fact.part = "part";
    }
    // "That was later revised up to 670", "The figure rose to 300": a sentence whose
    // subject stands for the count before it goes on counting what that count counted.
    // "That is up from nine on Sunday": the same, for the older count it is compared with.
    if (measure.priority == 99 && earlier && earlier->hasMeasure &&
        (anaphoricTotal(first) || anaphoricComparison(first))) {
        measure = {earlier->fact.measure, 2};
        m.fact.subject = earlier->fact.subject;
    }
    // "The deceased are from: Nairobi (21), Nakuru (3), ...": a count in brackets after a
    // name breaks down the count the sentence names before its list.
    std::optional<std::string> bracketSubject;
    if (measure.priority == 99 && bracketedAfterName(first, last)) {
        for (std::size_t k = first; k-- > 0;) {
            if (auto cue = measures_.matchAt(s_.words, k)) {
                measure = {joinedMeasure(measures_, s_, k, *cue), 4};
                std::size_t name = first - 2;  // "Uasin Gishu (4)": the whole name
                while (name > 0 && !s_.punct[name - 1] &&
                       std::isupper(static_cast<unsigned char>(s_.original[name - 1][0]))) {
                    --name;
                }
                m.fact.part = "in " + joinOriginal(s_, name, first - 1);
                bracketSubject = joinOriginal(s_, k, k + cue->words);
                break;
            }
        }
    }
    // "Of these 101 deceased, five ...": "these" points back at a count the text stated,
    // so the numeral restates it and names no measure of its own (figure_merger.h).
    if (first > 0 && (s_.words[first - 1] == "these" || s_.words[first - 1] == "those")) measure = {};
    m.hasMeasure = measure.priority < 99;
    m.fact.measure = measure.label;
    // "2,000 Congolese had arrived", "families were sent to camps": civilians who
    // arrive are displaced, not deployed.
    if (m.fact.measure == "deployed" && civilianCount(npBegin, npEnd)) m.fact.measure = "displaced";
    // "1,175 injured patients were sent to hospitals": the wounded, wherever they were
    // sent; "793 injured passengers had been released": discharged.
    const bool injured = npBegin < s_.size() && measures_.labelOf(s_.words[npBegin]) == std::optional<std::string>("wounded");
    if (injured && m.fact.measure == "deployed") m.fact.measure = "wounded";
    if (injured && m.fact.measure == "released") m.fact.measure = "discharged";
    // "buried 1,182 houses", "150 houses were buried": structures are destroyed, not killed.
    if (m.fact.measure == "killed" || m.fact.measure == "covered") {
        std::size_t head = npEnd;
        while (head > npBegin && s_.punct[head - 1]) --head;
        const auto cls = head > npBegin ? CueTable::get("subject_classes").labelOf(s_.words[head - 1])
                                        : std::nullopt;
        if (cls && *cls == "places") m.fact.measure = "destroyed";
        // "a navy frigate and four other ships conducting search operations": craft and
        // machines are sent, not killed (a lost aircraft is "destroyed" by its verb).
        if (cls && *cls == "equipment" && m.fact.measure == "killed") m.fact.measure = "deployed";
    }
    m.fact.increment = isIncrement(first, npBegin, npEnd);
    if (m.fact.subject.empty() && measure.priority == 3) m.fact.subject = leftSubject(first);
    if (m.fact.subject.empty()) m.fact.subject = nationalsAfter(last);
    // "killing 14 people and injuring about 60": a verb is no subject; the numeral
    // counts what the one before it counts.
    if (before && (isIng(m.fact.subject) || isParticiple(m.fact.subject))) m.fact.subject.clear();
    // An elliptical numeral ("1,000 already having arrived") counts what the one
    // before it counts; "12 dead" names its own (empty) subject.
    // "bringing the overall tally to more than 600" counts everyone: no subject of before.
    if (m.fact.subject.empty() && before && measure.priority != 2 && !totalBefore(first)) {
        m.fact.subject = before->fact.subject;
        m.fact.increment = m.fact.increment || before->fact.increment;
    }
    if (bracketSubject) m.fact.subject = *bracketSubject;  // "Tull (1)" counts the deceased
    m.fact.previousCue = previousCue(first);
    // "3,958 people have died instead of 11,300": the figure an older one gives way to.
    for (std::size_t k = last + 1; k + 1 < s_.size() && k < last + 6; ++k) {
        if (s_.punct[k] || numeral(k)) break;
        if ((s_.words[k] == "instead" || s_.words[k] == "rather") &&
            (s_.words[k + 1] == "of" || s_.words[k + 1] == "than")) {
            m.fact.previousCue.clear();
            break;
        }
    }
    // "312, up from 48": a compared older figure counts what the one before it counts;
    // so do "when the agency's own figure stood at 74" and a competing estimate
    // ("55,000 displaced, while the NDMA put the number at 48,000"): a count noun in
    // its clause.
    // So does a definite count with no noun of its own: "an extra 500 troops to bolster
    // the 1,200 already on site".
    const std::size_t opener = beforeQualifier(first);
    static const std::set<std::string> kAfterElided = {"already", "still", "now", "currently",
                                                       "on", "in", "at", "who", "that"};
    const bool elliptical = opener > 0 && s_.words[opener - 1] == "the" && last + 1 < s_.size() &&
                            (s_.punct[last + 1] || kAfterElided.count(s_.words[last + 1]) > 0);
    // "47 are Syrian, 43 Egyptian, 12 Pakistani": a breakdown by nationality counts what
    // its first item counts.
    auto isDemonym = [&](std::size_t k) {
        return std::isupper(static_cast<unsigned char>(s_.original[k][0])) &&
               Gazetteer::get().demonym(s_.original[k]) != nullptr;
    };
    bool nationalityItem = npEnd > npBegin && npBegin < s_.size() && before && isDemonym(npBegin);
    if (nationalityItem) {
        // Between the two: the item before's own demonym, "are"/"were", commas and "and".
        const std::size_t from = s_.wordEndAt(before->fact.mentions.front().end);
        for (std::size_t k = from; k < beforeQualifier(first) && nationalityItem; ++k) {
            const std::string& w = s_.words[k];
            nationalityItem = w == "," || w == "and" || w == "are" || w == "were" || isDemonym(k);
        }
    }
    if (!m.hasMeasure && before && before->hasMeasure &&
        (!m.fact.previousCue.empty() || countNounBefore(first) || elliptical || nationalityItem)) {
        m.hasMeasure = true;
        m.fact.measure = before->fact.measure;
        if (!totalBefore(first)) m.fact.subject = before->fact.subject;
        if (nationalityItem) m.fact.part = s_.original[npBegin];
        // "four children, rather than six": the older figure a contrast replaces is of the
        // same part ("52 deaths, including 21 children, up from 43" compares the total).
        if ((m.fact.previousCue == "rather than" || m.fact.previousCue == "instead of") &&
            npEnd == npBegin && m.fact.part.empty()) {
            m.fact.part = before->fact.part;
        }
        // (An older total recalled beside a change, "an increase of 12 from the initial
        // tally of 27", is a total, not a change.)
        m.fact.increment = elliptical || !m.fact.previousCue.empty() ? false : before->fact.increment;
    }
    if (totalBefore(first)) m.fact.increment = false;  // "bringing the total to 2,944"
    m.fact.cause = nearestCue("causes", first, last);
    if (m.fact.measure == "outage") m.fact.utility = nearestCue("utilities", first, last);
    m.fact.setting = setting(first, last);
    // "were treated at the scene": only the dead there are a part of the toll.
    if (m.fact.setting == "the scene" && m.fact.measure != "killed") m.fact.setting.clear();
    // "seven were being treated in hospitals": people treated in hospital for no named
    // disease are the injured; "382 are being treated", with no disease and no place,
    // are the patients still in hospital ("treated at a stadium" stays a count of the
    // treated, and so does "it had treated 310 people": only the predicate after the
    // noun says that).
    if (m.fact.measure == "treated" && m.fact.cause.empty() && measure.priority == 6) {
        if (m.fact.setting == "hospitals") {
            m.fact.measure = "wounded";
        } else if (!placeAfterPredicate(npEnd)) {
            m.fact.measure = "hospitalized";
        }
    }
    // "rose to 66, with 49 fatalities in Cebu province": a count of a place after "with",
    // beside a total of its measure, is a part of that total.
    if (m.fact.part.empty() && before && before->fact.measure == m.fact.measure && !m.locative.empty() &&
        opener > 0 && s_.words[opener - 1] == "with") {
        m.fact.part = m.locative;
    }
    // "three children and 26 women were among the dead": a part of the toll.
    if (m.fact.part.empty()) m.fact.part = amongPart(last + 1);
    setTime(m, first, last, before ? before : earlier);
    return m;
}

std::string SentenceReader::amongPart(std::size_t i) const {
    static const std::set<std::string> kWholes = {"dead", "victims", "killed", "deceased", "fatalities",
                                                  "injured", "wounded", "casualties"};
    // Past the noun phrase and, for the first item of a list, the items after it.
    for (std::size_t k = i; k + 2 < s_.size() && k < i + 8; ++k) {
        if (endsClause(s_, k) && !s_.isPunct(k, ",")) return {};
        if (s_.words[k] != "among" || !kAuxiliaries.count(s_.words[k - 1])) continue;
        const std::size_t whole = s_.words[k + 1] == "the" || s_.words[k + 1] == "those" ? k + 2 : k + 1;
        if (whole < s_.size() && kWholes.count(s_.words[whole])) return "among the " + s_.words[whole];
        return {};
    }
    return {};
}

std::size_t SentenceReader::beforeQualifier(std::size_t first) const {
    if (auto q = qualifiers_.matchEndingAt(s_.words, first)) return first - q->words;
    return first;
}

bool SentenceReader::orSo(std::size_t i) const {
    return i + 1 < s_.size() && s_.words[i] == "or" && s_.words[i + 1] == "so";
}

std::optional<std::size_t> SentenceReader::reportingClause(std::size_t i) const {
    for (std::size_t r = i; r < s_.size() && r < i + 4; ++r) {
        if (s_.punct[r] || numeral(r)) return std::nullopt;
        if (!reporting_.contains(s_.words[r])) continue;
        if (r == i || r + 1 >= s_.size()) return std::nullopt;
        if (kAuxiliaries.count(s_.words[r + 1]) || measures_.matchAt(s_.words, r + 1)) {
            return r + 1;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::string SentenceReader::qualifier(std::size_t first, std::size_t last) const {
    std::vector<std::string> words;  // the words before the numeral, quotes dropped
    for (std::size_t i = 0; i < first; ++i) {
        if (!isQuote(s_, i)) words.push_back(s_.words[i]);
    }
    if (auto m = qualifiers_.matchEndingAt(words, words.size())) {
        // "the toll has gone up to 2,497": "up" goes with the verb, "to" with the number.
        // Past forms and the headline's present ("toll rises up to 46") only: "could go
        // up to 2,000" is a bound.
        static const std::set<std::string> kRisingVerbs = {
            "gone", "went", "risen", "rose", "climbed", "jumped", "shot", "moved", "crept",
            "inched", "revised", "ticked", "rises", "climbs", "jumps", "goes", "increased",
            "increases", "soared", "soars", "surged", "surges"};
        const std::size_t n = words.size();
        if (m->label == "at most" && m->words == 2 && n >= 3 && words[n - 2] == "up" &&
            kRisingVerbs.count(words[n - 3])) {
            return "exact";
        }
        return m->label;
    }
    if (orSo(last + 1)) return "approximately";  // "5,600 or so"
    if (last + 2 < s_.size() && s_.words[last + 1] == "or" &&
        (s_.words[last + 2] == "more" || s_.words[last + 2] == "above")) {
        return "at least";
    }
    if (last + 1 < s_.size() && (s_.words[last + 1] == "plus" || s_.words[last + 1] == "-plus" ||
                                 (s_.words[last + 1] == "-" && last + 2 < s_.size() &&
                                  s_.words[last + 2] == "plus"))) {
        return "at least";  // "200-plus volunteers"
    }
    return "exact";
}

}  // namespace newsgraph::parser
