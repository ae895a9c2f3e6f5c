#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace newsgraph::parser {

// A sectioned lexicon: phrases (one per line, lower case, matched as whole words) grouped
// under `[label]` headers, e.g. measures.txt maps "death toll" to `killed`. Phrases before
// any header get the empty label. Loaded like Lexicon (lexicon.h): from lexiconDir(),
// once per name; a missing file gives an empty table and one message on standard error.
class CueTable {
public:
    struct Match {
        std::string label;
        std::size_t words = 0;  // how many words the phrase spans
    };

    CueTable() = default;
    // Builds a table from "[label]" and phrase lines (tests, and get()).
    explicit CueTable(const std::vector<std::string>& lines);

    static const CueTable& get(const std::string& name);

    // The longest phrase that starts at words[i] / ends just before words[end].
    // `words` are lower-case tokens.
    std::optional<Match> matchAt(const std::vector<std::string>& words, std::size_t i) const;
    std::optional<Match> matchEndingAt(const std::vector<std::string>& words,
                                       std::size_t end) const;
    // The label of a one-word entry, or nullopt.
    std::optional<std::string> labelOf(const std::string& word) const;

private:
    struct Entry {
        std::vector<std::string> words;
        std::string label;
    };
    using EntryList = std::vector<std::size_t>;  // indexes into entries_, in file order

    // The entries whose first (last) word is `word`: a lookup reads only the phrases
    // that can match there instead of every phrase of the table.
    const EntryList* startingWith(const std::string& word) const;
    const EntryList* endingWith(const std::string& word) const;

    std::vector<Entry> entries_;
    std::unordered_map<std::string, EntryList> byFirst_;
    std::unordered_map<std::string, EntryList> byLast_;
};

}  // namespace newsgraph::parser
