#pragma once

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parser/entities/entity_lexicons.h"
#include "parser/fact.h"
#include "parser/text/text_layer.h"

namespace newsgraph::parser {

// No entity: what addEntity returns when a headline may not add one.
inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);
// A one-word city at the start of a sentence may be a capitalised common word ("Mobile");
// it counts only for a city at least this large.
inline constexpr std::uint32_t kSentenceStartCityPopulation = 100000;

// Offices held over a place: "the mayor of Chiva" names a place after "of".
inline bool isLocalOffice(std::string_view word) {
    return word == "mayor" || word == "Mayor" || word == "governor" || word == "Governor";
}

inline bool isRomanNumeral(std::string_view word) {
    return !word.empty() && word.find_first_not_of("IVX") == std::string_view::npos;
}

inline bool hasDigit(std::string_view word) {
    return word.find_first_of("0123456789") != std::string_view::npos;
}

// An acronym: two to seven capitals, no digits, not a regnal number ("VI"). Longer runs
// of capitals are words set in capitals ("DISPLACEMENT" over a section, a dateline's
// "GENICHESK"), not acronyms.
inline bool isAcronym(const Token& t) {
    return t.allCaps() && t.text.size() <= 7 && !isRomanNumeral(t.text) && !hasDigit(t.text);
}

// A compound adjective that says what a body is tied to, not its name: "Oslo-based",
// "Iran-backed", "Hamas-run", "state-led".
inline bool isCompoundAdjective(std::string_view word) {
    const auto dash = word.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= word.size() ||
        !std::islower(static_cast<unsigned char>(word[dash + 1]))) {
        return false;
    }
    const std::string_view tail = word.substr(dash + 1);
    return tail.ends_with("ed") || tail == "run" || tail == "led" || tail == "born" ||
           tail == "made" || tail == "held";
}

// The working state of recognizeEntities over one article (internal to the entity stage).
// Definitions are split by area: entity_recognizer.cpp (scanning sentences into name
// chunks), classify_chunk.cpp (what a chunk names), classify_single.cpp (one word alone),
// person_titles.cpp (titles and roles), descriptive_reference.cpp (place + description
// phrases), recognizer_state.cpp (the entity table and the final pass).
class RecognizerState {
  public:
    RecognizerState(const TextLayer& layer, const EntityLexicons& lexicons)
        : layer_(layer), lexicons_(lexicons) {}

    void scanSentence(const Sentence& sentence, bool heading);
    // Resolves what waited for the whole article and returns its entities.
    std::vector<EntityFact> finish();

  private:
    // A mention found in the text, kept in order for appositive links.
    struct Record {
        std::size_t entity;
        std::size_t tokenBegin, tokenEnd;
    };
    // A one-word name not yet known to be anyone ("Lee" before "Lee Seong-kweun").
    struct PendingSingle {
        std::string word;
        Span span;
        std::string role;
        bool reporting;
    };

    void scanChunk(std::size_t begin, std::size_t end);
    // Reads a dateline at a paragraph's start; returns the token to go on from.
    std::size_t skipDateline(std::size_t begin);
    // Whether `token` is in the first sentence of the article's first body paragraph.
    bool openingParagraph(std::size_t token) const;
    // Adds the chunk as an agency if its words make one; `country` ties it to a place.
    bool classifyOrganisation(std::size_t begin, std::size_t end, const std::string& country = {});
    // "Minister of Humanitarian Affairs Sadiya Umar Farouq": a title with a portfolio.
    bool classifyTitleOf(std::size_t begin, std::size_t end);
    // The end of the name chunk starting at `begin` (name words and inner connectors).
    std::size_t chunkEnd(std::size_t begin) const;
    bool nameGoesOnIn(std::size_t in) const;
    // "Ministry of Land, Infrastructure and Transport": where the list of portfolios that
    // a comma at `comma` goes on with ends, or `comma` when it is no such list.
    std::size_t portfolioListEnd(std::size_t begin, std::size_t comma) const;
    void classifyPart(std::size_t begin, std::size_t end);
    // A well-known organisation named by one word or its acronym (known_orgs.txt).
    bool classifyKnownOrganisation(std::size_t begin, std::size_t end);
    void classifyPerson(std::size_t begin, std::size_t end, std::string role);
    // "Inspector General (IG)", "Capital City Police Officer (CCPO)": the acronym at
    // token k, in brackets, spells the title right before it: it names no body.
    bool spellsTitleBefore(std::size_t k) const;
    void classifySingle(std::size_t k, const std::string& role);
    // "the Alliance" after "Clear Water Alliance": a capitalised head word alone that
    // refers back to the one named body it heads. Adds the mention; false if none fits.
    bool referBack(std::size_t k);
    // ", the main town on the island" at `end`: a description of a place set beside.
    bool placeApposition(std::size_t end) const;
    // The name starting at `begin` is in a list of places: "the districts of A, B and C",
    // or "in A and B" with a known place before it.
    bool inPlaceList(std::size_t begin) const;
    // "on the Sulawesi mainland" at `end`: a known place and a place noun.
    bool onPlaceHead(std::size_t end) const;
    // ", 47," or ", who" at `end`: what is set beside a name says it is a person.
    bool personApposition(std::size_t end) const;
    bool classifyPlace(std::size_t begin, std::size_t end);
    // After "<place>'s" or "the country's": a description or a named body of that place.
    void afterPossessive(std::size_t placeBegin, std::size_t next, const std::string& country);
    // After a demonym ("the South Korean military"): a description of that place's body.
    void afterDemonym(std::size_t demonymBegin, std::size_t next, const std::string& country);
    // A descriptor phrase starting at `k`: its category and end token, if one matches.
    std::optional<std::pair<std::string, std::size_t>> matchDescriptor(std::size_t k) const;

