#pragma once

#include <string>
#include <string_view>

#include "parser/fact.h"

namespace newsgraph::parser {

// The facts exchange format: one article's facts (fact.h) as one line of JSON, what
// `newsgraph extract` writes and `newsgraph merge` reads, so that the per-article stages
// can run anywhere (GNU parallel over hosts, Hadoop streaming, Spark's pipe) and the
// cross-article stages once, on the lines gathered. docs/facts-json.md describes it.
//
// A line holds everything the cross-article stages read: the article (metadata and
// text), its sentences, entities and figures, with every span a byte range of the text.
// Reading a written line gives back equal facts, so `extract | merge` builds the graph
// `build` builds.

// The format's name, in each line's "format" field.
inline constexpr std::string_view kFactsFormat = "newsgraph-facts-1";

// One line, without its line end. The article's text must be valid UTF-8 (the input
// readers make sure it is).
std::string factsToJsonLine(const ArticleFacts& facts);

// Reads one line written by factsToJsonLine. On a bad line (not JSON, nested deeper than
// the readers allow, another format, a field missing or of the wrong type, a span past
// the text, an unknown kind) returns false with the reason in `error` and leaves `facts`
// unspecified. Never throws for any input, never recurses with the input's depth. The
// reader sees numbers as their text (for exact doubles, as graph.json's reader), so a
// number written as a string ("12") reads as that number.
bool factsFromJsonLine(std::string_view line, ArticleFacts& facts, std::string& error);

}  // namespace newsgraph::parser
