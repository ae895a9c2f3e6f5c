#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace newsgraph::tck {

// One step of a scenario: its keyword-less text ("executing query:"), and the doc string
// or table that follows it, if any.
struct Step {
    std::string keyword;  // Given, When, Then, And
    std::string text;
    std::string docString;
    std::vector<std::vector<std::string>> table;
};

// A scenario after Scenario Outline expansion: `example` is the 1-based row of the
// Examples table (0 for a plain scenario), placeholders already substituted.
struct Scenario {
    std::string feature;  // path relative to the features folder
    std::string name;
    int example = 0;
    int line = 0;
    std::vector<Step> steps;

    // "clauses/match/Match1.feature | [1] Match non-existent nodes returns empty | 0"
    std::string key() const;
};

// Reads one .feature file: the small part of Gherkin the openCypher TCK uses (Feature,
// Scenario, Scenario Outline + Examples, steps with doc strings and tables, tags and
// comments ignored). Returns false with `error` ("file:line: reason") on a bad file.
bool readFeature(const std::filesystem::path& file, const std::string& relative,
                 std::vector<Scenario>& out, std::string& error);

}  // namespace newsgraph::tck
