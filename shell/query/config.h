#pragma once

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/error_reporting.hpp>
#include <string>

namespace newsgraph::query::grammar {

namespace x3 = boost::spirit::x3;

// The one iterator, skipper and context the grammar is instantiated for.
using Iterator = std::string::const_iterator;
using Skipper = x3::ascii::space_type;
using PhraseContext = x3::phrase_parse_context<Skipper>::type;
// The error handler carries the position cache that annotate_on_success fills.
using ErrorHandler = x3::error_handler<Iterator>;
using Context =
    x3::context<x3::error_handler_tag, std::reference_wrapper<ErrorHandler>, PhraseContext>;

}  // namespace newsgraph::query::grammar
