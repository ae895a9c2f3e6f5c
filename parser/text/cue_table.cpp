#include "parser/text/cue_table.h"

#include <iostream>
#include <map>
#include <mutex>
#include <sstream>

#include "parser/text/lexicon.h"

namespace newsgraph::parser {

CueTable::CueTable(const std::vector<std::string>& lines) {
    std::string label;
    for (const auto& line : lines) {
        if (line.size() > 2 && line.front() == '[' && line.back() == ']') {
            label = line.substr(1, line.size() - 2);
            continue;
        }
        Entry entry{{}, label};
        std::istringstream words(foldCase(line));
        for (std::string word; words >> word;) entry.words.push_back(word);
        if (entry.words.empty()) continue;
        byFirst_[entry.words.front()].push_back(entries_.size());
        byLast_[entry.words.back()].push_back(entries_.size());
        entries_.push_back(std::move(entry));
    }
}

const CueTable::EntryList* CueTable::startingWith(const std::string& word) const {
    auto it = byFirst_.find(word);
    return it == byFirst_.end() ? nullptr : &it->second;
}

const CueTable::EntryList* CueTable::endingWith(const std::string& word) const {
    auto it = byLast_.find(word);
    return it == byLast_.end() ? nullptr : &it->second;
}

const CueTable& CueTable::get(const std::string& name) {
    static std::mutex mutex;
    static std::map<std::string, CueTable> tables;
    std::lock_guard lock(mutex);
    auto it = tables.find(name);
    if (it != tables.end()) return it->second;
    std::vector<std::string> lines;
    const std::string path = lexiconDir() + "/" + name + ".txt";
    if (!readLexiconLines(path, lines)) {
        std::cerr << "newsgraph: cannot read lexicon " << path
                  << " (set NEWSGRAPH_LEXICONS to the lexicon folder)\n";
    }
    return tables.emplace(name, CueTable(lines)).first->second;
}

std::optional<CueTable::Match> CueTable::matchAt(const std::vector<std::string>& words,
                                                 std::size_t i) const {
    std::optional<Match> best;
    const EntryList* candidates = i < words.size() ? startingWith(words[i]) : nullptr;
    if (!candidates) return best;
    // In file order, so that of two phrases of one length the first wins, as before.
    for (std::size_t e : *candidates) {
        const Entry& entry = entries_[e];
        const std::size_t n = entry.words.size();
        if (i + n > words.size() || (best && best->words >= n)) continue;
        bool same = true;
        for (std::size_t k = 0; same && k < n; ++k) same = words[i + k] == entry.words[k];
        if (same) best = Match{entry.label, n};
    }
    return best;
}

std::optional<CueTable::Match> CueTable::matchEndingAt(const std::vector<std::string>& words,
                                                       std::size_t end) const {
    std::optional<Match> best;
    const EntryList* candidates =
        end > 0 && end <= words.size() ? endingWith(words[end - 1]) : nullptr;
    if (!candidates) return best;
    for (std::size_t e : *candidates) {
        const Entry& entry = entries_[e];
        const std::size_t n = entry.words.size();
        if (n > end || (best && best->words >= n)) continue;
        bool same = true;
        for (std::size_t k = 0; same && k < n; ++k) same = words[end - n + k] == entry.words[k];
        if (same) best = Match{entry.label, n};
    }
    return best;
}

std::optional<std::string> CueTable::labelOf(const std::string& word) const {
    if (const EntryList* candidates = startingWith(word)) {
        for (std::size_t e : *candidates) {
            if (entries_[e].words.size() == 1) return entries_[e].label;
        }
    }
    return std::nullopt;
}

}  // namespace newsgraph::parser
