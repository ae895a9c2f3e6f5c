// The attribution stage, one test group per stage (parser/attribution/): cues, frames,
// source phrases, resolution, affiliations and quotations, then the stage as a whole.
#include "parser/attribution/attribution.h"

#include <catch2/catch.hpp>

#include "parser/attribution/affiliation.h"
#include "parser/attribution/attribution_frame.h"
#include "parser/attribution/continuation.h"
#include "parser/attribution/mention_index.h"
#include "parser/attribution/person_gender.h"
#include "parser/attribution/quote_regions.h"
#include "parser/attribution/reporting_cue.h"
#include "parser/attribution/source_phrase.h"
#include "parser/attribution/source_resolver.h"
#include "parser/figures/figure_extractor.h"

using namespace newsgraph::parser;
using newsgraph::graph::NodeKind;

namespace {

// An entity with a mention at every occurrence of each surface form.
EntityFact entity(const std::string& text, NodeKind kind, const std::string& name,
                  std::vector<std::string> aliases = {}, const std::string& role = "") {
    EntityFact e;
    e.kind = kind;
    e.name = name;
    e.aliases = aliases;
    e.role = role;
    std::vector<std::string> forms = aliases;
    forms.push_back(name);
    for (const auto& form : forms) {
        for (auto at = text.find(form); at != std::string::npos; at = text.find(form, at + 1)) {
            const Span span{static_cast<std::uint32_t>(at),
                            static_cast<std::uint32_t>(at + form.size())};
            bool inside = false;  // a shorter form inside a longer one's mention
            for (const Span& m : e.mentions) inside = inside || (span.begin >= m.begin && span.end <= m.end);
            if (!inside) e.mentions.push_back(span);
        }
    }
    return e;
}

using Names = std::vector<std::string>;

Names names(const FigureMention& figure) {
    Names out;
    for (const auto& r : figure.fact.reporters) out.push_back(r.name);
    return out;
}

std::vector<FigureMention> attributed(const std::string& text, const std::vector<EntityFact>& entities) {
    Article article;
    article.text = text;
    TextLayer layer(article.text);
    auto figures = findFigureMentions(layer, article);
    attributeFigures(layer, entities, figures);
    return figures;
}

// The words of the first sentence of `text`.
struct OneSentence {
    explicit OneSentence(std::string t) : text(std::move(t)), layer(text) {
        words = sentenceWords(layer, layer.sentences().front());
    }
    std::string text;
    TextLayer layer;
    SentenceWords words;
};

std::string joined(const SentenceWords& w, std::size_t b, std::size_t e) {
    std::string out;
    for (std::size_t k = b; k < e && k < w.size(); ++k) out += (out.empty() ? "" : " ") + w.original[k];
    return out;
}

std::vector<AttributionFrame> framesOf(const OneSentence& s, const std::vector<EntityFact>& entities) {
    MentionIndex index(entities);
    auto frames = findFrames(s.words, findReportingCues(s.words), index.entityAt(s.words, true));
    boundFrames(frames, s.words);
    return frames;
}

}  // namespace

// ---- stage 1: cues

TEST_CASE("Cues: verbs, phrases, passives and documents are found, deeds and adjectives are not",
          "[parser][attribution][cues]") {
    OneSentence s("The agency said 40 died, according to a Red Cross tally, and 12 were reported "
                  "missing by the police, though the group claimed responsibility.");
    const auto cues = findReportingCues(s.words);
    std::vector<std::pair<CueKind, std::string>> found;
    for (const auto& c : cues) found.emplace_back(c.kind, joined(s.words, c.begin, c.end));
    CHECK(found == std::vector<std::pair<CueKind, std::string>>{
                       {CueKind::Verb, "said"},
                       {CueKind::Phrase, "according to"},
                       {CueKind::Document, "tally"},
                       {CueKind::Passive, "reported"},
                   });
}

TEST_CASE("Cues: a verb whose object is lives lost is a deed, with or without their count",
          "[parser][attribution][cues]") {
    for (const char* sentence : {"A fire at the Example Hotel claimed 66 lives.",
                                 "The storm claimed at least 20 lives on Monday.",
                                 "The flood claimed the lives of 12 people."}) {
        OneSentence s(sentence);
        CHECK(findReportingCues(s.words).empty());
    }
    OneSentence report("The ministry claimed 66 people had died.");
    CHECK(findReportingCues(report.words).size() == 1);
}

TEST_CASE("Attribution: 'was estimated to be N by X' is X's estimate, and so is a gapped 'and M by Y'",
          "[parser][attribution]") {
    const std::string text = "The toll was estimated to be over 3,800 by the Ovar Relief "
                             "Office, and about 1,500 by the United Nations.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Ovar Relief Office"),
                                     entity(text, NodeKind::Agency, "United Nations")});
    REQUIRE(figures.size() == 2);
    CHECK(names(figures[0]) == Names{"Ovar Relief Office"});
    CHECK(names(figures[1]) == Names{"United Nations"});
    // With no agent it stays a passive report with no source.
    const std::string bare = "The toll was estimated to be over 3,800.";
    figures = attributed(bare, {});
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].fact.reporters.empty());
}

TEST_CASE("Attribution: 'X confirmed this' gives X the figure the sentence before reported",
          "[parser][attribution]") {
    // A sentence with no figure and no cue between them is passed over.
    const std::string text = "The death toll from the fire rose to 46. The toll is likely to climb. "
                             "Health Minister Lera Voss confirmed this while visiting the burn unit.";
    auto figures = attributed(text, {entity(text, NodeKind::Actor, "Lera Voss")});
    REQUIRE(figures.size() == 1);
    CHECK(names(figures[0]) == Names{"Lera Voss"});
    CHECK(figures[0].fact.reporters[0].rule == "the next sentence points back to it");
    // An object with a count of its own ("put the toll at 300") points at nothing.
    const std::string own = "Crews fought the fire all night. The death toll from the fire rose "
                            "to 46. The Ovar Relief Office put the toll at around 50.";
    figures = attributed(own, {entity(own, NodeKind::Agency, "Ovar Relief Office")});
    REQUIRE(figures.size() == 2);
    CHECK(figures[0].fact.reporters.empty());
}

