#pragma once

#include <string>
#include <vector>

#include "parser/attribution/attribution_frame.h"
#include "parser/attribution/source_resolver.h"
#include "parser/fact.h"

namespace newsgraph::parser {

// Prints one sentence's frames to standard error, each with its cue, source words,
// content words and resolved source: what NEWSGRAPH_TRACE_ATTRIBUTION=1 shows (see
// docs/extraction.md, "Testing"). A development aid; the graph never depends on it.
void traceFrames(std::size_t sentence, const std::string& text, const SentenceWords& words,
                 const std::vector<AttributionFrame>& frames,
                 const std::vector<ResolvedSource>& sources, const std::vector<EntityFact>& entities);

}  // namespace newsgraph::parser
