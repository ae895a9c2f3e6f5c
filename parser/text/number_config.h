#pragma once

#include <boost/spirit/home/x3.hpp>

namespace newsgraph::parser::grammar {

// The number grammar parses article text in place: no skipper, spaces are explicit
// because a line break inside "1,100\ncasualties" is still a space.
using NumberIterator = const char*;
using NumberContext = boost::spirit::x3::unused_type;

}  // namespace newsgraph::parser::grammar
