#pragma once

#include <string>

#include "parser/entities/gazetteer.h"

namespace newsgraph::parser {

// A ministry's portfolio: the stem of its first word that is neither a place, a demonym
// nor a function word ("Ministry of Disasters" and "Ministry of Disaster Management" ->
// "disaster", "Zambian Health Ministry" -> "health"); empty when the name is no
// ministry's. One country's ministry of one portfolio is one body.
std::string ministryPortfolio(const std::string& name, const Gazetteer& gazetteer);

}  // namespace newsgraph::parser
