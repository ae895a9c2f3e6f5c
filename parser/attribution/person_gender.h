#pragma once

#include "parser/fact.h"

namespace newsgraph::parser {

// What a person's name or role says of whom "he" or "she" may stand for. Unknown unless
// the role is gendered ("spokeswoman", "chairman") or the surname has a gendered ending
// of the Slavic languages ("Golikova", "Ivanov"). Used only to pass over a speaker a
// pronoun cannot stand for; an unknown person fits either pronoun.
enum class Gender { Unknown, Male, Female };

Gender genderOf(const EntityFact& person);

// The gender a pronoun asks for: "he" male, "she" female, else unknown.
Gender genderOfPronoun(const std::string& pronoun);

}  // namespace newsgraph::parser
