// Descriptions of a body tied to a place: "South Korea's spy agency", "the country's
// National Intelligence Service", "the South Korean military".
#include "parser/entities/recognizer_state.h"

#include <cctype>

namespace newsgraph::parser {

namespace {

bool isLowerWord(const Token& t) { return t.kind == TokenKind::Word && !t.capitalised(); }

// "Hamas-run", "Hamas-controlled": a name glued to a participle, an adjective.
bool isGluedAdjective(const Token& t) {
    const std::size_t hyphen = t.text.rfind('-');
    return t.kind == TokenKind::Word && hyphen != std::string_view::npos && hyphen + 1 < t.text.size() &&
           std::islower(static_cast<unsigned char>(t.text[hyphen + 1])) &&
           (t.text.ends_with("-run") || t.text.ends_with("-controlled") || t.text.ends_with("-led") ||
            t.text.ends_with("-backed") || t.text.ends_with("-held"));
}

}  // namespace

std::optional<std::pair<std::string, std::size_t>> RecognizerState::matchDescriptor(
    std::size_t k) const {
    const auto& tokens = layer_.tokens();
    std::optional<std::pair<std::string, std::size_t>> best;
    for (const auto& [phrase, category] : lexicons_.descriptors) {
        std::size_t n = 1;
        for (char c : phrase) n += c == ' ';
        if (k + n > sentenceEnd_ || (best && best->second - k >= n)) continue;
        bool lower = true;
        for (std::size_t i = k; i < k + n; ++i) lower = lower && isLowerWord(tokens[i]);
        if (lower && foldCase(textOf(k, k + n)) == phrase) best = {{category, k + n}};
    }
    if (!best || best->second >= sentenceEnd_) return best;
    // "Myanmar's embassy in Japan": a mission is named with the country it is in.
    if ((best->first == "embassy" || best->first == "consulate") && best->second + 1 < sentenceEnd_ &&
        tokens[best->second].text == "in" && tokens[best->second + 1].capitalised()) {
        const std::size_t placeEnd = chunkEnd(best->second + 1);
        if (lexicons_.gazetteer.find(textOf(best->second + 1, placeEnd))) best->second = placeEnd;
    }
    // "military engagement": a one-word description may be an adjective, not the body.
    const Token& next = tokens[best->second];
    if (best->second - k == 1 && isLowerWord(next) &&
        !lexicons_.reportingVerbs.contains(next.text) && !lexicons_.notNames.contains(next.text)) {
        return std::nullopt;
    }
    return best;
}

void RecognizerState::afterPossessive(std::size_t placeBegin, std::size_t next,
                                      const std::string& country) {
    const auto& tokens = layer_.tokens();
    if (next >= sentenceEnd_) return;
    // One adjective may stand between: "North Korea's state-run Korean Central ...".
    for (std::size_t start = next; start <= next + 1 && start < sentenceEnd_; ++start) {
        if (start > next && !isLowerWord(tokens[next]) && !isGluedAdjective(tokens[next])) break;
        if (auto match = matchDescriptor(start)) {
            addDescriptive(placeBegin, match->second, country, match->first);
            return;
        }
        if (tokens[start].kind == TokenKind::Word && tokens[start].capitalised()) {
            const std::size_t end = chunkEnd(start);
            if (classifyOrganisation(start, end, country)) resumeAt_ = std::max(resumeAt_, end);
            return;
        }
    }
}

void RecognizerState::afterDemonym(std::size_t demonymBegin, std::size_t next,
                                   const std::string& country) {
    if (country.empty() || next >= sentenceEnd_) return;
    if (auto match = matchDescriptor(next)) {
        addDescriptive(demonymBegin, match->second, country, match->first);
    }
}

}  // namespace newsgraph::parser
