#include "parser/figures/figure_extractor.h"

#include <algorithm>
#include <cctype>

#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "parser/figures/figure_filters.h"
#include "parser/figures/sentence_reader.h"
#include "parser/text/number_scanner.h"
#include "parser/time/time_expression.h"

namespace newsgraph::parser {

namespace {

using namespace figure_text;

// "rose by 320 to 4,560", "climbed from 12 to 20" are no ranges: the count is the new
// total after "to", and after "from" the older figure is a numeral of its own (the 12,
// which the sentence reader marks as the older estimate). Else the numeral as found.
std::vector<NumberMatch> splitChange(std::string_view text, const NumberMatch& n) {
    if (!n.isRange || n.begin < 3) return {n};
    // The word before the numeral, past a qualifier ("from about 1,000 to 2,400").
    static const std::set<std::string> kQualifierWords = {"about", "around", "some", "nearly",
                                                          "roughly", "approximately", "almost",
                                                          "over", "than", "more", "least", "at"};
    std::string preposition;
    std::size_t before = n.begin;
    for (int words = 0; words < 4; ++words) {
        while (before > 0 && text[before - 1] == ' ') --before;
        std::size_t word = before;
        while (word > 0 && std::isalpha(static_cast<unsigned char>(text[word - 1]))) --word;
        preposition = foldCase(text.substr(word, before - word));
        if (!kQualifierWords.count(preposition)) break;
        before = word;
    }
    if (preposition != "by" && preposition != "from") return {n};
    const std::string_view range = text.substr(n.begin, n.end - n.begin);
    const std::size_t to = range.rfind(" to ");
    if (to == std::string_view::npos) return {n};
    auto total = parseNumberAt(text, n.begin + to + 4);
    if (!total) return {n};
    if (preposition == "from") {
        // Parsed from the text cut before " to ", which would make it the range again.
        if (auto older = parseNumberAt(text.substr(0, n.begin + to), n.begin)) {
            return {*older, *total};
        }
    }
    return {*total};
}

// "... hitting Agadir in 1960. It killed at least 12,000 people.": a sentence whose subject
// stands for an event the sentence before dates more than a year before the article: that
// year, or empty. A subject "the (death) toll" counts only after a sentence that opens with
// its date ("In October 2023, ..."): a year later in it ("the worst since 2015") dates
// nothing the toll is of.
std::string pastEventBefore(const TextLayer& layer, std::size_t si, const SentenceWords& words,
                            const std::string& articleDate) {
    static const std::set<std::string> kEvents = {"quake", "earthquake", "disaster", "storm", "flood",
                                                  "floods", "attack", "crash", "cyclone", "hurricane",
                                                  "fire", "tsunami", "tragedy", "outbreak"};
    std::size_t k = 0;
    while (k < words.size() && words.punct[k]) ++k;
    if (k >= words.size()) return {};
    const std::string& w = words.words[k];
    const bool anaphor = w == "it" || ((w == "that" || w == "this" || w == "the") && k + 1 < words.size() &&
                                       kEvents.count(words.words[k + 1]));
    // "In October 2023, a quake struck ... The death toll was ...": the toll of the event
    // the sentence before opens by dating.
    auto tollAt = [&](std::size_t i) {
        return i < words.size() && (words.words[i] == "toll" ||
                                    (words.words[i] == "death" && i + 1 < words.size() && words.words[i + 1] == "toll"));
    };
    const bool toll = w == "the" && tollAt(k + 1);
    if ((!anaphor && !toll) || si == 0 || !layer.isContent(layer.sentences()[si - 1])) return {};
    const SentenceWords before = sentenceWords(layer, layer.sentences()[si - 1]);
    constexpr std::size_t kOpening = 4;  // "In October 2023 ,"
    std::size_t seen = 0;
    for (std::size_t i = 0; i < before.size(); ++i) {
        const std::string& word = before.words[i];
        if (!before.punct[i]) ++seen;
        if (toll && (seen > kOpening || before.words[0] != "in")) break;
        if (word.size() != 4 || !std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c); })) {
            continue;
        }
        if (word >= "1800" && word <= "2100" && endedYearBefore(word + "-12-31", articleDate)) return word;
    }
    return {};
}

