#include "parser/attribution/mention_index.h"

#include <algorithm>

namespace newsgraph::parser {

MentionIndex::MentionIndex(const std::vector<EntityFact>& entities) : entities_(entities) {
    for (std::size_t e = 0; e < entities.size(); ++e) {
        for (const Span& span : entities[e].mentions) entries_.push_back({span, e});
    }
    std::sort(entries_.begin(), entries_.end(),
              [](const Entry& a, const Entry& b) { return a.span.begin < b.span.begin; });
}

std::vector<long> MentionIndex::entityAt(const SentenceWords& w, bool withPlaces) const {
    std::vector<long> at(w.size(), -1);
    if (w.size() == 0) return at;
    std::vector<std::uint32_t> length(w.size(), 0);
    const std::uint32_t first = w.spans.front().begin;
    const std::uint32_t last = w.spans.back().end;
    auto it = std::lower_bound(entries_.begin(), entries_.end(), first,
                               [](const Entry& e, std::uint32_t b) { return e.span.begin < b; });
    for (; it != entries_.end() && it->span.begin < last; ++it) {
        if (!withPlaces && entities_[it->entity].kind == graph::NodeKind::Place) continue;
        const std::size_t from = w.wordAt(it->span.begin);
        for (std::size_t i = from; i < w.size() && w.spans[i].begin < it->span.end; ++i) {
            if (w.spans[i].begin >= it->span.begin && w.spans[i].end <= it->span.end &&
                it->span.end - it->span.begin > length[i]) {
                at[i] = static_cast<long>(it->entity);
                length[i] = it->span.end - it->span.begin;
            }
        }
    }
    return at;
}

}  // namespace newsgraph::parser
