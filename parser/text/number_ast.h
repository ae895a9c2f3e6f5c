#pragma once

#include <boost/optional.hpp>

namespace newsgraph::parser::ast {

// The X3 attributes of the number grammar (number_grammar.h): data only.

// A numeral as written: "4.7 thousand" is mantissa 4.7, scale 1000.
struct Cardinal {
    double mantissa = 0;
    double scale = 1;
    double value() const { return mantissa * scale; }
};

// One number or a range ("10,000 to 15,000", "between 10 and 15 thousand").
struct NumberAst {
    Cardinal low;
    boost::optional<Cardinal> high;
};

}  // namespace newsgraph::parser::ast
