#include "parser/text/number_grammar_def.h"

namespace newsgraph::parser::grammar {

BOOST_SPIRIT_INSTANTIATE(NumberType, NumberIterator, NumberContext)

const NumberType& number() { return kNumber; }

}  // namespace newsgraph::parser::grammar
