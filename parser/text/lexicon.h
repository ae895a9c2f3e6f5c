#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace newsgraph::parser {

// A word list read from parser/lexicons/<name>.txt: one entry per line, `#` starts a
// comment, blank lines are ignored, surrounding white space is trimmed. Entries are
// looked up case-insensitively (ASCII folding) unless the list is loaded case-sensitive.
//
// Lexicons are data, not code: see docs/extraction.md, "Lexicons". The folder is
// $NEWSGRAPH_LEXICONS when set, else the source tree's parser/lexicons (compiled in).
class Lexicon {
  public:
    Lexicon() = default;

    // Loads `<lexiconDir()>/<name>.txt`. A missing or unreadable file gives an empty list
    // and a message on standard error once per name; it never throws.
    static const Lexicon& get(const std::string& name);

    // Builds a lexicon from entries (tests, and lists derived in code).
    explicit Lexicon(const std::vector<std::string>& entries);

    bool contains(std::string_view entry) const;
    const std::vector<std::string>& entries() const { return entries_; }
    // The longest entry, in words: how far a multi-word lookup needs to look ahead.
    std::size_t maxWords() const { return maxWords_; }

  private:
    void add(std::string entry);

    // Hashes a std::string and a std::string_view alike, so that contains() looks up a
    // lower-case view without copying it.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };

    std::vector<std::string> entries_;
    std::unordered_set<std::string, Hash, std::equal_to<>> folded_;
    std::size_t maxWords_ = 0;
};

// The folder lexicons are read from.
std::string lexiconDir();

// Reads the non-comment, non-blank, trimmed lines of a lexicon file; false if unreadable.
bool readLexiconLines(const std::string& path, std::vector<std::string>& lines);

// The fields of a lexicon entry written `a | b | c`: each typography-folded and trimmed,
// empty fields dropped.
std::vector<std::string> splitLexiconFields(const std::string& line);

// ASCII lower case; other bytes are kept.
std::string foldCase(std::string_view text);

}  // namespace newsgraph::parser
