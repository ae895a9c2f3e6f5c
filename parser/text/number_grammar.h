#pragma once

#include <boost/spirit/home/x3.hpp>

#include "parser/text/number_ast.h"
#include "parser/text/number_config.h"

namespace newsgraph::parser::grammar {

namespace x3 = boost::spirit::x3;

// A numeral at the start of the input: digits with thousands separators and decimals,
// scale words ("1.1 million"), number words ("two hundred", "three thousand") and ranges
// ("10,000 to 15,000", "10,000-15,000", "between 10,000 and 15,000"). Rules are in
// number_grammar_def.h, instantiated once in number_grammar.cpp.
using NumberType = x3::rule<class NumberClass, ast::NumberAst>;
BOOST_SPIRIT_DECLARE(NumberType)

// The top rule, for x3::parse over NumberIterator.
const NumberType& number();

}  // namespace newsgraph::parser::grammar
