#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "parser/attribution/person_gender.h"
#include "parser/attribution/source_phrase.h"
#include "parser/fact.h"

namespace newsgraph::parser {

// Attribution, stage 4: the entities a source phrase (source_phrase.h) stands for.
// Reads the phrases of an article in text order and keeps what a reader keeps: who has
// spoken, who was named last, and whose document is which. See docs/extraction.md,
// "Attribution".

using EntitySet = std::vector<std::size_t>;  // entity indexes, in order found

struct ResolvedSource {
    EntitySet entities;  // empty: nobody (unnamed, or not resolvable)
    std::string how;     // "named", "pronoun 'it'", "description 'the agency'", ...
};

// Whether a word of a body's name makes it a hospital besides "hospital" itself: "the
// hospital" may be a medical centre, a medical college, an infirmary or a clinic by name.
bool namesHospitalAs(const std::string& word);

class SourceResolver {
  public:
    // `entities` are the article's; `sources` the actors and agencies that some frame of
    // the article names (a first pass), which descriptions prefer; `sentenceStarts` the
    // first byte of each sentence, in order.
    SourceResolver(const std::vector<EntityFact>& entities, std::set<std::size_t> sources,
                   std::vector<std::uint32_t> sentenceStarts);

    // Resolves a phrase read at byte `at` of sentence `sentence`, then remembers it:
    //   Named: the named entities; a short form that opens the name of a more specific
    //     body that is a source ("the U.N." beside the "U.N. Human Rights Office") is
    //     that body;
    //   Pronoun: he/she -> the latest person who spoke (else was named) in the last three
    //     sentences; it -> the latest body likewise;
    //   Description: the entity of its kind whose name shares most words with it (a
    //     [named agency] head must be in the name), nearest before; else the first one
    //     named in the next two sentences; persons also by their role ("the prefect");
    //   Document ("the report"): the owner of the latest such document;
    //   Unnamed, None: nobody.
    ResolvedSource resolve(const SourcePhrase& phrase, std::uint32_t at, std::size_t sentence);

    // Notes that `owner` issued a document ("a report by X", "X said in a statement").
    void noteDocuments(const std::vector<std::string>& nouns, const EntitySet& owner);

  private:
    struct Mention {
        std::uint32_t begin;
        std::size_t sentence;
        std::size_t entity;
    };

    EntitySet upgradeShortForms(const EntitySet& named, std::uint32_t at) const;
    // The latest person (or body) who spoke, else was named, within reach of `sentence`;
    // for "he"/"she", one the pronoun fits (person_gender.h).
    long latestSpeaker(bool person, std::uint32_t at, std::size_t sentence,
                       Gender gender = Gender::Unknown) const;
    EntitySet describe(const SourcePhrase& phrase, std::uint32_t at, std::size_t sentence) const;
    void remember(const EntitySet& entities, std::uint32_t at, std::size_t sentence);
    std::size_t sentenceAt(std::uint32_t byte) const;

    const std::vector<EntityFact>& entities_;
    std::set<std::size_t> sources_;
    std::vector<Mention> mentions_;                  // reporter-kind mentions, by position
    std::vector<std::set<std::string>> nameWords_;   // per entity: words of name and aliases
    std::vector<std::string> roles_;                 // per entity: role, lower case, titles in full
    std::vector<Gender> genders_;                    // per entity (person_gender.h)
    std::vector<Mention> spoken_;                    // each resolved source, in order
    std::map<std::string, EntitySet> documents_;     // noun -> owner
    std::vector<std::uint32_t> sentenceStarts_;
};

}  // namespace newsgraph::parser
