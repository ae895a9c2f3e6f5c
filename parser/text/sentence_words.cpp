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
    const std::size_t end = std::min(sentence.endToken, tokens.size());
    const std::size_t count = sentence.firstToken < end ? end - sentence.firstToken : 0;
    out.original.reserve(count);
    out.words.reserve(count);
    out.spans.reserve(count);
    out.punct.reserve(count);
    for (std::size_t t = sentence.firstToken; t < end; ++t) {
        const Token& token = tokens[t];
        out.original.push_back(foldTypography(token.text));
        out.words.push_back(foldCase(out.original.back()));
        out.spans.push_back(token.span);
        out.punct.push_back(token.kind == TokenKind::Punct);
    }
    return out;
}

}  // namespace newsgraph::parser