// "A third person has died", "the fifth victim was found": an ordinal word after "a" or
// "the" and before a noun of the dead counts the toll that death brings it to. Each such
// ordinal, as a numeral of its own (spelled, so it reads like "three"). One pass over the
// sentence's words.
std::vector<NumberMatch> tollOrdinals(std::string_view text) {
    static const std::map<std::string, int, std::less<>> kOrdinals = {
        {"second", 2},      {"third", 3},       {"fourth", 4},     {"fifth", 5},
        {"sixth", 6},       {"seventh", 7},     {"eighth", 8},     {"ninth", 9},
        {"tenth", 10},      {"eleventh", 11},   {"twelfth", 12},   {"thirteenth", 13},
        {"fourteenth", 14}, {"fifteenth", 15},  {"sixteenth", 16}, {"seventeenth", 17},
        {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20}};
    static const std::set<std::string, std::less<>> kDead = {"person", "victim", "death", "fatality",
                                                             "body"};
    struct Word {
        std::size_t begin, end;
    };
    std::vector<Word> words;
    for (std::size_t i = 0; i < text.size();) {
        if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        std::size_t e = i;
        while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
        words.push_back({i, e});
        i = e;
    }
    // Words are folded only where an ordinal may be: most sentences have none.
    auto lower = [&](const Word& w) { return foldCase(text.substr(w.begin, w.end - w.begin)); };
    constexpr std::size_t kShortest = 5, kLongest = 11;  // "third", "seventeenth"
    std::vector<NumberMatch> found;
    for (std::size_t k = 1; k + 1 < words.size(); ++k) {
        const std::size_t length = words[k].end - words[k].begin;
        if (length < kShortest || length > kLongest) continue;
        const auto ordinal = kOrdinals.find(lower(words[k]));
        if (ordinal == kOrdinals.end() || !kDead.count(lower(words[k + 1]))) continue;
        if (const std::string before = lower(words[k - 1]); before != "a" && before != "the") continue;
        // Only spaces between the three words.
        if (text.substr(words[k - 1].end, words[k].begin - words[k - 1].end) != " " ||
            text.substr(words[k].end, words[k + 1].begin - words[k].end) != " ") {
            continue;
        }
        NumberMatch n;
        n.low = n.high = ordinal->second;
        n.spelled = true;
        n.begin = words[k].begin;
        n.end = words[k].end;
        found.push_back(n);
    }
    return found;
}

}  // namespace

