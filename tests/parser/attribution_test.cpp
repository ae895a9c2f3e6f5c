#include "parser/attribution/attribution.h"

#include <catch2/catch.hpp>

#include "parser/figures/figure_extractor.h"

using namespace newsgraph::parser;
using newsgraph::graph::NodeKind;

namespace {

// An entity with a mention at every occurrence of each surface form.
EntityFact entity(const std::string& text, NodeKind kind, const std::string& name,
                  std::vector<std::string> aliases = {}) {
    EntityFact e;
    e.kind = kind;
    e.name = name;
    e.aliases = aliases;
    std::vector<std::string> forms = aliases;
    forms.push_back(name);
    for (const auto& form : forms) {
        for (auto at = text.find(form); at != std::string::npos; at = text.find(form, at + 1)) {
            e.mentions.push_back({static_cast<std::uint32_t>(at),
                                  static_cast<std::uint32_t>(at + form.size())});
        }
    }
    return e;
}

std::vector<FigureMention> attributed(const Article& article,
                                      const std::vector<EntityFact>& entities) {
    TextLayer layer(article.text);
    auto figures = findFigureMentions(layer, article);
    attributeFigures(layer, entities, figures);
    return figures;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("Attribution: a verb's subject and an according-to source", "[parser][attribution]") {
    Article a;
    a.text = "The Health Ministry said 40 people died on Monday.\n\n"
             "According to the Red Cross, 300 families were displaced.";
    auto figures = attributed(a, {entity(a.text, NodeKind::Agency, "Health Ministry"),
                                  entity(a.text, NodeKind::Agency, "Red Cross")});
    REQUIRE(figures.size() == 2);
    CHECK(figures[0].fact.reporters == Names{"Health Ministry"});
    CHECK(figures[1].fact.reporters == Names{"Red Cross"});
}

TEST_CASE("Attribution: a postposed speaker and an appositive that is not one",
          "[parser][attribution]") {
    Article a;
    a.text = "Governor Ana Diaz, a member of the Regional Council, stated that 12 bridges "
             "were destroyed. About 900 homes have been flooded, Diaz said.";
    auto figures = attributed(
        a, {entity(a.text, NodeKind::Actor, "Ana Diaz", {"Diaz"}),
            entity(a.text, NodeKind::Agency, "Regional Council")});
    REQUIRE(figures.size() == 2);
    CHECK(figures[0].fact.reporters == Names{"Ana Diaz"});
    CHECK(figures[1].fact.reporters == Names{"Ana Diaz"});
}

TEST_CASE("Attribution: a relay gives both reporters, for the whole article",
          "[parser][attribution]") {
    Article a;
    a.text = "At least 50 rebels were killed, according to a senator briefed by the Defence "
             "Intelligence Agency.\n\nSenator Tom Reyes said 200 rebels had been captured.";
    auto figures = attributed(
        a, {entity(a.text, NodeKind::Actor, "Tom Reyes"),
            entity(a.text, NodeKind::Agency, "Defence Intelligence Agency")});
    REQUIRE(figures.size() == 2);
    CHECK(figures[0].fact.reporters == Names{"Tom Reyes", "Defence Intelligence Agency"});
    CHECK(figures[1].fact.reporters == Names{"Tom Reyes", "Defence Intelligence Agency"});
}

TEST_CASE("Attribution: a source carries over within its paragraph only",
          "[parser][attribution]") {
    Article a;
    a.text = "The Civil Protection Agency said 30 people died. The agency further estimated "
             "that 120 were injured.\n\nSome 15 people are missing.";
    auto figures = attributed(a, {entity(a.text, NodeKind::Agency, "Civil Protection Agency")});
    REQUIRE(figures.size() == 3);
    CHECK(figures[1].fact.reporters == Names{"Civil Protection Agency"});
    // No cue and no paragraph source: the article's lead source.
    CHECK(figures[2].fact.reporters == Names{"Civil Protection Agency"});
}

TEST_CASE("Attribution: an unnamed source gives no reporter", "[parser][attribution]") {
    Article a;
    a.text = "According to Western intelligence, 5,000 troops were deployed.";
    auto figures = attributed(a, {});
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].fact.reporters.empty());
}
