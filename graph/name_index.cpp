#include "graph/name_index.h"

#include <algorithm>

namespace newsgraph::graph {

namespace {

// Folds the few multi-byte punctuation marks news text uses into ASCII.
// Returns the number of input bytes consumed, or 0 when `s` does not start with one.
std::size_t foldPunctuation(std::string_view s, char& out) {
    static constexpr struct {
        std::string_view utf8;
        char ascii;
    } kFolds[] = {
        {"\u2019", '\''}, {"\u2018", '\''}, {"\u201C", '"'}, {"\u201D", '"'},
        {"\u2010", '-'},  {"\u2011", '-'},  {"\u2013", '-'}, {"\u2014", '-'},
        {"\u00A0", ' '},
    };
    if (s.empty() || static_cast<unsigned char>(s[0]) < 0x80) return 0;  // ASCII: nothing to fold
    for (const auto& fold : kFolds) {
        if (s.substr(0, fold.utf8.size()) == fold.utf8) {
            out = fold.ascii;
            return fold.utf8.size();
        }
    }
    return 0;
}

// ASCII letters for the Latin letters U+00C0..U+017F ("é" -> "e", "ğ" -> "g", "ß" ->
// "ss"), so that "Erdoğan" and "Erdogan" are one name. Empty for the two signs there.
constexpr const char* kLatinFolds[] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};

// Folds a two-byte UTF-8 Latin letter at the start of `s` into `out`; the bytes consumed,
// or 0 when `s` does not start with one.
std::size_t foldLatin(std::string_view s, std::string& out) {
    if (s.size() < 2) return 0;
    const unsigned char a = static_cast<unsigned char>(s[0]);
    const unsigned char b = static_cast<unsigned char>(s[1]);
    if (a < 0xC3 || a > 0xC5 || (b & 0xC0) != 0x80) return 0;
    const unsigned cp = ((a & 0x1Fu) << 6) | (b & 0x3Fu);
    if (cp < 0xC0 || cp > 0x17F) return 0;
    out += kLatinFolds[cp - 0xC0];
    return 2;
}

}  // namespace

std::string normaliseName(std::string_view name) {
    std::string folded;
    folded.reserve(name.size());
    for (std::size_t i = 0; i < name.size();) {
        char ascii;
        if (std::size_t n = foldPunctuation(name.substr(i), ascii)) {
            folded += ascii;
            i += n;
            continue;
        }
        if (std::size_t n = foldLatin(name.substr(i), folded)) {
            i += n;
            continue;
        }
        // "U.N.", "U.S.": the dots of an acronym go ("un", not "u n").
        if (name[i] == '.' && i > 0 && std::isalpha(static_cast<unsigned char>(name[i - 1])) &&
            (i < 2 || !std::isalpha(static_cast<unsigned char>(name[i - 2])))) {
            ++i;
            continue;
        }
        unsigned char c = static_cast<unsigned char>(name[i++]);
        folded += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
    }
    // Words: drop possessive 's, split on anything that is not a letter or digit
    // (bytes >= 0x80 belong to letters of other scripts and are kept).
    std::string out;
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        if (!(out.empty() && word == "the")) {
            if (!out.empty()) out += ' ';
            out += word;
        }
        word.clear();
    };
    for (std::size_t i = 0; i < folded.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(folded[i]);
        if (c == '\'' && i + 1 < folded.size() && folded[i + 1] == 's' &&
            (i + 2 == folded.size() || !std::isalnum(static_cast<unsigned char>(folded[i + 2])))) {
            ++i;  // skip "'s"
            continue;
        }
        if (std::isalnum(c) || c >= 0x80) {
            word += static_cast<char>(c);
        } else {
            flush();
        }
    }
    flush();
    return out;
}

void NameIndex::add(std::string_view name, std::size_t vertex) {
    std::string key = normaliseName(name);
    if (key.empty()) return;
    auto& vertices = byKey_[key];
    if (std::find(vertices.begin(), vertices.end(), vertex) == vertices.end()) {
        vertices.push_back(vertex);
    }
}

void NameIndex::remove(std::string_view name, std::size_t vertex) {
    auto it = byKey_.find(normaliseName(name));
    if (it == byKey_.end()) return;
    std::erase(it->second, vertex);
    if (it->second.empty()) byKey_.erase(it);
}

std::span<const std::size_t> NameIndex::find(std::string_view name) const {
    auto it = byKey_.find(normaliseName(name));
    if (it == byKey_.end()) return {};
    return it->second;
}

}  // namespace newsgraph::graph
