// SentenceReader (sentence_reader.h): what a numeral counts, its measure and subject.
#include "parser/figures/sentence_reader.h"

#include <algorithm>
#include <cctype>

#include "parser/entities/gazetteer.h"

namespace newsgraph::parser {

using namespace figure_text;

Measure SentenceReader::cueAfterOf(std::size_t j, const CueTable::Match& m) const {
    // "cases of enforced disappearances", "reports of people being trapped", "cases of
    // "enforced or involuntary disappearances"": the cue after "of" (a quotation mark
    // not counted among the four words looked at) says what the count is of.
    std::size_t of = j + m.words;
    if (of < s_.size() && s_.words[of] == "of") {
        const std::size_t quote = of + 1 < s_.size() && isQuote(s_, of + 1) ? 1 : 0;
        static const std::set<std::string> kPlacePrepositions = {"in", "at", "on", "from", "near",
                                                                 "across", "inside"};
        for (std::size_t k = of + 1; k < s_.size() && k <= of + 4 + quote; ++k) {
            // "cases of cholera in the detention camps": the phrase of "of" ends there.
            if (endsClause(s_, k) || numeral(k) || kPlacePrepositions.count(s_.words[k])) break;
            if (auto inner = measures_.matchAt(s_.words, k)) {
                return {joinedMeasure(measures_, s_, k, *inner), 2};
            }
        }
    }
    // "40 cases resolved": a participle right after the counted noun.
    if (m.label == "cases" && of < s_.size() && isParticiple(s_.words[of]) &&
        !reporting_.contains(s_.words[of]) && !neutral_.contains(s_.words[of])) {
        return {s_.words[of], 2};
    }
    return {joinedMeasure(measures_, s_, j, m), 2};
}

bool SentenceReader::onCraft(std::size_t p) const {
    // "were on an overloaded boat", "had crowded onto a fishing vessel".
    if (s_.words[p] != "on" && s_.words[p] != "onto") return false;
    const Lexicon& vessels = Lexicon::get("vessels");
    for (std::size_t k = p + 1; k < s_.size() && k <= p + 4; ++k) {
        if (endsClause(s_, k) || numeral(k)) return false;
        if (vessels.contains(s_.words[k])) return true;
    }
    return false;
}

bool SentenceReader::toHospital(std::size_t p) const {
    // "47 others have been taken to the District Medical College and Hospital".
    static const std::set<std::string> kTaken = {"taken", "rushed", "airlifted"};
    static const std::set<std::string> kHospitals = {"hospital", "hospitals", "clinic", "clinics",
                                                     "centre", "centres", "center", "centers"};
    if (!kTaken.count(s_.words[p]) || p + 1 >= s_.size() || s_.words[p + 1] != "to") return false;
    for (std::size_t k = p + 2; k < s_.size() && k <= p + 9; ++k) {
        if (endsClause(s_, k) || numeral(k)) return false;
        if (kHospitals.count(s_.words[k])) {
            // "a health centre", "the medical centre": a centre only of care.
            const std::string& before = s_.words[k - 1];
            return s_.words[k].rfind("hospital", 0) == 0 || s_.words[k].rfind("clinic", 0) == 0 ||
                   before == "health" || before == "medical" || before == "trauma";
        }
    }
    return false;
}

std::size_t SentenceReader::pastParenthetical(std::size_t i) const {
    // "Eleven suspects, including four said to ..., have been arrested": a part set off
    // by commas between the counted noun and its predicate, which an auxiliary opens.
    static const std::set<std::string> kOpeners = {"including", "among", "mostly", "mainly",
                                                   "many", "most"};
    if (i + 2 >= s_.size() || s_.words[i] != "," || !kOpeners.count(s_.words[i + 1])) return i;
    for (std::size_t k = i + 2; k + 1 < s_.size() && k < i + 16; ++k) {
        if (s_.words[k] == ",") return kAuxiliaries.count(s_.words[k + 1]) ? k + 1 : i;
        if (endsClause(s_, k)) return i;
    }
    return i;
}

Measure SentenceReader::rightMeasure(std::size_t i, std::size_t& npEnd) const {
    // Words of a state between the counted noun and its cue: "households facing power
    // outages", "homes still without running water".
    static const std::set<std::string> kStateVerbs = {"face",  "faces",  "facing",  "suffer",
                                                      "suffering", "experiencing", "lack",
                                                      "lacking", "left"};
    Measure direct;
    std::size_t directEnd = 0;  // the word after the direct cue
    std::size_t j = i;
    std::optional<std::size_t> predicate;  // past a reporting clause, when there is one
    // "revised from 95 to 84 the death toll": the older count of a change counts what
    // the newer one's noun says.
    if (i >= 2 && i + 1 < s_.size() && s_.words[i] == "to" && numeral(i + 1) && numeral(i - 1)) {
        const std::size_t opener = beforeQualifier(i - 1);
        if (opener >= 1 && s_.words[opener - 1] == "from") j = i + 2;
    }
    const bool pastNewer = j != i;  // its noun is the newer count's, not its own
    for (const std::size_t start = j; j < s_.size() && j < start + 7; ++j) {
        const std::string& w = s_.words[j];
        if (endsClause(s_, j) || isQuote(s_, j)) break;
        if (j > i && (predicate = reportingClause(j))) break;
        if (j == start && (w == "and" || w == "or")) break;
        // "two districts and injured nine", "killed 95 people and left many missing": a
        // verb after "and" starts another predicate.
        if ((w == "and" || w == "or") && j + 1 < s_.size() &&
            (measures_.matchAt(s_.words, j + 1) || isParticiple(s_.words[j + 1]) ||
             kStateVerbs.count(s_.words[j + 1]))) {
            break;
        }
        if (auto m = measures_.matchAt(s_.words, j)) {
            direct = cueAfterOf(j, *m);
            directEnd = j + m->words;
            break;
        }
        // "800 seriously injured", "12 critically wounded": an adverb of manner on the cue
        // that closes the phrase ("nine critically injured patients were transferred":
        // an adjective of the noun, whose predicate says what is counted).
        if (isLy(w) && j + 1 < s_.size()) {
            if (auto m = measures_.matchAt(s_.words, j + 1)) {
                const std::size_t after = j + 1 + m->words;
                const bool nounAfter = after < s_.size() && !s_.punct[after] &&
                                       !kPhraseEnds.count(s_.words[after]) &&
                                       !kAuxiliaries.count(s_.words[after]) && s_.words[after] != "and" &&
                                       !reporting_.contains(s_.words[after]);
                if (!nounAfter) {
                    direct = {joinedMeasure(measures_, s_, j + 1, *m), 2};
                    break;
                }
            }
        }
        // "19 people still missing", "23 others now unaccounted for": an adverb between
        // the noun phrase and its cue.
        if ((kStateAdverbs.count(w) || kStateVerbs.count(w)) && j + 1 < s_.size()) {
            std::size_t k = j + 1;
            if (kStateVerbs.count(s_.words[k]) && k + 1 < s_.size()) ++k;  // "still face"
            if (auto m = measures_.matchAt(s_.words, k)) {
                direct = {joinedMeasure(measures_, s_, k, *m), 2};
                break;
            }
            if (kStateVerbs.count(w)) continue;
        }
        if (kAuxiliaries.count(w) || kPhraseEnds.count(w) || isIng(w) || isLy(w)) break;
        // "up from five given on Saturday": a participle of reporting is no counted noun;
        // before a cue it is an adjective ("645 confirmed deaths", "312 reported cases").
        if (j == start && (reporting_.contains(w) || w == "given" || w == "cited") &&
            !(j + 1 < s_.size() && measures_.matchAt(s_.words, j + 1))) {
            break;
        }
    }
    npEnd = pastNewer ? i : j;
    // "1,130 homes as destroyed" (after a neutral verb: "listed ... as"): the cue or
    // participle after "as" is the measure.
    if (npEnd + 1 < s_.size() && s_.words[npEnd] == "as") {
        if (auto m = measures_.matchAt(s_.words, npEnd + 1)) {
            return {joinedMeasure(measures_, s_, npEnd + 1, *m), 1};
        }
        const std::string& w = s_.words[npEnd + 1];
        if (isParticiple(w) && !reporting_.contains(w) && !neutral_.contains(w)) return {w, 1};
    }
    // Predicate: auxiliary, up to four words, then a cue, within the clause; a cue beats a
    // participle of no lexicon ("were being treated for wounds": wounded).
    const std::size_t from = predicate ? *predicate : pastParenthetical(npEnd);
    // "10,100 people are reported missing", "300 homes officials said destroyed": the cue
    // right after the reporting words.
    if (predicate && *predicate < s_.size()) {
        if (auto m = measures_.matchAt(s_.words, *predicate)) {
            return {joinedMeasure(measures_, s_, *predicate, *m), 1};
        }
    }
    Measure neutral, participle;
    // "11 farmworkers who had been sleeping in a hostel when it collapsed were still
    // missing": past a relative clause on people, the main predicate may follow; when none
    // does, the relative clause's own verb counts ("3,000 civilians who fled the city").
    const bool relative = from < s_.size() && (s_.words[from] == "who" || s_.words[from] == "that");
    Measure relativeVerb;
    // The main predicate is looked for past the relative clause's own verb ("70 persons
    // who were injured in the landslides have been admitted": hospitalized).
    std::size_t predicateFrom = from;
    if (relative && from + 1 < s_.size()) {
        std::size_t v = from + 1;
        while (v < s_.size() && kAuxiliaries.count(s_.words[v])) ++v;
        if (v < s_.size()) {
            if (auto m = measures_.matchAt(s_.words, v)) {
                relativeVerb = {joinedMeasure(measures_, s_, v, *m), 1};
                predicateFrom = v + m->words;
            }
        }
    }
    // "174 of 179 victims have been identified", "141 out of 179": the predicate is
    // the part's; the whole counts what its noun says.
    const bool wholeOfPart = i >= 3 && s_.words[i - 2] == "of" &&
                             (numeral(i - 3) || (i >= 4 && s_.words[i - 3] == "out" && numeral(i - 4)));
    for (std::size_t k = predicateFrom; !wholeOfPart && k < s_.size() && k < from + 16; ++k) {
        // "998,918 persons belonging to 273,606 families have been affected": the count of
        // the groups they belong to shares their predicate.
        if (s_.words[k] == "belonging" && k + 2 < s_.size() && s_.words[k + 1] == "to" && numeral(k + 2)) {
            k += 2;
            continue;
        }
        // "80 people injured in the attack, including six children, remained in hospital":
        // the aside of a part is passed over to the predicate.
        if (s_.isPunct(k, ",") && k + 1 < s_.size() && s_.words[k + 1] == "including") {
            std::size_t close = k + 2;
            while (close < s_.size() && close < k + 12 && !s_.punct[close]) ++close;
            if (close < s_.size() && s_.isPunct(close, ",")) {
                k = close;
                continue;
            }
        }
        if (endsClause(s_, k) || numeral(k)) break;
        // "were said to have been killed": hearsay, not another clause.
        const bool hearsay = k + 1 < s_.size() && s_.words[k + 1] == "to" &&
                             reporting_.contains(s_.words[k]);
        if (kClauseOpeners.count(s_.words[k]) && !relative && !hearsay) break;
        if (k == from && s_.words[k] == "and") break;
        if (!kAuxiliaries.count(s_.words[k])) continue;
        for (std::size_t p = k + 1; p < s_.size() && p <= k + 4; ++p) {
            if (endsClause(s_, p)) break;
            if (auto m = measures_.matchAt(s_.words, p)) {
                // "132 injured people have been admitted to health centres": the count is
                // of those in hospital, as the predicate says. "12 dead have been
                // identified" still counts the dead: naming them adds none.
                if (direct.label == "killed" && m->label == "identified" && k == directEnd) return direct;
                return {joinedMeasure(measures_, s_, p, *m), 1};
            }
            if (onCraft(p)) return {"aboard", 1};
            if (toHospital(p)) return {"hospitalized", 1};
            const std::string& w = s_.words[p];
            if (!isParticiple(w) || direct.priority != 99 || reporting_.contains(w)) continue;
            // "had been registered as missing": a neutral verb only when no cue follows.
            if (!neutral_.contains(w)) {
                if (participle.priority == 99) participle = {w, 1};
            } else if (neutral.priority == 99) {
                neutral = {w, 1};
            }
        }
        if (participle.priority != 99) break;
    }
    if (participle.priority != 99 && relativeVerb.priority == 99) {
        // A participle of no lexicon is weaker than what the counted noun implies
        // ("1,000 personnel are engaged in relief": deployed).
        participle.priority = 6;
        return participle;
    }
    if (relativeVerb.priority != 99 && direct.priority == 99) return relativeVerb;
    return direct.priority == 99 ? neutral : direct;
}

std::optional<std::string> SentenceReader::governingMeasure(std::size_t first) const {
    std::size_t k = beforeQualifier(first);
    if (k < 2 || s_.words[k - 1] != "of") return std::nullopt;
    if (auto m = measures_.matchEndingAt(s_.words, k - 1)) {
        return joinedMeasure(measures_, s_, k - 1 - m->words, *m);
    }
    return std::nullopt;
}

std::size_t SentenceReader::partitiveCue(std::size_t i) const {
    if (i + 2 >= s_.size() || s_.words[i] != "of") return s_.size();
    const std::string& article = s_.words[i + 1];
    if (article != "the" && article != "those" && article != "them") return s_.size();
    // "19 of the 90 bodies": the whole's own numeral between the article and its cue;
    // "six of those who (were) killed": a relative pronoun and its auxiliaries.
    std::size_t cue = i + 3 < s_.size() && numeral(i + 2) ? i + 3 : i + 2;
    if (article == "those" && (s_.words[i + 2] == "who" || s_.words[i + 2] == "that")) {
        cue = i + 3;
        while (cue < s_.size() && kAuxiliaries.count(s_.words[cue])) ++cue;
    }
    // "eight of the seriously injured": an adverb of manner on the cue.
    if (cue + 1 < s_.size() && isLy(s_.words[cue])) ++cue;
    return cue;
}

std::optional<std::pair<std::string, std::string>> SentenceReader::partitiveMeasure(std::size_t i) const {
    const std::size_t cue = partitiveCue(i);
    if (cue >= s_.size()) return std::nullopt;
    if (auto m = measures_.matchAt(s_.words, cue)) {
        return std::make_pair(joinedMeasure(measures_, s_, cue, *m),
                              joinOriginal(s_, cue, cue + m->words));
    }
    return std::nullopt;
}

bool SentenceReader::countIsWhat(std::size_t first) const {
    std::size_t last = first;
    while (last + 1 < s_.size() && numeral(last + 1)) ++last;
    static const std::set<std::string> kCopulas = {"were", "are", "was", "is"};
    return last + 2 < s_.size() && kCopulas.count(s_.words[last + 1]) && !s_.punct[last + 2] &&
           !numeral(last + 2);
}

std::optional<std::pair<std::string, std::string>> SentenceReader::leadingPartitive(std::size_t first) const {
    std::size_t k = 0;
    while (k < first && (isQuote(s_, k) || s_.punct[k])) ++k;
    if (k + 3 >= first || (s_.words[k] != "of" && s_.words[k] != "among")) return std::nullopt;
    if (s_.words[k + 1] != "the" && s_.words[k + 1] != "those" && s_.words[k + 1] != "these") return std::nullopt;
    std::size_t comma = first;
    while (comma > k && !s_.isPunct(comma - 1, ",")) --comma;
    if (comma <= k + 1) return std::nullopt;
    bool total = false;
    for (std::size_t i = k + 2; i + 1 < comma; ++i) {
        if (numeral(i)) {
            total = true;
            continue;
        }
        if (s_.punct[i]) return std::nullopt;
        // "Among the dead, 101 were women": the whole may go without its number, when
        // its cue follows the determiner and the part is what the count "were".
        if (auto m = measures_.matchAt(s_.words, i); m && (total || (i == k + 2 && countIsWhat(first)))) {
            for (std::size_t j = comma; j < first; ++j) {
                if (numeral(j)) return std::nullopt;
            }
            return std::make_pair(joinedMeasure(measures_, s_, i, *m),
                                  joinOriginal(s_, i, i + m->words));
        }
    }
    return std::nullopt;
}

bool SentenceReader::civilianCount(std::size_t npBegin, std::size_t npEnd) const {
    static const std::set<std::string> kPeople = {"people", "persons", "families",
                                                  "refugees", "migrants", "asylum-seekers",
                                                  "men", "individuals", "households"};
    std::size_t head = npEnd;
    while (head > npBegin && s_.punct[head - 1]) --head;
    if (head == npBegin) return false;
    const std::string& word = s_.words[head - 1];
    if (kPeople.count(word)) return true;
    if (auto label = CueTable::get("subject_classes").labelOf(word); label && *label == "civilians") {
        return true;
    }
    return head - 1 > 0 && Gazetteer::get().demonym(s_.original[head - 1]) != nullptr;
}

std::optional<std::string> SentenceReader::impliedMeasure(std::size_t npBegin, std::size_t npEnd) const {
    const CueTable& implied = CueTable::get("subject_measures");
    std::vector<std::string> words;
    for (std::size_t i = npBegin; i < npEnd; ++i) {
        if (!s_.punct[i]) words.push_back(s_.words[i]);
    }
    if (auto m = implied.matchEndingAt(words, words.size())) return m->label;
    // "1,400 firefighters and support staff": the first of two joined nouns.
    for (std::size_t k = 1; k < words.size(); ++k) {
        if (words[k] != "and") continue;
        if (auto m = implied.matchEndingAt(words, k)) return m->label;
        break;
    }
    return std::nullopt;
}

std::string SentenceReader::nationalsAfter(std::size_t last) const {
    // "47 death certificates for Jordanian pilgrims", "14 deaths among Egyptian
    // pilgrims": the people a count of deaths is of, named after it.
    for (std::size_t k = last + 1; k + 1 < s_.size() && k < last + 5; ++k) {
        if (s_.punct[k] || numeral(k) || kAuxiliaries.count(s_.words[k])) return {};
        const std::string& w = s_.words[k];
        if (w != "for" && w != "among" && w != "of") continue;
        const std::string& name = s_.original[k + 1];
        if (!std::isupper(static_cast<unsigned char>(name[0])) || !Gazetteer::get().demonym(name)) {
            return {};
        }
        std::size_t e = k + 2;
        while (e < s_.size() && e < k + 4 && !s_.punct[e] && !kAuxiliaries.count(s_.words[e]) &&
               !kPhraseEnds.count(s_.words[e])) {
            ++e;
        }
        return joinOriginal(s_, k + 1, e);
    }
    return {};
}

}  // namespace newsgraph::parser
