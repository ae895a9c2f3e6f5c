#include "parser/figures/figure_merger.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "parser/text/lexicon.h"

namespace newsgraph::parser {

namespace {

bool sameNumber(const FigureFact& a, const FigureFact& b) {
    return a.value == b.value && a.low == b.low && a.high == b.high;
}

bool isToll(const std::string& measure) {
    return measure == "killed" || measure == "wounded" || measure == "casualties";
}

// The last word of a subject ("death toll" -> "toll"), lower case.
std::string headWord(const std::string& subject) {
    const auto space = subject.find_last_of(' ');
    std::string head = space == std::string::npos ? subject : subject.substr(space + 1);
    for (auto& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return head;
}

bool sameClaim(const FigureMention& a, const FigureMention& b) {
    if (!sameNumber(a.fact, b.fact)) return false;
    // A number with no measure joins a claim of the same number unless it plainly counts
    // something else ("a toll of 45" is not "including 45 children").
    if (!a.hasMeasure || !b.hasMeasure) {
        return a.heading || b.heading || a.fact.subject.empty() || b.fact.subject.empty() ||
               headWord(a.fact.subject) == headWord(b.fact.subject);
    }
    // "up to 2,000" and "more than 2,000" are two claims, whoever made them.
    const bool opposite = (a.fact.qualifier == "at most" && b.fact.qualifier == "at least") ||
                          (a.fact.qualifier == "at least" && b.fact.qualifier == "at most");
    if (opposite) return false;
    // "Nakuru (3), Kajiado (3)": parts of a breakdown are counts of their own. A partitive
    // ("49 of the fatalities") says only that it is a part, so it may be any one of them.
    auto partitive = [](const std::string& part) { return part.rfind("of the ", 0) == 0; };
    if (a.fact.part != b.fact.part && !a.fact.part.empty() && !b.fact.part.empty() &&
        !partitive(a.fact.part) && !partitive(b.fact.part)) {
        return false;
    }
    if (a.fact.measure == b.fact.measure) return a.fact.increment == b.fact.increment;
    return (a.heading || b.heading) && isToll(a.fact.measure) && isToll(b.fact.measure);
}

// Which statement speaks for the claim: a body statement with a measure beats a headline,
// and an earlier one beats a later one.
bool speaksBetter(const FigureMention& a, const FigureMention& b) {
    if (a.hasMeasure != b.hasMeasure) return a.hasMeasure;
    if (a.heading != b.heading) return !a.heading;
    return false;
}

void addReporters(std::vector<ReportedBy>& to, const std::vector<ReportedBy>& from) {
    for (const auto& r : from) {
        const bool known = std::any_of(to.begin(), to.end(),
                                       [&](const ReportedBy& x) { return x.name == r.name; });
        if (!known) to.push_back(r);
    }
}

}  // namespace

std::vector<FigureFact> mergeFigureMentions(const std::vector<FigureMention>& mentions) {
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        bool placed = false;
        for (auto& group : groups) {
            if (sameClaim(mentions[group.front()], mentions[i])) {
                group.push_back(i);
                placed = true;
                break;
            }
        }
        if (!placed) groups.push_back({i});
    }
    std::vector<FigureFact> figures;
    for (const auto& group : groups) {
        std::size_t best = group.front();
        for (std::size_t i : group) {
            if (speaksBetter(mentions[i], mentions[best])) best = i;
        }
        if (!mentions[best].hasMeasure) continue;
        FigureFact fact = mentions[best].fact;
        fact.mentions.clear();
        fact.reporters.clear();
        for (std::size_t i : group) {
            const FigureFact& m = mentions[i].fact;
            fact.mentions.insert(fact.mentions.end(), m.mentions.begin(), m.mentions.end());
            addReporters(fact.reporters, m.reporters);
            if (fact.previousCue.empty()) fact.previousCue = m.previousCue;
            // "34 people injured", then "34 wounded ... admitted to hospital": where the
            // count was taken, once any statement says so.
            if (fact.setting.empty()) fact.setting = m.setting;
            if (fact.place.empty()) {
                fact.place = m.place;
                fact.placeIsDestination = m.placeIsDestination;
            }
        }
        // "The toll rose to 23 ... 23 bodies were kept in hospital morgues": a statement of
        // the whole toll, with no setting, says the count is not only the hospitals'.
        for (std::size_t i : group) {
            const FigureFact& m = mentions[i].fact;
            if (m.setting.empty() && foldCase(m.subject).find("toll") != std::string::npos) {
                fact.setting.clear();
            }
        }
        figures.push_back(std::move(fact));
    }
    return figures;
}

}  // namespace newsgraph::parser
