#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "parser/attribution/attribution_frame.h"
#include "parser/text/sentence_words.h"

namespace newsgraph::parser {

// Attribution, stage 3: what the source words of a frame (attribution_frame.h) are.
// Stage 4 (source_resolver.h) turns pronouns, descriptions and documents into entities.
// See docs/extraction.md, "Attribution".

enum class SourceForm {
    None,         // nothing we can read
    Named,        // names actors or agencies of the article ("the Red Crescent")
    Pronoun,      // "he", "she", "it", "him"
    Description,  // a role noun ("the agency", "the state-funded body", "the prefect")
    Document,     // a document with no owner named ("the report", "the statement")
    Unnamed,      // a source nobody can name ("officials", "local media", "authorities")
};

struct SourcePhrase {
    SourceForm form = SourceForm::None;
    std::vector<std::size_t> named;    // entity indexes (actors, agencies), in order
    std::vector<std::size_t> hearers;  // "told Reuters": the agencies told
    std::string head;                  // Pronoun, Description, Document: the head word
    std::vector<std::string> modifiers;  // lower-case words before the head
    bool person = false;                 // the head names a person ("he", "the prefect")
    bool plural = false;                 // "officials", "lawmakers": no one entity
    bool indefinite = false;             // "a spokesman": someone new
    std::vector<std::string> documents;  // document nouns in the phrase ("report")
    std::vector<std::size_t> excluded;   // names that describe the source but are not it
                                         // ("the United Nations agency")
};

// Reads the source words of `frame`. `reporterAt[i]` is the actor or agency whose
// mention covers word i (the longest where mentions nest), or -1. A phrase that names
// entities is Named; otherwise its head (the last word before "of", "for", "at", "in" or
// the end) decides, by reporter_roles.txt: [actor] and [agency] heads are Descriptions,
// [unnamed] heads Unnamed, he/she/it Pronouns, a document noun a Document. Never fails.
SourcePhrase readSourcePhrase(const SentenceWords& words, const AttributionFrame& frame,
                              const std::vector<long>& reporterAt);

}  // namespace newsgraph::parser
