#include "parser/attribution/attribution_trace.h"

#include <cstdio>

namespace newsgraph::parser {

void traceFrames(std::size_t sentence, const std::string& text, const SentenceWords& words,
                 const std::vector<AttributionFrame>& frames,
                 const std::vector<ResolvedSource>& sources, const std::vector<EntityFact>& entities) {
    if (frames.empty()) return;
    std::fprintf(stderr, "[%zu] %s\n", sentence, text.c_str());
    auto span = [&](std::size_t b, std::size_t e) {
        std::string out;
        for (std::size_t k = b; k < e && k < words.size(); ++k) out += words.original[k] + " ";
        return out;
    };
    for (std::size_t f = 0; f < frames.size() && f < sources.size(); ++f) {
        const AttributionFrame& frame = frames[f];
        std::string who;
        for (std::size_t e : sources[f].entities) who += entities[e].name + "; ";
        std::fprintf(stderr, "   %s '%s' source='%s' content='%s' -> {%s} (%s)%s\n",
                     cueKindName(frame.cue.kind), span(frame.cue.begin, frame.cue.end).c_str(),
                     span(frame.sourceBegin, frame.sourceEnd).c_str(),
                     span(frame.contentBegin, frame.contentEnd).c_str(), who.c_str(),
                     sources[f].how.c_str(), frame.coversPrevious ? " points back" : "");
    }
}

}  // namespace newsgraph::parser