TEST_CASE("Attribution: the number a source revised away is not its claim, the new one is",
          "[parser][attribution]") {
    const std::string text = "Health Minister Lera Voss revised the death toll from 108 to 97.";
    auto figures = attributed(text, {entity(text, NodeKind::Actor, "Lera Voss")});
    REQUIRE(figures.size() == 2);
    CHECK(figures[0].fact.reporters.empty());
    CHECK(names(figures[1]) == Names{"Lera Voss"});
    // A plain report of a change gives both numbers to its source.
    const std::string said = "The toll rose from 56 to 78, Health Minister Lera Voss said.";
    figures = attributed(said, {entity(said, NodeKind::Actor, "Lera Voss")});
    REQUIRE(figures.size() == 2);
    CHECK(names(figures[0]) == Names{"Lera Voss"});
    CHECK(names(figures[1]) == Names{"Lera Voss"});
}

TEST_CASE("Attribution: 'she' passes over a man who spoke for a woman named since",
          "[parser][attribution]") {
    const std::string text = "Health Minister Pavel Ostrenko said 30 people had died. Deputy Prime "
                             "Minister Irina Bolotova visited the hospital on Sunday. She said 12 "
                             "children were being treated there.";
    auto figures = attributed(text, {entity(text, NodeKind::Actor, "Pavel Ostrenko"),
                                     entity(text, NodeKind::Actor, "Irina Bolotova")});
    REQUIRE(figures.size() == 2);
    CHECK(names(figures[0]) == Names{"Pavel Ostrenko"});
    CHECK(names(figures[1]) == Names{"Irina Bolotova"});
}

TEST_CASE("genderOf: a gendered role or a Slavic surname's ending, else unknown", "[parser][attribution]") {
    EntityFact p;
    p.kind = NodeKind::Actor;
    p.name = "Irina Bolotova";
    CHECK(genderOf(p) == Gender::Female);
    p.name = "Pavel Ivanov";
    CHECK(genderOf(p) == Gender::Male);
    p.name = "Mara Quill";
    CHECK(genderOf(p) == Gender::Unknown);
    p.role = "spokeswoman";
    CHECK(genderOf(p) == Gender::Female);
    p.role = "chairman";
    CHECK(genderOf(p) == Gender::Male);
    p.role = "Human Rights Commissioner";
    CHECK(genderOf(p) == Gender::Unknown);
    CHECK(genderOfPronoun("she") == Gender::Female);
    CHECK(genderOfPronoun("it") == Gender::Unknown);
}

TEST_CASE("Attribution: an appositive whose role follows its adjectives is passed over to the name",
          "[parser][attribution]") {
    const std::string text = "Dr Ana Ruiz, the district medical superintendent of the Ovar hospital, "
                             "told reporters that the death toll had risen to 46.";
    auto figures = attributed(text, {entity(text, NodeKind::Actor, "Ana Ruiz")});
    REQUIRE(figures.size() == 1);
    CHECK(names(figures[0]) == Names{"Ana Ruiz"});
}

TEST_CASE("Attribution: a place is never a reporter", "[parser][attribution]") {
    const std::string text = "Colombo has reported 40,740 families affected by the floods.";
    auto figures = attributed(text, {entity(text, NodeKind::Place, "Colombo")});
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].fact.reporters.empty());
}

TEST_CASE("Attribution: 'with X reporting that ...' makes X the source", "[parser][attribution]") {
    const std::string text = "The storm battered the coast, with the Ovar Relief Office (ORO) reporting "
                             "that 212 people had died.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Ovar Relief Office", {"ORO"})});
    REQUIRE(figures.size() == 1);
    CHECK(names(figures[0]) == Names{"Ovar Relief Office"});
}

TEST_CASE("Cues: a verb that takes a side is a stance, not a report", "[parser][attribution][cues]") {
    OneSentence s("The agency counted 230 deaths, but the government disputed that figure.");
    const auto cues = findReportingCues(s.words);
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].kind == CueKind::Recording);
    CHECK(cues[1].kind == CueKind::Stance);
}

TEST_CASE("Cues: a passive without an agent and an adjective are no cues",
          "[parser][attribution][cues]") {
    OneSentence s("Some 211 people were reported missing, and the confirmed toll rose to 24.");
    CHECK(findReportingCues(s.words).empty());
}

TEST_CASE("Cues: a capitalised word inside a sentence is a name, not a verb",
          "[parser][attribution][cues]") {
    OneSentence s("Officials from the United States arrived on Monday.");
    CHECK(findReportingCues(s.words).empty());
}

// ---- stage 2: frames

TEST_CASE("Frames: a postposed subject covers the clause before it", "[parser][attribution][frames]") {
    OneSentence s("Some 30 people were treated for wounds, the Example Medical Union said on Monday.");
    const auto frames = framesOf(s, {entity(s.text, NodeKind::Agency, "Example Medical Union")});
    REQUIRE(frames.size() == 1);
    CHECK(frames[0].scope == FrameScope::Before);
    CHECK(joined(s.words, frames[0].sourceBegin, frames[0].sourceEnd) == "the Example Medical Union");
    CHECK(joined(s.words, frames[0].contentBegin, frames[0].contentEnd) ==
          "Some 30 people were treated for wounds");
}

TEST_CASE("Frames: a name after a preposition ends the clause, not an appositive's host",
          "[parser][attribution][frames]") {
    // "Ana Diaz, an agency official, said" is an appositive; "... in Examplia, an
    // agency official said" is a clause and its speaker.
    OneSentence s("At least 42 people died in Examplia, an agency official said.");
    const auto frames = framesOf(s, {entity(s.text, NodeKind::Place, "Examplia")});
    REQUIRE(frames.size() == 1);
    CHECK(joined(s.words, frames[0].sourceBegin, frames[0].sourceEnd) == "an agency official");
    CHECK(joined(s.words, frames[0].contentBegin, frames[0].contentEnd) ==
          "At least 42 people died in Examplia");
}

TEST_CASE("Frames: a capitalised role after a name is an appositive", "[parser][attribution][frames]") {
    OneSentence s("Ana Ruiz, Superintendent of Example General Hospital, said 240 were identified.");
    const auto frames = framesOf(s, {entity(s.text, NodeKind::Actor, "Ana Ruiz"),
                                     entity(s.text, NodeKind::Agency, "Example General Hospital")});
    REQUIRE(frames.size() == 1);
    CHECK(joined(s.words, frames[0].sourceBegin, frames[0].sourceEnd) == "Ana Ruiz");
}

TEST_CASE("Frames: two speakers in one sentence each cover their own clause",
          "[parser][attribution][frames]") {
    OneSentence s("The toll rose to 16 in the west, river officials said, while the regional "
                  "governor said 29 people had died.");
    const auto frames = framesOf(s, {});
    REQUIRE(frames.size() == 2);
    CHECK(joined(s.words, frames[0].contentBegin, frames[0].contentEnd) ==
          "The toll rose to 16 in the west");
    CHECK(frames[1].scope == FrameScope::After);
    CHECK(joined(s.words, frames[1].contentBegin, frames[1].contentEnd) == "29 people had died .");
}

