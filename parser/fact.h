#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/news_schema.h"
#include "graph/value.h"
#include "parser/input/article.h"

namespace newsgraph::parser {

// The parser's output, before it becomes graph nodes: what one article says.
// Stages fill it in order (see pipeline.h): text layer -> entities -> figures ->
// attribution and time; then resolution across articles and graph_builder.

// A byte span [begin, end) in Article::text.
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    friend bool operator==(const Span&, const Span&) = default;
};

struct SentenceFact {
    Span span;
    std::size_t paragraph = 0;
};

// How an entity was named in the article, which decides how resolution treats it.
enum class EntityForm {
    Named,        // a proper name ("National Intelligence Service", "Lee Seong-kweun")
    Acronym,      // only an acronym, defined nowhere in the article ("KCNA")
    Descriptive,  // only a description tied to a place ("Seoul's spy agency")
    SingleName,   // a person known by one name only ("Zelenskyy said")
};

// One entity as one article knows it: its fullest name in the article, the other
// surface forms used for it there, and every span where it is mentioned.
struct EntityFact {
    graph::NodeKind kind = graph::NodeKind::Actor;
    std::string name;
    std::vector<std::string> aliases;
    std::string role;  // actors: "President", "lawmaker"; empty when none
    std::vector<Span> mentions;
    // Hints for resolution across articles (entity stage; see entity_resolver.h).
    EntityForm form = EntityForm::Named;
    std::string country;    // ISO 3166 code of the place an agency belongs to, if known
    std::string category;   // agencies: intelligence, military, news, ... (org_categories.txt)
    bool isSource = false;  // named as the source of a statement ("X said", "according to X")
};

// One reporter of a figure and the evidence for it: the cue that attributes the figure,
// the rule that tied the cue to it, and the sentence the cue is in. See
// docs/extraction.md, "Attribution".
struct ReportedBy {
    std::string name;  // EntityFact::name of the reporter
    std::string cue;   // the cue as written ("said", "according to"), empty for none
    std::string rule;  // how the cue reached the figure ("subject before the cue", ...)
    Span sentence;     // the sentence that holds the cue
};

// One numeric claim as one article states it.
struct FigureFact {
    graph::Value value;  // a single number, else null
    graph::Value low;    // a range's ends, else null
    graph::Value high;
    std::string qualifier;  // exact | approximately | at least | at most
    std::string measure;    // killed, wounded, casualties, deployed, ... (lexicon)
    std::string subject;    // the counted noun phrase
    std::string when;       // the article's words for the time, or "present"
    std::string whenBegin;  // normalised time as an ISO date interval, empty if unknown
    std::string whenEnd;
    std::vector<Span> mentions;          // every statement of it in the article
    std::vector<ReportedBy> reporters;   // each reporter once, with its evidence
    std::string place;  // EntityFact::name of the place where it was counted, if named
    // The place is where what it counts went ("sent to Russia", "fled into Chad"), not
    // where they were counted: it does not narrow the count to that place.
    bool placeIsDestination = false;
    std::string previousCue;  // the words that mark an older estimate ("had placed"), if any
    std::string sentence;     // the first statement's sentence, for traceability
    Span sentenceSpan;        // ... and its bytes in the article text
    bool increment = false;   // counts an addition ("an additional 6,000"), not a running total
    // Counts what happened on one day ("ten people died on Thursday"), not a running
    // total as of that day ("the toll rose to 202 on Tuesday").
    bool oneDay = false;
    // An estimate someone offers as possible, not a count ("may be close to 1,000",
    // "perhaps a thousand"): kept as a figure, never in a supersedes chain.
    bool speculative = false;
    // What part of a population a partitive counts: "children" in "five of the dead were
    // children", "in Example district" in "Of the 31 deaths, 14 were in Example district";
    // empty for a whole population. Parts and wholes are never in one supersedes chain.
    std::string part;
    // What caused what it counts, by the cue of causes.txt nearest the numeral in its
    // sentence ("cholera", "storm"); empty when none. Causes part populations.
    std::string cause;
    // What an outage cuts, by the cue of utilities.txt nearest the numeral ("power",
    // "water"); empty when none. Services part populations as causes do.
    std::string utility;
    // Where a count was made when that narrows it: "hospitals" for the dead brought to
    // hospitals, which are not the whole toll. Empty for none.
    std::string setting;
};

struct ArticleFacts {
    Article article;
    std::vector<SentenceFact> sentences;
    std::vector<EntityFact> entities;
    std::vector<FigureFact> figures;
};

}  // namespace newsgraph::parser
