#pragma once

#include <vector>

#include "parser/fact.h"
#include "parser/text/text_layer.h"

namespace newsgraph::parser {

// Finds the actors, agencies and places one article names, with every mention's span.
// Rules and their limits: docs/extraction.md, "Entities". Reads the lexicons and the
// gazetteer (loaded once). Never fails; an article with no names gives no entities.
//
// Within the article it already resolves surnames to full names, acronyms to their
// definitions, "the North" to the one "North ..." country, and descriptions of a body
// set beside its name ("Seoul's spy agency, the NIS"). What it cannot resolve alone is
// left for resolveEntities (entity_resolver.h) with EntityFact::form saying why.
std::vector<EntityFact> recognizeEntities(const TextLayer& layer);

}  // namespace newsgraph::parser