TEST_CASE("Frames: an acronym in brackets inside an appositive is passed over",
          "[parser][attribution][frames]") {
    OneSentence s("\"The toll is 88,\" Ali Reza, a spokesperson at the Example Hospital (EH) in "
                  "Examplia, told Example News.");
    const auto frames = framesOf(s, {entity(s.text, NodeKind::Actor, "Ali Reza"),
                                     entity(s.text, NodeKind::Agency, "Example Hospital", {"EH"}),
                                     entity(s.text, NodeKind::Place, "Examplia")});
    REQUIRE(frames.size() == 1);
    CHECK(joined(s.words, frames[0].sourceBegin, frames[0].sourceEnd) == "Ali Reza");
}

TEST_CASE("Frames: after a name and its appositive, the words after the verb are the report",
          "[parser][attribution][frames]") {
    OneSentence s("Ali Reza, spokesperson for the Example Hospital, said the toll rose to 53.");
    const auto frames = framesOf(s, {entity(s.text, NodeKind::Actor, "Ali Reza"),
                                     entity(s.text, NodeKind::Agency, "Example Hospital")});
    REQUIRE(frames.size() == 1);
    CHECK(frames[0].scope == FrameScope::After);
    CHECK(joined(s.words, frames[0].sourceBegin, frames[0].sourceEnd) == "Ali Reza");
    CHECK(joined(s.words, frames[0].contentBegin, frames[0].contentEnd) == "the toll rose to 53 .");
}

TEST_CASE("Frames: a cue joined by 'and' to a verb that reports nothing takes that verb's subject",
          "[parser][attribution][frames]") {
    OneSentence s("The Example Health Office called it a \"tragedy\" and said 61 people had died.");
    const auto frames = framesOf(s, {entity(s.text, NodeKind::Agency, "Example Health Office")});
    REQUIRE(frames.size() == 1);
    CHECK_FALSE(frames[0].continuesPrevious);
    CHECK(joined(s.words, frames[0].sourceBegin, frames[0].sourceEnd) == "The Example Health Office");
    CHECK(joined(s.words, frames[0].contentBegin, frames[0].contentEnd) == "61 people had died .");
}

TEST_CASE("Frames: an appositive between subject and verb is passed over",
          "[parser][attribution][frames]") {
    OneSentence s("Mara Quill, chairwoman of the Example Rights Council, said 50 people had died.");
    const auto frames =
        framesOf(s, {entity(s.text, NodeKind::Actor, "Mara Quill"),
                     entity(s.text, NodeKind::Agency, "Example Rights Council")});
    REQUIRE(frames.size() == 1);
    CHECK(joined(s.words, frames[0].sourceBegin, frames[0].sourceEnd) == "Mara Quill");
}

TEST_CASE("Frames: according to X opening or closing its clause", "[parser][attribution][frames]") {
    OneSentence opening("According to the ministry, 40 people died.");
    auto frames = framesOf(opening, {});
    REQUIRE(frames.size() == 1);
    CHECK(frames[0].scope == FrameScope::After);
    CHECK(joined(opening.words, frames[0].contentBegin, frames[0].contentEnd) == "40 people died .");
    OneSentence closing("Some 40 people died, according to the ministry.");
    frames = framesOf(closing, {});
    REQUIRE(frames.size() == 1);
    CHECK(frames[0].scope == FrameScope::Before);
}

TEST_CASE("Frames: a label and colon before 'according to' still open the clause",
          "[parser][attribution][frames]") {
    OneSentence labelled("Wire - AGENCY: According to the ministry, 40 people died.");
    auto frames = framesOf(labelled, {});
    REQUIRE(frames.size() == 1);
    CHECK(frames[0].scope == FrameScope::After);
    CHECK(joined(labelled.words, frames[0].contentBegin, frames[0].contentEnd) == "40 people died .");
}

TEST_CASE("Frames: a closing verb covers a passive nested in its clause",
          "[parser][attribution][frames]") {
    const std::string text =
        "At least 39 people died, as was earlier reported by the Flood Office, Radio Uno reported.";
    OneSentence s(text);
    auto frames = framesOf(s, {entity(text, NodeKind::Agency, "Flood Office"),
                               entity(text, NodeKind::Agency, "Radio Uno")});
    REQUIRE(frames.size() == 2);
    CHECK(frames[1].cue.kind == CueKind::Verb);
    CHECK(frames[1].covers(s.words.wordAt(text.find("39"))));
}

TEST_CASE("Frames: a 'with' clause after a closing cue is covered too",
          "[parser][attribution][frames]") {
    OneSentence s("The toll has risen to 74, the agency says, with 23 others still missing.");
    auto frames = framesOf(s, {});
    REQUIRE(frames.size() == 1);
    CHECK(frames[0].covers(s.words.wordAt(static_cast<std::uint32_t>(s.text.find("74")))));
    CHECK(frames[0].covers(s.words.wordAt(static_cast<std::uint32_t>(s.text.find("23")))));
}

TEST_CASE("Frames: a passive pointing back covers the sentence before",
          "[parser][attribution][frames]") {
    OneSentence s("This was reported on the evening of May 4 by the regional head Ivo Marek.");
    const auto frames = framesOf(s, {entity(s.text, NodeKind::Actor, "Ivo Marek")});
    REQUIRE(frames.size() == 1);
    CHECK(frames[0].cue.kind == CueKind::Passive);
    CHECK(frames[0].coversPrevious);
}

TEST_CASE("Frames: a cue nested in a source phrase lends it its source",
          "[parser][attribution][frames]") {
    OneSentence s("Some 27 people died, as per data released by the ministry.");
    const auto frames = framesOf(s, {});
    REQUIRE(frames.size() == 1);
    CHECK(joined(s.words, frames[0].sourceBegin, frames[0].sourceEnd) == "the ministry");
    CHECK(frames[0].covers(1));
}

// ---- stage 3: source phrases

