#pragma once

#include <string>
#include <vector>

#include "parser/fact.h"
#include "parser/figures/figure_extractor.h"
#include "parser/entities/gazetteer.h"
#include "parser/text/text_layer.h"

namespace newsgraph::parser {

// Fills `fact.place` of each figure statement with the EntityFact name of the place where
// it was counted: a place entity behind a locative preposition ("in", "near", "fled to"...)
// in the numeral's clause ("six people died in West Bengal"; "killed in the West Darfur
// city of El Geneina" -> El Geneina, the most specific), else a sentence-opening locative
// phrase ("In Gaza, 30 were killed"), else one in the subject before the numeral, back to
// the clause's start ("the number of dead in Kherson had risen to 14"). Left empty when the clause names no place: the
// place is then unknown, not the article's. Never fails. See docs/extraction.md, "Place".
void locateFigures(const TextLayer& layer, const std::vector<EntityFact>& entities,
                   std::vector<FigureMention>& figures);

// Whether two places (canonical names, as FigureFact::place) cannot hold the same count:
// a region or city and a place in another country, two different cities, or two
// different first-level regions (they do not overlap). Two
// countries never conflict (a clause's country is as often the war's as the count's),
// nor a place and a region of its country (the gazetteer does not say which region
// holds a city), nor an unknown place (empty, or not in the gazetteer) and any other.
bool placesConflict(const Gazetteer& gazetteer, const std::string& a, const std::string& b);
// The same for places already looked up (nullptr: unknown), for comparing many pairs.
bool placesConflict(const PlaceEntry* a, const PlaceEntry* b);

}  // namespace newsgraph::parser
