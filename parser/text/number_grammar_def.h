#pragma once

#include <string>

#include "parser/text/number_grammar.h"

namespace newsgraph::parser::grammar {

// ---- Rule IDs
using CardinalType = x3::rule<class CardinalClass, ast::Cardinal>;
using DecimalType = x3::rule<class DecimalClass, double>;
using WordsType = x3::rule<class WordsClass, double>;
using SmallType = x3::rule<class SmallClass, double>;

const NumberType kNumber = "number";
const CardinalType kCardinal = "cardinal";
const DecimalType kDecimal = "decimal";
const WordsType kWords = "number words";
const SmallType kSmall = "number below a hundred";

// ---- Tables
const x3::symbols<double> kUnits({{"one", 1},        {"two", 2},        {"three", 3},
                                  {"four", 4},       {"five", 5},       {"six", 6},
                                  {"seven", 7},      {"eight", 8},      {"nine", 9},
                                  {"ten", 10},       {"eleven", 11},    {"twelve", 12},
                                  {"thirteen", 13},  {"fourteen", 14},  {"fifteen", 15},
                                  {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18},
                                  {"nineteen", 19}});
const x3::symbols<double> kTens({{"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
                                 {"sixty", 60}, {"seventy", 70}, {"eighty", 80},
                                 {"ninety", 90}});
const x3::symbols<double> kScales({{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}});

// ---- Actions
const auto kSet = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
const auto kAdd = [](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx); };
const auto kTimesHundred = [](auto& ctx) { x3::_val(ctx) *= 100; };
const auto kOne = [](auto& ctx) { x3::_val(ctx) = 1; };
const auto kDigits = [](auto& ctx) {
    std::string digits;
    for (char c : x3::_attr(ctx)) {
        if (c != ',' && c != '\x01') digits += c;
    }
    x3::_val(ctx) = std::stod(digits);
};
const auto kMantissa = [](auto& ctx) { x3::_val(ctx).mantissa = x3::_attr(ctx); };
const auto kScale = [](auto& ctx) { x3::_val(ctx).scale = x3::_attr(ctx); };
const auto kLow = [](auto& ctx) { x3::_val(ctx).low = x3::_attr(ctx); };
const auto kHigh = [](auto& ctx) { x3::_val(ctx).high = x3::_attr(ctx); };

// ---- Rules
// A space run may hold a line break: hard-wrapped paragraphs break inside phrases.
const auto kSpace = +x3::char_(" \t\r\n");
const auto kEndOfWord = !x3::alnum;
// A hyphen; the scanner hands the grammar an en dash as "  -" (number_scanner.cpp).
const auto kDash = x3::lit('-');

// Groups of three after ',' or a no-break or thin space (which the scanner hands over as
// ',' then '\x01' fillers: number_scanner.cpp).
const auto kDecimal_def =
    x3::raw[x3::lexeme[+x3::digit >> *(',' >> *x3::lit('\x01') >> x3::repeat(3)[x3::digit]) >>
                       -('.' >> +x3::digit)]][kDigits];
const auto kSmall_def = (x3::no_case[kTens][kSet] >> kEndOfWord >>
                         -((kDash | kSpace) >> (x3::no_case[kUnits] >> kEndOfWord)[kAdd])) |
                        (x3::no_case[kUnits][kSet] >> kEndOfWord);
const auto kWords_def =
    // "a dozen", "half a dozen", "two dozen" (not "dozens": vague)
    (x3::no_case["a"] >> kSpace >> x3::no_case["dozen"] >> kEndOfWord)[([](auto& ctx) {
        x3::_val(ctx) = 12;
    })] |
    (x3::no_case["half"] >> kSpace >> x3::no_case["a"] >> kSpace >> x3::no_case["dozen"] >>
     kEndOfWord)[([](auto& ctx) { x3::_val(ctx) = 6; })] |
    (kSmall >> x3::omit[kSpace] >> x3::no_case["dozen"] >> kEndOfWord)[([](auto& ctx) {
        x3::_val(ctx) = 12 * x3::_attr(ctx);
    })] |
    (kSmall[kSet] >>
     -((kSpace >> x3::no_case["hundred"] >> kEndOfWord)[kTimesHundred] >>
       -(kSpace >> -(x3::no_case["and"] >> kSpace) >> kSmall[kAdd]))) |
    (x3::no_case["a"] >> &(kSpace >> x3::no_case[kScales]))[kOne] |
    // "half a million": the scale follows
    (x3::no_case["half"] >> kSpace >> x3::no_case["a"] >> &(kSpace >> x3::no_case[kScales]))
        [([](auto& ctx) { x3::_val(ctx) = 0.5; })] |
    (x3::no_case["a"] >> kSpace >> x3::no_case["hundred"] >> kEndOfWord)[([](auto& ctx) {
        x3::_val(ctx) = 100;
    })];
const auto kCardinal_def = (kDecimal[kMantissa] | kWords[kMantissa]) >> kEndOfWord >>
                           -(kSpace >> (x3::no_case[kScales] >> kEndOfWord)[kScale]);
const auto kRangeTo = (kSpace >> x3::no_case["to"] >> kSpace) | (-kSpace >> kDash >> -kSpace);
const auto kNumber_def =
    (x3::no_case["between"] >> kSpace >> kCardinal[kLow] >> kSpace >> x3::no_case["and"] >>
     kSpace >> kCardinal[kHigh]) |
    (kCardinal[kLow] >> -(kRangeTo >> kCardinal[kHigh]));

// ---- Grammar
BOOST_SPIRIT_DEFINE(kNumber, kCardinal, kDecimal, kWords, kSmall)

// ---- Annotation and errors
// None: a failed parse only means "no number here"; callers scan the next word.

}  // namespace newsgraph::parser::grammar
