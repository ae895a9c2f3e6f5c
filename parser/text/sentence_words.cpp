#include "parser/text/sentence_words.h"

#include <algorithm>

#include "parser/text/lexicon.h"

namespace newsgraph::parser {

// Spans are the sentence's tokens in order, so begins and ends both ascend: binary
// search keeps a long sentence (a page with no full stop) linear overall, where a scan
// per lookup made it quadratic.
std::size_t SentenceWords::wordAt(std::uint32_t byte) const {
    auto it = std::partition_point(spans.begin(), spans.end(),
                                   [byte](const Span& s) { return s.end <= byte; });
    return static_cast<std::size_t>(it - spans.begin());
}

std::size_t SentenceWords::wordEndAt(std::uint32_t byte) const {
    auto it = std::partition_point(spans.begin(), spans.end(),
                                   [byte](const Span& s) { return s.begin < byte; });
    return static_cast<std::size_t>(it - spans.begin());
}

SentenceWords sentenceWords(const TextLayer& layer, const Sentence& sentence) {
    SentenceWords out;
    const auto& tokens = layer.tokens();
    for (std::size_t t = sentence.firstToken; t < sentence.endToken && t < tokens.size(); ++t) {
        const Token& token = tokens[t];
        std::string folded = foldTypography(token.text);
        out.original.push_back(folded);
        out.words.push_back(foldCase(folded));
        out.spans.push_back(token.span);
        out.punct.push_back(token.kind == TokenKind::Punct);
    }
    return out;
}

}  // namespace newsgraph::parser