TEST_CASE("Source phrases: names, pronouns, descriptions and unnamed sources",
          "[parser][attribution][sources]") {
    auto formOf = [](const std::string& text, std::vector<EntityFact> entities = {}) {
        OneSentence s(text);
        MentionIndex index(entities);
        const auto frames = framesOf(s, entities);
        REQUIRE(frames.size() == 1);
        return readSourcePhrase(s.words, frames[0], index.entityAt(s.words, false));
    };
    const std::string named = "The Example Relief Agency said 40 died.";
    CHECK(formOf(named, {entity(named, NodeKind::Agency, "Example Relief Agency")}).form ==
          SourceForm::Named);
    CHECK(formOf("It said 40 died.").form == SourceForm::Pronoun);
    const auto description = formOf("The state-funded body said 40 died.");
    CHECK(description.form == SourceForm::Description);
    CHECK(description.head == "body");
    CHECK(description.modifiers == std::vector<std::string>{"state-funded"});
    CHECK(formOf("Officials said 40 died.").form == SourceForm::Unnamed);
    CHECK(formOf("The report said 40 died.").form == SourceForm::Document);
    // A name that describes another body is not that body.
    const std::string agency = "The United Nations agency said 40 died.";
    const auto un = formOf(agency, {entity(agency, NodeKind::Agency, "United Nations")});
    CHECK(un.form == SourceForm::Description);
    CHECK(un.excluded.size() == 1);
}

TEST_CASE("Source phrases: a hearer of told is kept apart", "[parser][attribution][sources]") {
    const std::string text = "Ivo Marek told Example Wire that 40 died.";
    OneSentence s(text);
    std::vector<EntityFact> entities = {entity(text, NodeKind::Actor, "Ivo Marek"),
                                        entity(text, NodeKind::Agency, "Example Wire")};
    MentionIndex index(entities);
    const auto frames = framesOf(s, entities);
    REQUIRE(frames.size() == 1);
    const auto phrase = readSourcePhrase(s.words, frames[0], index.entityAt(s.words, false));
    CHECK(phrase.named == std::vector<std::size_t>{0});
    CHECK(phrase.hearers == std::vector<std::size_t>{1});
}

// ---- stage 4: resolution

TEST_CASE("Resolution: a description resolves to the nearest fitting body before it",
          "[parser][attribution][resolve]") {
    const std::string text =
        "The Example Migration Agency said 40 died. The Example Refugee Office spoke later.";
    std::vector<EntityFact> entities = {entity(text, NodeKind::Agency, "Example Migration Agency"),
                                        entity(text, NodeKind::Agency, "Example Refugee Office")};
    SourceResolver resolver(entities, {0, 1}, {0, 43});
    SourcePhrase phrase;
    phrase.form = SourceForm::Description;
    phrase.head = "agency";
    phrase.modifiers = {"migration"};
    auto resolved = resolver.resolve(phrase, 80, 1);
    CHECK(resolved.entities == EntitySet{0});
    // A [named agency] head must be in the name: "the office" is the Office.
    phrase.head = "office";
    phrase.modifiers = {};
    resolved = resolver.resolve(phrase, 80, 1);
    CHECK(resolved.entities == EntitySet{1});
}

TEST_CASE("Resolution: pronouns take the latest speaker of their kind",
          "[parser][attribution][resolve]") {
    const std::string text = "Ivo Marek said 40 died. The Example Council said 12 were hurt.";
    std::vector<EntityFact> entities = {entity(text, NodeKind::Actor, "Ivo Marek"),
                                        entity(text, NodeKind::Agency, "Example Council")};
    SourceResolver resolver(entities, {0, 1}, {0, 24});
    SourcePhrase named;
    named.form = SourceForm::Named;
    named.named = {0};
    resolver.resolve(named, 0, 0);
    named.named = {1};
    resolver.resolve(named, 24, 1);
    SourcePhrase he;
    he.form = SourceForm::Pronoun;
    he.head = "he";
    he.person = true;
    CHECK(resolver.resolve(he, 70, 2).entities == EntitySet{0});
    SourcePhrase it;
    it.form = SourceForm::Pronoun;
    it.head = "it";
    CHECK(resolver.resolve(it, 70, 2).entities == EntitySet{1});
}

TEST_CASE("Resolution: a short form becomes the specific body that opens with it",
          "[parser][attribution][resolve]") {
    const std::string text = "The UN Example Rights Office said 40 died. The UN said more.";
    std::vector<EntityFact> entities = {entity(text, NodeKind::Agency, "UN Example Rights Office"),
                                        entity(text, NodeKind::Agency, "United Nations", {"UN"})};
    SourceResolver resolver(entities, {0, 1}, {0, 42});
    SourcePhrase un;
    un.form = SourceForm::Named;
    un.named = {1};
    CHECK(resolver.resolve(un, 46, 1).entities == EntitySet{0});
}

TEST_CASE("Resolution: a document resolves to its owner", "[parser][attribution][resolve]") {
    std::vector<EntityFact> entities = {EntityFact{}};
    entities[0].kind = NodeKind::Agency;
    entities[0].name = "Example Watch";
    SourceResolver resolver(entities, {0}, {0});
    resolver.noteDocuments({"report"}, {0});
    SourcePhrase report;
    report.form = SourceForm::Document;
    report.documents = {"report"};
    CHECK(resolver.resolve(report, 100, 3).entities == EntitySet{0});
}

// ---- affiliations and quotations

TEST_CASE("Affiliations: appositives, titles and possessive roles", "[parser][attribution][affiliation]") {
    const std::string text =
        "Mara Quill, chairwoman of the Example Rights Council, spoke. Council spokesperson Ivo "
        "Marek agreed. Tomas Reyes, a member of the Example Rights Council, did not.";
    std::vector<EntityFact> entities = {entity(text, NodeKind::Actor, "Mara Quill"),
                                        entity(text, NodeKind::Agency, "Example Rights Council", {"Council"}),
                                        entity(text, NodeKind::Actor, "Ivo Marek"),
                                        entity(text, NodeKind::Actor, "Tomas Reyes")};
    TextLayer layer(text);
    const auto affiliations = findAffiliations(layer, entities);
    CHECK(affiliations.at(0) == std::vector<std::size_t>{1});
    CHECK(affiliations.at(2) == std::vector<std::size_t>{1});
    CHECK(affiliations.count(3) == 0);
}

TEST_CASE("Affiliations: a body's noun and role before a comma and the name",
          "[parser][attribution][affiliation]") {
    const std::string text = "The Example Health Ministry met. The ministry's spokesman, Omar Haddad, "
                             "spoke. The ministry spokeswoman, Ana Diaz, agreed.";
    std::vector<EntityFact> entities = {entity(text, NodeKind::Agency, "Example Health Ministry"),
                                        entity(text, NodeKind::Actor, "Omar Haddad"),
                                        entity(text, NodeKind::Actor, "Ana Diaz")};
    TextLayer layer(text);
    const auto affiliations = findAffiliations(layer, entities);
    REQUIRE(affiliations.count(1) == 1);
    CHECK(affiliations.at(1) == std::vector<std::size_t>{0});
    REQUIRE(affiliations.count(2) == 1);
    CHECK(affiliations.at(2) == std::vector<std::size_t>{0});
}

