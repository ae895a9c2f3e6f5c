#include "parser/text/sentence_words.h"

#include "parser/text/lexicon.h"

namespace newsgraph::parser {

std::size_t SentenceWords::wordAt(std::uint32_t byte) const {
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].end > byte) return i;
    }
    return spans.size();
}

std::size_t SentenceWords::wordEndAt(std::uint32_t byte) const {
    std::size_t end = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].begin < byte) end = i + 1;
    }
    return end;
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
