#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "parser/text/sentence_words.h"

namespace newsgraph::parser {

// A time expression in a sentence: "on Tuesday", "in April", "last week", "since last
// fall", "earlier this year", "two weeks earlier", "in 2024". See docs/extraction.md, "Time".
struct TimeExpression {
    std::size_t begin = 0;  // word indexes [begin, end) in the sentence
    std::size_t end = 0;
    std::string words;     // as written, without a leading "in"/"on"/"during"
    bool present = false;  // the article's own time: weekdays, "now", "so far", "today"
    bool since = false;    // "since ...": a running total up to the article's time
    bool period = false;   // "over the weekend", "in the past 24 hours": one period's count
    bool samePeriod = false;  // "within the same period": whatever period was named before
    // The interval it names, as ISO dates, when the article date is known; else empty.
    std::string isoBegin;
    std::string isoEnd;
    // For `since`: the end of the time it starts from ("since 2014": 2014-12-31), else empty.
    std::string startIsoEnd;
};

// Every time expression in the sentence, left to right. `articleDate` is ISO
// (YYYY-MM-DD) or empty; relative expressions are normalised against it when given.
std::vector<TimeExpression> findTimeExpressions(const SentenceWords& sentence,
                                                const std::string& articleDate);

// A month's index (0-11) from its lower-case name or abbreviation ("feb", "feb.", "sept"),
// else -1. The one list of month names the parser's stages share.
int monthIndex(const std::string& word);

// Whether a lower-case word is a month's full name ("march", not "mar").
bool isMonthName(const std::string& word);

// Whether a lower-case word is a day of the week.
bool isWeekday(const std::string& word);

// Whether an interval ending on `isoEnd` ended over a year before `articleDate` (both
// ISO): a past incident recalled for comparison, not the story's own time. False when
// either date is unknown or malformed.
bool endedYearBefore(const std::string& isoEnd, const std::string& articleDate);

// Whether an interval ending on `isoEnd` lies in an earlier calendar year than
// `articleDate` and ended at least `days` days before it ("240 died last year", in a June
// report): another year's count. False when either date is unknown or malformed.
bool inEarlierYear(const std::string& isoEnd, const std::string& articleDate, long days);

// Days since 1970-01-01 of an ISO date ("2024-06-18"), or none when malformed.
std::optional<long> dayNumber(const std::string& iso);

// Normalises one expression's words (lower case, e.g. "last week") against an ISO date;
// returns false when they cannot be placed in time.
bool normaliseTime(const std::vector<std::string>& words, const std::string& articleDate,
                   std::string& isoBegin, std::string& isoEnd);

}  // namespace newsgraph::parser