TEST_CASE("Affiliations: a hyphenated title between the body and the name",
          "[parser][attribution][affiliation]") {
    const std::string text = "Example Relief Union Director-General Ana Diaz spoke.";
    std::vector<EntityFact> entities = {entity(text, NodeKind::Agency, "Example Relief Union"),
                                        entity(text, NodeKind::Actor, "Ana Diaz")};
    TextLayer layer(text);
    const auto affiliations = findAffiliations(layer, entities);
    REQUIRE(affiliations.count(1) == 1);
    CHECK(affiliations.at(1) == std::vector<std::size_t>{0});
}

TEST_CASE("Quotations run over sentences of one paragraph", "[parser][attribution][quotes]") {
    const std::string text = "\"We counted 40. Then 12 more,\" she said.\n\nNo quote here.";
    TextLayer layer(text);
    std::vector<SentenceWords> words;
    for (const auto& s : layer.sentences()) words.push_back(sentenceWords(layer, s));
    const auto regions = findQuoteRegions(layer, words);
    REQUIRE(regions.size() == 1);
    CHECK(regions[0].firstSentence == 0);
    CHECK(regions[0].lastSentence == 1);
}

// ---- the stage as a whole

TEST_CASE("Attribution: a verb's subject and an according-to source", "[parser][attribution]") {
    const std::string text = "The Health Ministry said 40 people died on Monday.\n\n"
                             "According to the Red Cross, 300 families were displaced.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Health Ministry"),
                                     entity(text, NodeKind::Agency, "Red Cross")});
    REQUIRE(figures.size() == 2);
    CHECK(names(figures[0]) == Names{"Health Ministry"});
    CHECK(names(figures[1]) == Names{"Red Cross"});
    CHECK(figures[0].fact.reporters[0].cue == "said");
    CHECK(figures[0].fact.reporters[0].sentence.begin == 0);
}

TEST_CASE("Attribution: an outer speaker covers an unnamed document's clause",
          "[parser][attribution]") {
    // The report is nobody we can name; the outlet that relays it is a source.
    const std::string text = "The new report states that, over 900 people are still missing, "
                             "Example News reported.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Example News")});
    REQUIRE(figures.size() == 1);
    CHECK(names(figures[0]) == Names{"Example News"});
}

TEST_CASE("Attribution: a disputed figure is nobody's, and the disputer speaks on",
          "[parser][attribution]") {
    const std::string text = "Rebels denied that 60 fighters were captured. The Example Relief Union "
                             "said 230 had died, but the Example Commission disputed that figure, "
                             "saying only 180 had died.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Example Relief Union"),
                                     entity(text, NodeKind::Agency, "Example Commission")});
    REQUIRE(figures.size() == 3);
    CHECK(names(figures[0]).empty());
    CHECK(names(figures[1]) == Names{"Example Relief Union"});
    CHECK(names(figures[2]) == Names{"Example Commission"});
}

TEST_CASE("Attribution: a ministry is no 'agency' by description", "[parser][attribution]") {
    const std::string text = "The Interior Ministry said 45 people died. More than 2,000 homes were "
                             "damaged, the agency said.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Interior Ministry")});
    REQUIRE(figures.size() == 2);
    CHECK(names(figures[0]) == Names{"Interior Ministry"});
    CHECK(names(figures[1]).empty());
}

TEST_CASE("Attribution: several speakers in one sentence each give their own figure",
          "[parser][attribution]") {
    const std::string text = "The Example Commission said 112 people had died, while the "
                             "Example Relief Union said 140 had.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Example Commission"),
                                     entity(text, NodeKind::Agency, "Example Relief Union")});
    REQUIRE(figures.size() == 2);
    CHECK(names(figures[0]) == Names{"Example Commission"});
    CHECK(names(figures[1]) == Names{"Example Relief Union"});
}

TEST_CASE("Attribution: joined clauses and a continuing sentence keep their source",
          "[parser][attribution]") {
    const std::string text = "Some 11,300 died and 10,100 remain missing, the Example Crescent "
                             "said. It added that 900 homes were destroyed.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Example Crescent")});
    REQUIRE(figures.size() == 3);
    for (const auto& f : figures) CHECK(names(f) == Names{"Example Crescent"});
    CHECK(figures[2].fact.reporters[0].rule.find("pronoun") != std::string::npos);
}

TEST_CASE("Attribution: a person and the body they speak for", "[parser][attribution]") {
    const std::string text = "\"We have recorded 22 deaths,\" said Mara Quill, chairwoman of the "
                             "Example Rights Council, adding that 17 people had died in the capital.";
    auto figures = attributed(text, {entity(text, NodeKind::Actor, "Mara Quill"),
                                     entity(text, NodeKind::Agency, "Example Rights Council")});
    REQUIRE(figures.size() == 2);
    CHECK(names(figures[0]) == Names{"Mara Quill", "Example Rights Council"});
    CHECK(names(figures[1]) == Names{"Mara Quill", "Example Rights Council"});
}

TEST_CASE("Attribution: an unnamed or unresolvable source gives no reporter",
          "[parser][attribution]") {
    auto figures = attributed("According to Western intelligence, 5,000 troops were deployed.", {});
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].fact.reporters.empty());
    figures = attributed("Local officials said 40 people died.", {});
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].fact.reporters.empty());
}

TEST_CASE("Attribution: a source carries over within its paragraph only",
          "[parser][attribution]") {
    const std::string text = "The Civil Protection Agency said 30 people died. Another 120 were "
                             "injured.\n\nSome 15 people are missing.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Civil Protection Agency")});
    REQUIRE(figures.size() == 3);
    CHECK(names(figures[1]) == Names{"Civil Protection Agency"});
    CHECK(figures[1].fact.reporters[0].rule.find("carried over") != std::string::npos);
    CHECK(figures[2].fact.reporters.empty());
}