std::vector<FigureMention> findFigureMentions(const TextLayer& layer, const Article& article) {
    std::vector<FigureMention> found;
    const auto& sentences = layer.sentences();
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const Sentence& sentence = sentences[si];
        if (!layer.isContent(sentence)) continue;
        const std::string_view text = layer.text().substr(
            sentence.span.begin, sentence.span.end - sentence.span.begin);
        std::vector<NumberMatch> numbers;
        for (const NumberMatch& n : findNumbers(text)) {
            for (const NumberMatch& part : splitChange(text, n)) numbers.push_back(part);
        }
        for (const NumberMatch& n : tollOrdinals(text)) numbers.push_back(n);
        std::sort(numbers.begin(), numbers.end(),
                  [](const NumberMatch& a, const NumberMatch& b) { return a.begin < b.begin; });
        if (numbers.empty()) continue;  // most sentences: nothing to read
        const SentenceWords words = sentenceWords(layer, sentence);
        const bool heading = layer.paragraphOf(sentence).kind == ParagraphKind::Heading;
        SentenceReader reader(words, article.date, heading);
        std::optional<std::size_t> previous;  // an index: `found` may reallocate
        std::vector<bool> counts(numbers.size());
        for (std::size_t k = 0; k < numbers.size(); ++k) {
            // Beyond a trillion a numeral is no count of people or things (and would not
            // fit the graph's integers).
            counts[k] = !isNotAFigure(text, numbers[k]) && numbers[k].high <= 1e12;
            if (counts[k]) {
                reader.markCounted(words.wordAt(sentence.span.begin + numbers[k].begin),
                                   words.wordEndAt(sentence.span.begin + numbers[k].end));
            }
        }
        for (std::size_t k = 0; k < numbers.size(); ++k) {
            const NumberMatch& n = numbers[k];
            if (!counts[k]) continue;
            const auto begin = static_cast<std::uint32_t>(sentence.span.begin + n.begin);
            const auto end = static_cast<std::uint32_t>(sentence.span.begin + n.end);
            const std::size_t first = words.wordAt(begin);
            const std::size_t last = words.wordEndAt(end);
            if (first >= words.size() || last == 0 || reader.isNameNumeral(first)) continue;
            const FigureMention* earlier = !previous && !found.empty() ? &found.back() : nullptr;
            FigureMention m =
                reader.read(first, last - 1, previous ? &found[*previous] : nullptr, earlier);
            if (m.projected) continue;  // expected, not reported
            // "1,293 deaths in Al Haouz, 452 in Taroudant and 41 in Ouarzazate": a
            // breakdown by place, each item a part of the whole, the first one too.
            if (m.listsOn && previous && !m.locative.empty() && !found[*previous].locative.empty()) {
                if (m.fact.part.empty() || m.fact.part == "part") m.fact.part = m.locative;
                FigureFact& head = found[*previous].fact;
                if (head.part.empty()) head.part = found[*previous].locative;
            }
            if (n.isRange) {
                m.fact.low = graph::Value(static_cast<std::int64_t>(n.low));
                m.fact.high = graph::Value(static_cast<std::int64_t>(n.high));
            } else {
                m.fact.value = graph::Value(static_cast<std::int64_t>(n.low));
            }
            m.fact.mentions.push_back({begin, end});
            m.fact.sentence = layer.display(sentence.span);
            m.fact.sentenceSpan = sentence.span;
            m.sentence = si;
            m.paragraph = sentence.paragraph;
            m.heading = heading;
            m.historical = m.fact.when != "present" && foldCase(m.fact.when).rfind("since", 0) != 0 &&
                           endedYearBefore(m.fact.whenEnd, article.date);
            if (m.fact.when == "present") {
                if (std::string year = pastEventBefore(layer, si, words, article.date); !year.empty()) {
                    m.fact.when = year;
                    m.fact.whenBegin = year + "-01-01";
                    m.fact.whenEnd = year + "-12-31";
                    m.historical = true;
                }
            }
            found.push_back(std::move(m));
            previous = found.size() - 1;
        }
    }
    // "103 were killed ... Another 141 people were wounded": "another" adds to a count of
    // another measure, so no count of its own measure stands for it to add to; the 141
    // is the wounded's whole count.
    for (FigureMention& m : found) {
        if (!m.fact.increment || m.fact.mentions.empty()) continue;
        const std::string_view text = layer.text();
        std::size_t end = m.fact.mentions.front().begin;
        while (end > 0 && text[end - 1] == ' ') --end;
        std::size_t begin = end;
        while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
        if (foldCase(std::string(text.substr(begin, end - begin))) != "another") continue;
        const bool sameMeasure = std::any_of(found.begin(), found.end(), [&](const FigureMention& o) {
            return &o != &m && o.fact.measure == m.fact.measure;
        });
        if (!sameMeasure) m.fact.increment = false;
    }
    // Bodies recovered are a count of their own beside a larger death toll ("233 killed
    // ... 120 bodies have been recovered"); where no larger toll stands beside them they
    // are the toll ("At least 78 bodies have been found").
    for (FigureMention& m : found) {
        if (!m.bodiesRecovered) continue;
        const bool largerToll = std::any_of(found.begin(), found.end(), [&](const FigureMention& o) {
            return o.fact.measure == "killed" && o.fact.value.isInt() && m.fact.value.isInt() &&
                   o.fact.value.asInt() > m.fact.value.asInt();
        });
        if (!largerToll) m.fact.measure = "killed";
    }
    return found;
}

}  // namespace newsgraph::parser
