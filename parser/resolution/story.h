#pragma once

#include <cstddef>
#include <vector>

#include "parser/fact.h"

namespace newsgraph::parser {

// Which articles tell the same story, so that figures of a flood and of a war read
// together are never one claim or one chain. Two articles are one story when they share
// at least two entities (by resolved name: "Zambia", "World Health Organization"; a
// country is one entity whether it is named or only the country of a body, the country
// an article is most about also when only its towns name it, and a ministry is its
// country and portfolio), one of them a place when both name places (international
// bodies alone do not make a story), and two countries only when each article is about
// one of them (two mentioned in passing make no story); when
// either has no entity, at least three proper words (capitalised words not at a sentence
// start, weekdays and months aside); or when both are about one country (the one their
// entities name most) and have figures of one cause (floods, an earthquake, cholera) and
// are dated at most 21 days apart; or when both are about one country, are dated at most
// 21 days apart and state the same count (measure and number) twice, or once when it is 50
// or more and no round number ("78 killed"). Two articles dated more than 240 days apart are never
// joined directly (a chain of articles between them may still join them: a long-running
// story). Stories are the connected groups. Returns a story
// number per article (the smallest article index in the story).
std::vector<std::size_t> groupStories(const std::vector<ArticleFacts>& articles);

}  // namespace newsgraph::parser
