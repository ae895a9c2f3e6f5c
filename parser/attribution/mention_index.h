#pragma once

#include <cstdint>
#include <vector>

#include "parser/fact.h"
#include "parser/text/sentence_words.h"

namespace newsgraph::parser {

// The entity mentions of one article, by position, so that each sentence's words can be
// mapped to the entity they name. Holds a reference to the entities.
class MentionIndex {
  public:
    explicit MentionIndex(const std::vector<EntityFact>& entities);

    // For each word of `words`, the index of the entity whose mention covers it (the
    // longest where mentions nest: "United Nations" inside "United Nations Office for
    // ..."), or -1. Places count only when `withPlaces`.
    std::vector<long> entityAt(const SentenceWords& words, bool withPlaces) const;

  private:
    struct Entry {
        Span span;
        std::size_t entity;
    };
    const std::vector<EntityFact>& entities_;
    std::vector<Entry> entries_;  // by span.begin
};

}  // namespace newsgraph::parser
