#include "parser/text/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include "parser/text/text_layer.h"

namespace newsgraph::parser {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

}  // namespace

std::string foldCase(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::string lexiconDir() {
    if (const char* dir = std::getenv("NEWSGRAPH_LEXICONS"); dir && *dir) return dir;
    return std::string(NEWSGRAPH_SOURCE_DIR) + "/parser/lexicons";
}

bool readLexiconLines(const std::string& path, std::vector<std::string>& lines) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::string line;
    while (std::getline(in, line)) {
        std::string_view entry = trim(line);
        if (entry.empty() || entry.front() == '#') continue;
        lines.emplace_back(entry);
    }
    return true;
}

Lexicon::Lexicon(const std::vector<std::string>& entries) {
    for (const auto& entry : entries) add(entry);
}

void Lexicon::add(std::string entry) {
    std::size_t words = 1;
    for (char c : entry) words += c == ' ';
    if (words > maxWords_) maxWords_ = words;
    folded_.insert(foldCase(entry));
    entries_.push_back(std::move(entry));
}

bool Lexicon::contains(std::string_view entry) const {
    const bool lower = std::none_of(entry.begin(), entry.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return lower ? folded_.count(entry) > 0 : folded_.count(foldCase(entry)) > 0;
}

const Lexicon& Lexicon::get(const std::string& name) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<Lexicon>> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto& slot = cache[name];
    if (!slot) {
        std::vector<std::string> lines;
        const std::string path = lexiconDir() + "/" + name + ".txt";
        if (!readLexiconLines(path, lines)) {
            std::cerr << "newsgraph: cannot read lexicon " << path
                      << " (set NEWSGRAPH_LEXICONS to the lexicon folder)\n";
        }
        slot = std::make_unique<Lexicon>(lines);
    }
    return *slot;
}

std::vector<std::string> splitLexiconFields(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream in(line);
    std::string field;
    while (std::getline(in, field, '|')) {
        std::string trimmed = foldTypography(field);
        if (!trimmed.empty()) fields.push_back(trimmed);
    }
    return fields;
}

}  // namespace newsgraph::parser
