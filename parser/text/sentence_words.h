#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "parser/fact.h"
#include "parser/text/text_layer.h"

namespace newsgraph::parser {

// A sentence's tokens as the figure stages read them: lower case, typography folded to
// ASCII ("’s" -> "'s", “ -> "), with each word's byte span in the article.
struct SentenceWords {
    std::vector<std::string> words;
    std::vector<std::string> original;  // as written (folded typography, case kept)
    std::vector<Span> spans;
    std::vector<bool> punct;

    std::size_t size() const { return words.size(); }
    // The index of the first word that ends after `byte`; size() when none.
    std::size_t wordAt(std::uint32_t byte) const;
    // The index one past the last word that begins before `byte`.
    std::size_t wordEndAt(std::uint32_t byte) const;
    bool isPunct(std::size_t i, const char* p) const { return punct[i] && words[i] == p; }
};

SentenceWords sentenceWords(const TextLayer& layer, const Sentence& sentence);

}  // namespace newsgraph::parser
