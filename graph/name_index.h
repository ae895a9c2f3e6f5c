#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsgraph::graph {

// The key two names share when a reader would call them the same name: case-folded
// (ASCII), Latin letters with diacritics folded to their base letters ("Erdoğan" ->
// "erdogan"), curly quotes and dashes folded, the dots of an acronym dropped ("U.N." ->
// "un"), a possessive "'s" and a leading "the" dropped, punctuation removed, white space
// collapsed. "South Korea’s" and "south korea" share a key; "Kim Jong Un" and "Kim
// Jong-un" do too.
std::string normaliseName(std::string_view name);

// Normalised name -> vertices (as dense indexes). A vertex may sit under many keys.
class NameIndex {
public:
    void add(std::string_view name, std::size_t vertex);
    // Drops `vertex` from under `name`'s key; nothing happens when it was not there.
    void remove(std::string_view name, std::size_t vertex);
    void clear() { byKey_.clear(); }
    // Every key and its vertices, for the consistency check (graph_check.h).
    const std::unordered_map<std::string, std::vector<std::size_t>>& entries() const {
        return byKey_;
    }
    std::span<const std::size_t> find(std::string_view name) const;

private:
    std::unordered_map<std::string, std::vector<std::size_t>> byKey_;
};

}  // namespace newsgraph::graph
