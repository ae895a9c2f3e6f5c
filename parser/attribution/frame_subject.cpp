// FrameReader (frame_reader.h): noun phrases, subjects, complements and what stands
// between them.
#include "parser/attribution/frame_reader.h"

#include <cctype>
#include <set>

#include "parser/text/cue_table.h"
#include "parser/text/lexicon.h"

namespace newsgraph::parser::frame_detail {

// The end of a noun phrase that starts at `from`: names passed over whole, up to
// punctuation, a clause opener, an adverbial, a numeral or another cue; ten words at
// most.
std::size_t FrameReader::phraseEnd(std::size_t from) const {
    std::size_t k = from;
    while (k < w_.size() && k < from + 10) {
        if (nameAt_[k] >= 0) {
            k = pastName(nameAt_, k);
            continue;
        }
        const std::string& word = w_.words[k];
        // "said Dr. Seemin Jamali": a title's abbreviating dot is no phrase's end.
        if (k > from && w_.isPunct(k, ".") && k + 1 < w_.size() && !w_.punct[k + 1] &&
            std::isupper(static_cast<unsigned char>(w_.original[k + 1][0])) &&
            Lexicon::get("abbreviations").contains(w_.original[k - 1])) {
            ++k;
            continue;
        }
        if (endsPhrase(w_, k) || isQuote(w_, k) || (k > from && cueWord_.count(k))) break;
        // "officials at the Central Disaster Headquarters", "doctors from Lady Reading
        // Hospital": the body the people are at is part of the phrase, and names them.
        if (k > from && (word == "at" || word == "from")) {
            const std::size_t name = k + 1 < w_.size() && w_.words[k + 1] == "the" ? k + 2 : k + 1;
            if (name < w_.size() && nameAt_[name] >= 0) {
                k = pastName(nameAt_, name);
                break;
            }
        }
        if (k > from && ((kClauseOpeners.count(word) && word != "and") || word == "on" || word == "in" ||
                         word == "at" || word == "late" || word == "earlier" ||
                         word == "told" || word == "to" || isTimeWord(word))) {
            break;
        }
        if (hasDigit(word)) break;
        ++k;
    }
    // "six rights groups, including Amnesty International": the named member counts.
    if (k + 2 < w_.size() && isComma(w_, k) && w_.words[k + 1] == "including" &&
        nameAt_[k + 2] >= 0) {
        return pastName(nameAt_, k + 2);
    }
    return k;
}

// The subject before a verb at `verb`: [begin, end), passing over the auxiliaries
// and adverbs before the verb, a bracket after the subject ("the Commission (KNCHR)
// said") and appositives set off by commas (", chairwoman of ..., said").
bool FrameReader::subjectBefore(std::size_t verb, std::size_t& begin, std::size_t& end) const {
    std::size_t e = verb;
    while (e > 0 && !w_.punct[e - 1] &&
           (kBetweenSubjectAndVerb.count(w_.words[e - 1]) || isLy(w_.words[e - 1]) ||
            isTimeWord(w_.words[e - 1]) ||
            (e >= 2 && w_.words[e - 2] == "on" && isTimeWord(w_.words[e - 1])))) {
        --e;
        if (e > 0 && w_.words[e - 1] == "on") --e;
    }
    std::size_t relayEnd = 0;  // the end of a named source relayed in commas
    for (int segments = 0; segments < 4 && e > 0; ++segments) {
        // "the Service (NIS), now estimates": a comma (or dash) closing the subject's
        // apposition.
        if ((isComma(w_, e - 1) || isDash(w_, e - 1)) && e >= 2) --e;
        std::size_t b = e;
        // A bracket right before: "(KNCHR)".
        if (w_.isPunct(b - 1, ")")) {
            std::size_t open = b - 1;
            while (open > 0 && !w_.isPunct(open - 1, "(")) --open;
            if (open == 0) return false;
            b = open - 1;
        }
        while (b > 0 && !endsPhrase(w_, b - 1) && !isQuote(w_, b - 1) &&
               !isDash(w_, b - 1) && !cueWord_.count(b - 1) && b + 20 > e) {
            const std::string& word = w_.words[b - 1];
            // "known locally as REO": "as" inside an appositive.
            const bool knownAs = word == "as" && b >= 3 &&
                                 (w_.words[b - 2] == "known" || w_.words[b - 3] == "known");
            if (nameAt_[b - 1] < 0 && kClauseOpeners.count(word) && word != "and" && !knownAs) {
                break;
            }
            --b;
            // Inside the phrase, an acronym's bracket is passed over: "the Example
            // Hospital (EH) in Examplia", not "(including two children)".
            if (b >= 3 && w_.isPunct(b - 1, ")") && w_.isPunct(b - 3, "(") &&
                std::isupper(static_cast<unsigned char>(w_.original[b - 2][0]))) {
                b -= 3;
            }
        }
        // "The TASS news agency citing the Federal Disaster Medicine Centre reported": a
        // relay with no commas; the name before "citing" relays the one after it, and
        // both are the subject.
        if (b >= 2 && (w_.words[b - 1] == "citing" || w_.words[b - 1] == "quoting") &&
            !w_.punct[b - 2]) {
            std::size_t outer = b - 1;
            bool named = false;
            while (outer > 0 && !endsPhrase(w_, outer - 1) && !w_.punct[outer - 1] &&
                   !cueWord_.count(outer - 1) && outer + 8 > b &&
                   (nameAt_[outer - 1] >= 0 || !kClauseOpeners.count(w_.words[outer - 1]))) {
                named = named || nameAt_[outer - 1] >= 0;
                --outer;
            }
            if (named) b = outer;
        }
        // "a report by X, which said ...": the relative pronoun stands for the phrase
        // before its comma.
        if (b == e && e >= 2 && (w_.words[e - 1] == "which" || w_.words[e - 1] == "who") &&
            isComma(w_, e - 2)) {
            e -= 2;
            continue;
        }
        if (b == e) return false;
        // "The Red Cross, citing hospital sources, said": a relay set off by commas
        // between the subject and its verb; the subject is before it.
        if (b >= 2 && (w_.words[b - 1] == "citing" || w_.words[b - 1] == "quoting") &&
            isComma(w_, b - 2) && e < verb && isComma(w_, e)) {
            // "Interfax, citing the Moscow Health Department, said": a named source
            // relayed is a source too; the subject runs from the relay's to its end.
            for (std::size_t k = b; k < e && relayEnd == 0; ++k) {
                if (nameAt_[k] >= 0) relayEnd = e;
            }
            e = b - 1;
            continue;
        }
        // ", who attended the briefing,": a relative clause on the subject; also
        // without commas ("the Committee which probes major crimes said").
        if (b >= 2 && (w_.words[b - 1] == "who" || w_.words[b - 1] == "which") &&
            isComma(w_, b - 2)) {
            e = b - 2;
            continue;
        }
        if (b >= 2 && (w_.words[b - 1] == "who" || w_.words[b - 1] == "which") &&
            nameAt_[b - 2] >= 0) {
            e = b - 1;
            continue;
        }
        // ", chairwoman of the commission," or ", the agency's spokesperson,": an
        // appositive; the subject is before it.
        const bool enclosed = b > 0 && (isComma(w_, b - 1) || isDash(w_, b - 1)) && e < verb &&
                              (isComma(w_, e) || isDash(w_, e));
        const bool lowerStart = nameAt_[b] < 0 && !w_.punct[b] &&
                                std::islower(static_cast<unsigned char>(w_.original[b][0]));
        // A plural of unnamed sources ("Sichuan Province, local authorities said")
        // is the subject itself, not an appositive on the name before it.
        // So is one that opens with such a plural ("officials in the city of X, in Y,
        // said"): its commas close a clause before it, not an apposition.
        const CueTable& roles = CueTable::get("reporter_roles");
        auto unnamedAt = [&](std::size_t k) {
            const auto head = roles.labelOf(w_.words[k]);
            return head && *head == "unnamed" && w_.words[k].ends_with("s");
        };
        const bool unnamedPlural = unnamedAt(e - 1);
        const bool opensUnnamed = unnamedAt(b) || (b + 1 < e && unnamedAt(b + 1));
        if (((enclosed && !opensUnnamed) || (b > 0 && isComma(w_, b - 1) && lowerStart &&
                                              e == verb && segmentBeforeIsName(b - 1) &&
                                              !unnamedPlural)) &&
            lowerStart && w_.words[b] != "the" && b >= 2) {
            e = b - 1;
            continue;
        }
        // "Rakesh Joshi, Superintendent of the Civil Hospital, said": a capitalised role
        // set off after a name is an appositive too; the person speaks.
        // "Acting Director", "the district medical superintendent of X": a role among the
        // words before its "of".
        bool roleStart = isRoleWord(w_.words[b]) || (b + 1 < e && isRoleWord(w_.words[b + 1]));
        constexpr std::size_t kRoleReach = 4;
        for (std::size_t k = b + 1; !roleStart && w_.words[b] == "the" && k < e && k <= b + kRoleReach; ++k) {
            if (w_.words[k] == "of" || w_.punct[k]) break;
            roleStart = isRoleWord(w_.words[k]);
        }
        if (enclosed && b >= 2 && nameAt_[b] < 0 && roleStart && segmentBeforeIsName(b - 1)) {
            e = b - 1;
            continue;
        }
        // "Ana Diaz, the Example Programme's spokesperson, said": a role after a
        // name is an appositive too.
        if (b >= 2 && isComma(w_, b - 1) && e == verb - (isComma(w_, verb - 1) ? 1 : 0) &&
            e > b && isRoleWord(w_.words[e - 1]) && segmentBeforeIsName(b - 1)) {
            e = b - 1;
            continue;
        }
        // "Lee and Kim - members of the X party - told": a dash-set appositive. (But
        // "Bandar Abbas, IRNA - Mohammad Ashuri, the governor, said": names alone before
        // the dash are a dateline, and the subject starts after it.)
        auto dateline = [&] {
            for (std::size_t k = 0; k + 1 < b; ++k) {
                if (nameAt_[k] < 0 && !isComma(w_, k) && w_.words[k] != "(" && w_.words[k] != ")") return false;
            }
            return true;
        };
        if (enclosed && isDash(w_, b - 1) && b >= 2 && !dateline()) {
            e = b - 1;
            continue;
        }
        begin = b;
        end = relayEnd > e ? relayEnd : e;
        return true;
    }
    return false;
}

bool FrameReader::isRoleWord(const std::string& word) {
    const Lexicon& roles = Lexicon::get("affiliation_roles");
    if (roles.contains(word)) return true;
    // "governor-general", "director-general", "vice-chairman": a role in a compound.
    if (word.find('-') == std::string::npos) return false;
    for (std::size_t b = 0; b < word.size();) {
        const std::size_t dash = std::min(word.find('-', b), word.size());
        if (dash > b && roles.contains(word.substr(b, dash - b))) return true;
        b = dash + 1;
    }
    return false;
}

// Whether the words right before a comma at `comma` end in an entity name (so that
// the segment after the comma may be its appositive). A name after a preposition ends
// a clause ("... died in Kenya, a UN official said"): the phrase after the comma is
// the speaker, not an appositive on the place.
bool FrameReader::segmentBeforeIsName(std::size_t comma) const {
    if (comma == 0 || nameAt_[comma - 1] < 0) return false;
    std::size_t start = comma - 1;
    while (start > 0 && nameAt_[start - 1] == nameAt_[comma - 1]) --start;
    static const std::set<std::string> kPrepositions = {
        "in", "at", "on", "of", "from", "to", "near", "across", "into", "for", "with",
        "over", "under", "around", "throughout", "outside", "inside", "within", "towards"};
    if (start > 0 && w_.words[start - 1] == "the" && start >= 2) --start;
    return start == 0 || !kPrepositions.count(w_.words[start - 1]);
}

// The first word of a verb's complement, passing over "that" and adverbials ("on
// Sunday", "in a statement", "late on Saturday"); size() when it has none before the
// clause ends, so the verb closes its clause.
std::size_t FrameReader::complementStart(std::size_t after) const {
    std::size_t k = after;
    while (k < w_.size()) {
        const std::string& word = w_.words[k];
        if (word == "that" || w_.isPunct(k, ":")) return k + 1 < w_.size() ? k + 1 : w_.size();
        if (isQuote(w_, k)) return k;
        // 'X stated, "..."': the quotation after the comma.
        if ((isComma(w_, k) || w_.isPunct(k, ":")) && k + 1 < w_.size() && isQuote(w_, k + 1)) {
            return k + 1;
        }
        // "reported, citing the mayor, X, that ...": a relay set off by commas stands
        // between the verb and its complement.
        if (isComma(w_, k) && k + 1 < w_.size() &&
            (w_.words[k + 1] == "citing" || w_.words[k + 1] == "quoting")) {
            for (std::size_t j = k + 2; j < w_.size() && j < k + 16; ++j) {
                if (w_.words[j] == "that" && isComma(w_, j - 1)) return j + 1 < w_.size() ? j + 1 : w_.size();
                if (w_.punct[j] && !isComma(w_, j) && !isDash(w_, j)) break;
            }
        }
        if (endsPhrase(w_, k)) return w_.size();
        // "counted at least 51 bodies", "said over 40 died": a qualifier opens a count.
        if (auto q = CueTable::get("qualifiers").matchAt(w_.words, k);
            q && k + q->words < w_.size() && hasDigit(w_.words[k + q->words])) {
            return k;
        }
        if (kAdverbialOpeners.count(word) || isTimeWord(word) || isLy(word)) {
            // An adverbial runs to the next comma or "that"; a count in it makes it a
            // complement ("said on Monday 40 died").
            std::size_t j = k + 1;
            bool count = false;
            while (j < w_.size() && !endsPhrase(w_, j) && !isQuote(w_, j) &&
                   w_.words[j] != "that" && !cueWord_.count(j)) {
                if (hasDigit(w_.words[j]) && !dateLikeNumber(w_.words[j])) count = true;
                if (w_.words[j] == "p.m." || w_.words[j] == "a.m.") count = false;
                ++j;
            }
            if (count) return k;
            // "said at a briefing in X, the capital, that ...": an appositive after the
            // adverbial, then the complement.
            if (j < w_.size() && isComma(w_, j)) {
                for (std::size_t m = j + 1; m < w_.size() && m < j + 10; ++m) {
                    if (w_.words[m] == "that" && isComma(w_, m - 1)) return m + 1 < w_.size() ? m + 1 : w_.size();
                    if ((w_.punct[m] && !isComma(w_, m)) || cueWord_.count(m) || hasDigit(w_.words[m])) break;
                }
            }
            k = j;
            continue;
        }
        // "said on Sunday according to TASS": another source, no complement.
        if (phraseStart_.count(k)) return w_.size();
        return k;
    }
    return w_.size();
}

// Whether only adverbials stand between another cue and word i ("said on Sunday
// according to").
bool FrameReader::afterAnotherCue(std::size_t i) const {
    for (std::size_t k = i; k-- > 0;) {
        if (cueWord_.count(k)) return true;
        const std::string& word = w_.words[k];
        if (!(kAdverbialOpeners.count(word) || isTimeWord(word) || isLy(word) ||
              word == "the" || isComma(w_, k))) {
            return false;
        }
    }
    return false;
}

std::size_t FrameReader::verbBefore(std::size_t i) const {
    for (std::size_t k = i; k-- > 0;) {
        if (isQuote(w_, k)) continue;  // called it a "massacre" and said
        if (endsPhrase(w_, k)) return std::string::npos;
        if (cueWord_.count(k)) return k;
        const std::string& word = w_.words[k];
        if (word.size() > 4 && word.ends_with("ed") && nameAt_[k] < 0) return k;
    }
    return std::string::npos;
}

// "the village head, Petra Lund,": a name set beside a source phrase names it.
std::size_t FrameReader::withApposedName(std::size_t end) const {
    // "the prime minister of a government based in eastern Libya, Osama Hamad": the
    // phrase runs on to its comma.
    std::size_t k = end;
    while (k < w_.size() && k < end + 8 && !w_.punct[k] && !cueWord_.count(k) &&
           !kClauseOpeners.count(w_.words[k]) && !hasDigit(w_.words[k])) {
        ++k;
    }
    if (k > end && k < w_.size() && isComma(w_, k) && k + 1 < w_.size() && nameAt_[k + 1] >= 0) {
        const std::size_t after = pastName(nameAt_, k + 1);
        if (after >= w_.size() || w_.punct[after] || w_.words[after] == "on") return after;
    }
    if (end + 1 < w_.size() && isComma(w_, end) && nameAt_[end + 1] >= 0) {
        const std::size_t after = pastName(nameAt_, end + 1);
        if (after >= w_.size() || w_.punct[after] || w_.words[after] == "on") return after;
    }
    return end;
}

bool FrameReader::reducedRelative(std::size_t verb) const {
    static const std::set<std::string> kBe = {"was", "were", "is", "are", "been", "be", "being"};
    std::size_t k = verb;
    while (k > 0 && !w_.punct[k - 1] && (isLy(w_.words[k - 1]) || kBetweenSubjectAndVerb.count(w_.words[k - 1]))) --k;
    return k > 0 && !w_.punct[k - 1] && !kBe.count(w_.words[k - 1]);
}

std::string FrameReader::joinWords(std::size_t b, std::size_t e) const {
    std::string out;
    for (std::size_t k = b; k < e && k < w_.size(); ++k) {
        if (!out.empty()) out += ' ';
        out += w_.original[k];
    }
    return out;
}

}  // namespace newsgraph::parser::frame_detail