TEST_CASE("Attribution: a page of one-sentence lines carries the source on, lines of prose do not",
          "[parser][attribution]") {
    // Single line ends, no blank line: every line is a paragraph.
    const std::string page = "The Civil Protection Agency said 30 people died.\n"
                             "Another 120 were injured.\nSome 15 people are missing.";
    auto lines = attributed(page, {entity(page, NodeKind::Agency, "Civil Protection Agency")});
    REQUIRE(lines.size() == 3);
    CHECK(names(lines[1]) == Names{"Civil Protection Agency"});
    CHECK(names(lines[2]) == Names{"Civil Protection Agency"});
    // Lines of three sentences are paragraphs of prose: the next one starts afresh.
    const std::string prose = "The Civil Protection Agency gave its count. The roads were shut. "
                              "It said 30 people died.\nOf the 40 people rescued, 12 were taken to "
                              "hospital. The rest went home. Schools stayed closed.";
    auto paragraphs = attributed(prose, {entity(prose, NodeKind::Agency, "Civil Protection Agency")});
    REQUIRE(paragraphs.size() >= 2);
    CHECK(names(paragraphs[0]) == Names{"Civil Protection Agency"});
    for (std::size_t i = 1; i < paragraphs.size(); ++i) CHECK(paragraphs[i].fact.reporters.empty());
}

TEST_CASE("Attribution: on a page of lines, a sentence with no cue and no count ends the report",
          "[parser][attribution]") {
    const std::string page = "The Civil Protection Agency said 30 people died.\n"
                             "The storm reached the coast at dawn. More than 400 soldiers "
                             "joined the search.\nSome 15 people are missing.";
    auto figures = attributed(page, {entity(page, NodeKind::Agency, "Civil Protection Agency")});
    REQUIRE(figures.size() == 3);
    CHECK(names(figures[0]) == Names{"Civil Protection Agency"});
    CHECK(figures[1].fact.reporters.empty());
    CHECK(figures[2].fact.reporters.empty());
}

TEST_CASE("Attribution: a passive report with no agent takes no source from a sentence near it",
          "[parser][attribution]") {
    // Carried over: the sentence before had a source.
    const std::string carried = "The Civil Protection Agency said 30 people died.\n"
                                "More than 50 people were confirmed to have drowned.";
    auto figures = attributed(carried, {entity(carried, NodeKind::Agency, "Civil Protection Agency")});
    REQUIRE(figures.size() == 2);
    CHECK(figures[1].fact.reporters.empty());
    // Taken from the next sentence: a lead with no source usually takes it.
    const std::string lead = "More than 50 people are known to have drowned.\n\nThe dead include "
                             "children, the Civil Protection Agency said.";
    figures = attributed(lead, {entity(lead, NodeKind::Agency, "Civil Protection Agency")});
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].fact.reporters.empty());
    // The count as the passive's subject: "12 deaths were reported in the north".
    const std::string subject = "The Civil Protection Agency said 30 people died.\n"
                                "An additional 12 deaths were reported in the northern valleys.";
    figures = attributed(subject, {entity(subject, NodeKind::Agency, "Civil Protection Agency")});
    REQUIRE(figures.size() == 2);
    CHECK(figures[1].fact.reporters.empty());
}

TEST_CASE("Attribution: within a paragraph, only a sentence that points back carries the source",
          "[parser][attribution]") {
    const std::string text = "The Civil Protection Agency said 30 people died. Engineers in the "
                             "valley counted 12 bridges destroyed. It added that 4 schools were "
                             "destroyed.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Civil Protection Agency")});
    REQUIRE(figures.size() == 3);
    CHECK(names(figures[0]) == Names{"Civil Protection Agency"});
    CHECK(figures[1].fact.reporters.empty());
    CHECK(names(figures[2]) == Names{"Civil Protection Agency"});
}

TEST_CASE("Attribution: a lead with no source takes the next sentence's source of that measure",
          "[parser][attribution]") {
    const std::string text = "The death toll from the floods has risen to 144.\n\nThe dead include "
                             "five children, the Civil Protection Agency said.\n\nRescuers "
                             "counted 90 dead on Monday. The roads are closed.\n\nThe Civil "
                             "Protection Agency said 30 people died in the north.\n\nThe toll "
                             "rose to 150.\n\nThe Civil Protection Agency said the dead include "
                             "two rescuers.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Civil Protection Agency")});
    REQUIRE(figures.size() >= 4);
    CHECK(names(figures[0]) == Names{"Civil Protection Agency"});
    CHECK(figures[0].fact.reporters[0].rule == "the next sentence gives its source");
    // A later sentence with no source takes the next one's only when it is a paragraph of
    // its own (150), not a sentence among others (90).
    bool saw150 = false;
    for (const auto& f : figures) {
        if (f.fact.value == newsgraph::graph::Value(std::int64_t{90})) CHECK(f.fact.reporters.empty());
        if (f.fact.value == newsgraph::graph::Value(std::int64_t{150})) {
            saw150 = true;
            CHECK(names(f) == Names{"Civil Protection Agency"});
        }
    }
    CHECK(saw150);
}

TEST_CASE("Attribution: a lead and the next sentence of its paragraph are one report",
          "[parser][attribution]") {
    const std::string same = "The toll has risen to 233, with 22 missing. At least 169 were injured, "
                             "according to the Example Relief Office.";
    auto figures = attributed(same, {entity(same, NodeKind::Agency, "Example Relief Office")});
    REQUIRE(figures.size() == 3);
    for (const auto& f : figures) CHECK(names(f) == Names{"Example Relief Office"});
    // In the next paragraph, a source of another measure is not the lead's.
    const std::string apart = "The toll has risen to 233.\n\nAt least 169 were injured, according "
                              "to the Example Relief Office.";
    figures = attributed(apart, {entity(apart, NodeKind::Agency, "Example Relief Office")});
    REQUIRE(figures.size() == 2);
    CHECK(figures[0].fact.reporters.empty());
}

TEST_CASE("Affiliations: the head of a body's branch in a place", "[parser][attribution][affiliation]") {
    const std::string text = "The head of the Example Aid Society in Porto, Lia Brandt, said 20 "
                             "people died.";
    std::vector<EntityFact> entities = {entity(text, NodeKind::Agency, "Example Aid Society"),
                                        entity(text, NodeKind::Actor, "Lia Brandt")};
    TextLayer layer(text);
    const auto affiliations = findAffiliations(layer, entities);
    CHECK(affiliations.at(1) == std::vector<std::size_t>{0});
}

TEST_CASE("Attribution: a paragraph that opens by pointing back keeps the report before it",
          "[parser][attribution]") {
    const std::string text = "The Civil Protection Agency said 30 people died.\n\nThe deceased "
                             "include 12 children.\n\nA total of 40 people were evacuated.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Civil Protection Agency")});
    REQUIRE(figures.size() == 3);
    CHECK(names(figures[1]) == Names{"Civil Protection Agency"});
    // "A total of" points at nothing: a new paragraph starts afresh.
    CHECK(figures[2].fact.reporters.empty());
}