    std::size_t addEntity(graph::NodeKind kind, const std::string& name, EntityForm form);
    void addMention(std::size_t entity, Span span, const std::string& surface,
                    std::size_t tokenBegin, std::size_t tokenEnd);
    std::size_t addPlace(const PlaceEntry& place, std::size_t begin, std::size_t end);
    std::size_t addAgency(std::size_t begin, std::size_t end, std::string country);
    void addDescriptive(std::size_t begin, std::size_t end, const std::string& country,
                        std::string category);
    std::optional<std::size_t> findEntity(graph::NodeKind kind, const std::string& name) const;
    // Named people of the article whose first or last name is `word`.
    std::vector<std::size_t> actorsBySurname(const std::string& word) const;
    std::size_t pickNamesake(const std::vector<std::size_t>& candidates, Span span) const;
    std::size_t sentenceOf(Span span) const;
    // Lower-case government bodies: "the Ishikawa prefectural government", "the
    // Interior ministry", "the state government" (government_bodies.cpp).
    void findGovernmentBodies();
    void linkBracketedNames();
    // "PNG" in an article that names Papua New Guinea: an acronym defined nowhere that
    // spells the initials of a place the article names (one the gazetteer knows) is
    // that place, not a body.
    void joinPlaceInitials();
    void linkAppositives();
    void resolveDescriptions();
    void resolveSingles();
    void placeCountriesInContext();

    Span spanOf(std::size_t begin, std::size_t end) const;
    std::string textOf(std::size_t begin, std::size_t end) const;
    bool reportingContext(std::size_t begin, std::size_t end) const;
    // Leading titles and demonyms of a name, stripped; returns the new begin.
    std::size_t stripTitles(std::size_t begin, std::size_t end, std::string& role,
                            std::string& country) const;
    std::string titleBefore(std::size_t begin) const;
    // A role in commas right after a name ending at `end` ("X, director of Y,"), or empty.
    std::string appositiveRole(std::size_t end) const;
    // "The mayor of Chiva, Amparo Fort, told": a role set off before the name, from the
    // sentence's start or a comma to the comma before the name; the name must be closed
    // by a comma. Empty when none.
    std::string leadingRole(std::size_t begin, std::size_t end) const;
    // Adds the countries named among stripped title words ("U.S. President").
    void markPlacesIn(std::size_t begin, std::size_t end);

    // An entity's normalised name and aliases, as last computed by findEntity.
    struct NameKeys {
        std::string name;
        std::size_t aliasCount = 0;
        std::vector<std::string> keys;
    };

    const TextLayer& layer_;
    const EntityLexicons& lexicons_;
    std::vector<EntityFact> entities_;
    std::vector<std::string> acronyms_;   // per entity: its defined acronym, if any
    mutable std::vector<NameKeys> keys_;  // per entity: findEntity's cache
    std::vector<Record> records_;
    std::vector<PendingSingle> singles_;
    std::string lastCountry_;  // the country the text last named or implied
    std::size_t sentenceBegin_ = 0, sentenceEnd_ = 0;
    std::size_t resumeAt_ = 0;  // a chunk that consumed tokens past its end
    std::vector<bool> shouted_;  // per token of the sentence: a heading word in capitals
    bool heading_ = false;
};

}  // namespace newsgraph::parser
