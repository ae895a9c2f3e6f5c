#pragma once

#include <string>
#include <string_view>

namespace newsgraph::parser {

// Whether `word` can stand alone for the person called `fullName`: it is one of the
// name's words other than the first of several given names' particles ("Lula" in "Luiz
// Inácio Lula da Silva", "Lee" in "Lee Seong-kweun", "Burhan" in "Abdel Fattah
// al-Burhan"). The full name must have two words or more.
bool isNamePart(std::string_view fullName, std::string_view word);

// Lower-case name particles that join the words of a name ("da", "van", "bin").
bool isNameParticle(std::string_view word);

}  // namespace newsgraph::parser