TEST_CASE("Continuation: sentences that point back at the report before them",
          "[parser][attribution]") {
    auto points = [](const std::string& text, bool across = false) {
        OneSentence s(text);
        return opensWithPointer(s.words, across);
    };
    CHECK(points("It also said 12 people were hurt."));
    CHECK(points("The deceased include 12 children."));
    CHECK(points("Of them, 12 were children."));
    CHECK(points("And 186 people were discharged."));
    CHECK_FALSE(points("A total of 40 people were evacuated."));
    CHECK_FALSE(points("Engineers counted 12 bridges."));
    CHECK(points("The number of cases rose to 40."));
    CHECK_FALSE(points("The number of cases rose to 40.", true));
    // A partition naming its own total opens a new report in a new paragraph.
    CHECK(points("Of the dead, 12 were children.", true));
    CHECK_FALSE(points("Of the 256 bodies handed over, 250 were named.", true));
}

TEST_CASE("Affiliations: 'its spokesman' speaks for the body named before",
          "[parser][attribution][affiliation]") {
    const std::string text = "The army, the Example Armed Forces, put the toll lower. Its "
                             "spokesman in Ituri, Lt Omar Diallo, said 23 people died.";
    std::vector<EntityFact> entities = {entity(text, NodeKind::Agency, "Example Armed Forces"),
                                        entity(text, NodeKind::Actor, "Omar Diallo")};
    TextLayer layer(text);
    const auto affiliations = findAffiliations(layer, entities);
    REQUIRE(affiliations.count(1) == 1);
    CHECK(affiliations.at(1) == std::vector<std::size_t>{0});
}

TEST_CASE("Frames: a qualifier after a verb opens its complement", "[parser][attribution][frames]") {
    OneSentence s("The Rights Group had counted at least 51 bodies.");
    const auto frames = framesOf(s, {entity(s.text, NodeKind::Agency, "Rights Group")});
    REQUIRE(frames.size() == 1);
    CHECK(frames[0].scope == FrameScope::After);
    CHECK(joined(s.words, frames[0].contentBegin, frames[0].contentEnd) == "at least 51 bodies .");
}

TEST_CASE("Affiliations: a title that names the article's one office of that title",
          "[parser][attribution][affiliation]") {
    const std::string text = "Two people died, the Lane County Sheriff's Office said. Sheriff "
                             "Mara Vint said three were missing.";
    std::vector<EntityFact> entities = {entity(text, NodeKind::Agency, "Lane County Sheriff's Office"),
                                        entity(text, NodeKind::Actor, "Mara Vint", {}, "Sheriff")};
    TextLayer layer(text);
    const auto affiliations = findAffiliations(layer, entities);
    REQUIRE(affiliations.count(1) == 1);
    CHECK(affiliations.at(1) == std::vector<std::size_t>{0});
}

TEST_CASE("Resolution: an office nobody named is not the last speaker who holds another",
          "[parser][attribution][resolve]") {
    const std::string text = "Prefect Ivo Marek said 40 died. The spokesperson said 12 were hurt.";
    std::vector<EntityFact> entities = {entity(text, NodeKind::Actor, "Ivo Marek", {}, "Prefect")};
    SourceResolver resolver(entities, {0}, {0, 32});
    SourcePhrase named;
    named.form = SourceForm::Named;
    named.named = {0};
    resolver.resolve(named, 8, 0);
    SourcePhrase spokesperson;
    spokesperson.form = SourceForm::Description;
    spokesperson.head = "spokesperson";
    spokesperson.person = true;
    CHECK(resolver.resolve(spokesperson, 36, 1).entities == EntitySet{0});
    SourcePhrase mayor = spokesperson;
    mayor.head = "mayor";
    CHECK(resolver.resolve(mayor, 36, 1).entities.empty());
}

TEST_CASE("Attribution: a relay set off by commas between the subject and 'said' leaves the subject the source",
          "[parser][attribution]") {
    const std::string text = "The Tarvel Red Cross, citing hospital sources, said 45 people had died.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Tarvel Red Cross")});
    REQUIRE(figures.size() == 1);
    CHECK(names(figures[0]) == Names{"Tarvel Red Cross"});
}

TEST_CASE("Frames: 'X cited Y as saying' gives two frames over what Y is said to say",
          "[parser][attribution][frames]") {
    OneSentence s("The Ovar News Agency cited the Interior Ministry, the main security body, as "
                  "saying 40 people had died.");
    const std::string& text = s.text;
    const auto frames = framesOf(s, {entity(text, NodeKind::Agency, "Ovar News Agency"),
                                     entity(text, NodeKind::Agency, "Interior Ministry")});
    REQUIRE(frames.size() == 2);
    CHECK(joined(s.words, frames[0].sourceBegin, frames[0].sourceEnd) == "The Ovar News Agency");
    CHECK(joined(s.words, frames[1].sourceBegin, frames[1].sourceEnd) == "the Interior Ministry");
    CHECK(frames[1].continuesPrevious);
    CHECK(joined(s.words, frames[0].contentBegin, frames[0].contentEnd) == "40 people had died .");
}

TEST_CASE("Attribution: 'X quoted Y as saying' closing a clause gives its figures to both",
          "[parser][attribution]") {
    const std::string text = "By noon 80 people remained in hospital, the Ovar News Agency quoted "
                             "Health Minister Pia Lund as saying.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Ovar News Agency"),
                                     entity(text, NodeKind::Actor, "Pia Lund", {}, "Health Minister")});
    REQUIRE(figures.size() == 1);
    CHECK(names(figures[0]) == Names{"Ovar News Agency", "Pia Lund"});
    // "cited" with no "as saying" after it is still a relay of the frame before it.
    const std::string plain = "The agency said 12 died, citing the Ovar News Agency.";
    auto relayed = attributed(plain, {entity(plain, NodeKind::Agency, "Ovar News Agency")});
    REQUIRE(relayed.size() == 1);
    CHECK(names(relayed[0]) == Names{"Ovar News Agency"});
}

TEST_CASE("Resolution: a pronoun right after another cue is that cue's source",
          "[parser][attribution][resolution]") {
    // By recency alone "it" would be the body that spoke last before this sentence.
    const std::string text = "The Tarvel Treasury said the suspects fled. The Ovar Rights Group, "
                             "a watchdog, said it had counted at least 34 deaths.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Tarvel Treasury"),
                                     entity(text, NodeKind::Agency, "Ovar Rights Group")});
    REQUIRE(figures.size() == 1);
    CHECK(names(figures[0]) == Names{"Ovar Rights Group"});
}

