#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "parser/fact.h"

namespace newsgraph::parser {

// Where a claim is stated: ArticleFacts index and FigureFact index in it.
struct Statement {
    std::size_t article = 0;
    std::size_t figure = 0;
};

// One claim across the corpus: the statements of it in several articles.
struct Claim {
    std::vector<Statement> statements;
};

// Joins the figures of different articles that are one claim: the same value or range,
// measure and increment flag, a shared reporter (or none on either side), one story
// (story.h), and times that can overlap (see docs/extraction.md, "Same claim"). Every figure ends in exactly one claim; claims are in
// order of first statement. See docs/extraction.md, "Same claim".
std::vector<Claim> resolveClaims(const std::vector<ArticleFacts>& articles);

// As above, with each article's story already grouped (`story[a]` from groupStories on
// the same articles), so that the stages after resolution group them once.
std::vector<Claim> resolveClaims(const std::vector<ArticleFacts>& articles,
                                 const std::vector<std::size_t>& story);

}  // namespace newsgraph::parser
