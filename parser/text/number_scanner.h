#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace newsgraph::parser {

// A numeral found in text by the number grammar (number_grammar.h), with its byte span
// [begin, end) in the scanned text. A single number has low == high and !isRange.
struct NumberMatch {
    double low = 0;
    double high = 0;
    bool isRange = false;
    bool spelled = false;  // written in words only ("two hundred"), no digit
    std::size_t begin = 0;
    std::size_t end = 0;

    double value() const { return low; }
};

// Parses a numeral starting exactly at `pos`; nullopt when none starts there or when it
// runs on into a word ("240mm", "3rd"): such numerals are model numbers and ordinals.
std::optional<NumberMatch> parseNumberAt(std::string_view text, std::size_t pos);

// Every numeral in `text`, left to right, each starting at a word start. A numeral glued
// to letters ("240mm", "SA-22", "afp-3") is skipped. Never fails; empty when none.
std::vector<NumberMatch> findNumbers(std::string_view text);

}  // namespace newsgraph::parser
