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
    for (const auto& fold : kFolds) {
        if (s.substr(0, fold.utf8.size()) == fold.utf8) {
            out = fold.ascii;
            return fold.utf8.size();
        }
    }
    return 0;
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

std::span<const std::size_t> NameIndex::find(std::string_view name) const {
    auto it = byKey_.find(normaliseName(name));
    if (it == byKey_.end()) return {};
    return it->second;
}

}  // namespace newsgraph::graph