TEST_CASE("Resolution: 'They also said' opening a sentence takes the one body of the sentence before",
          "[parser][attribution][resolution]") {
    const std::string text = "The Ovar Rights Group said it had recorded 416 deaths.\n"
                             "They also said that 72 people were killed last week.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Ovar Rights Group")});
    REQUIRE(figures.size() == 2);
    CHECK(names(figures[1]) == Names{"Ovar Rights Group"});
    // Past a sentence of its paragraph with no cue.
    const std::string past = "The Ovar Rights Group said it had recorded 416 deaths. The group "
                             "wants an inquiry. They also said that 72 people were killed.";
    auto later = attributed(past, {entity(past, NodeKind::Agency, "Ovar Rights Group")});
    REQUIRE(later.size() == 2);
    CHECK(names(later[1]) == Names{"Ovar Rights Group"});
    // After a sentence with no one source, "they" stays nobody.
    const std::string open = "Residents fled the town.\nThey said that 12 people were killed.";
    auto unsourced = attributed(open, {});
    REQUIRE(unsourced.size() == 1);
    CHECK(names(unsourced[0]).empty());
}

TEST_CASE("Frames: a compound role in an appositive, and a dateline before a dash",
          "[parser][attribution][frames]") {
    const std::string text = "Ovar City, Ovar News - Lena Bohr, the governor-general of the "
                             "province, said that the toll had risen to 40.";
    auto figures = attributed(text, {entity(text, NodeKind::Place, "Ovar City"),
                                     entity(text, NodeKind::Agency, "Ovar News"),
                                     entity(text, NodeKind::Actor, "Lena Bohr")});
    REQUIRE(figures.size() == 1);
    CHECK(names(figures[0]) == Names{"Lena Bohr"});
    // A dash-set appositive after a subject that is no dateline still passes over.
    const std::string plain = "Lee and Kim - members of the party - told reporters 12 had died.";
    auto listed = attributed(plain, {entity(plain, NodeKind::Actor, "Lee"),
                                     entity(plain, NodeKind::Actor, "Kim")});
    REQUIRE(listed.size() == 1);
    CHECK(names(listed[0]) == Names{"Lee", "Kim"});
}

TEST_CASE("Frames: 'as X confirmed that ...' covers its complement, not a clause after a comma",
          "[parser][attribution][frames]") {
    const std::string text = "The search went on as the Ovar Ministry confirmed on Friday that the "
                             "toll had risen to 60.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Ovar Ministry")});
    REQUIRE(figures.size() == 1);
    CHECK(names(figures[0]) == Names{"Ovar Ministry"});
    const std::string opening = "As the Ovar Ministry reported, 12 people died.";
    auto reported = attributed(opening, {entity(opening, NodeKind::Agency, "Ovar Ministry")});
    REQUIRE(reported.size() == 1);
    CHECK(names(reported[0]) == Names{"Ovar Ministry"});
}

TEST_CASE("Frames: 'officials at X' and 'doctors from X' are sourced to X",
          "[parser][attribution][frames]") {
    const std::string text = "The toll may rise, as 40 people are in serious condition, according to "
                             "officials at the Ovar Emergency Headquarters.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Ovar Emergency Headquarters")});
    REQUIRE(figures.size() == 1);
    CHECK(names(figures[0]) == Names{"Ovar Emergency Headquarters"});
    // Not a place the officials are in: that names nobody.
    const std::string place = "Some 40 people were hurt, according to officials in Ovar City.";
    auto unnamed = attributed(place, {entity(place, NodeKind::Place, "Ovar City")});
    REQUIRE(unnamed.size() == 1);
    CHECK(names(unnamed[0]).empty());
}

TEST_CASE("Frames: 'X said, Y reported' closing a clause gives its figures to both",
          "[parser][attribution][frames]") {
    const std::string text = "A total of 90 others were lightly hurt, the ministry said, the Ovar "
                             "News Agency reported.";
    auto figures = attributed(text, {entity(text, NodeKind::Agency, "Ovar News Agency")});
    REQUIRE(figures.size() == 1);
    CHECK(names(figures[0]) == Names{"Ovar News Agency"});
}

TEST_CASE("Resolution: an office names the person who holds it, abbreviated or not, and no one "
          "with another role",
          "[parser][attribution][resolution]") {
    const std::string text = "The state's governor said 12 people have died. \"We are still searching,\" "
                             "said Ana Pell, the county's emergency director. Rescuers worked through "
                             "the night. Gov. Lena Bohr told reporters that 30 homes were lost.";
    auto figures = attributed(text, {entity(text, NodeKind::Actor, "Ana Pell", {}, "emergency director"),
                                     entity(text, NodeKind::Actor, "Lena Bohr", {}, "Gov.")});
    REQUIRE(figures.size() == 2);
    CHECK(names(figures[0]) == Names{"Lena Bohr"});
    CHECK(names(figures[1]) == Names{"Lena Bohr"});
}

TEST_CASE("Resolution: 'He' opening a sentence after one with no source is the person it names first",
          "[parser][attribution][resolution]") {
    const std::string text = "Ana Pell said 58 people were rescued. The country's president, Omar "
                             "Haddad, is expected to visit the site. He said 3 prosecutors were sent.";
    auto figures = attributed(text, {entity(text, NodeKind::Actor, "Ana Pell"),
                                     entity(text, NodeKind::Actor, "Omar Haddad")});
    REQUIRE(figures.size() == 2);
    CHECK(names(figures[0]) == Names{"Ana Pell"});
    CHECK(names(figures[1]) == Names{"Omar Haddad"});
}

TEST_CASE("Carry-over: a report of a toll with no number of its own carries into the count of "
          "that toll after it",
          "[parser][attribution][carry]") {
    const std::string text = "Ana Pell, a spokesperson for the Ovar Hospital, said the toll rose after "
                             "some of the wounded died. At least 140 injured people are still under "
                             "treatment.\n\nThe Ovar Hospital said the new deaths include a man who died at "
                             "an evacuation shelter. About 9,000 were still at evacuation shelters.";
    auto figures = attributed(text, {entity(text, NodeKind::Actor, "Ana Pell"),
                                     entity(text, NodeKind::Agency, "Ovar Hospital")});
    REQUIRE(figures.size() == 2);
    CHECK(names(figures[0]) == Names{"Ana Pell", "Ovar Hospital"});
    // A shelter the report names is no count of the evacuated it told of.
    CHECK(names(figures[1]).empty());
}
