#include "parser/time/time_expression.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cctype>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>

#include "parser/text/lexicon.h"

namespace newsgraph::parser {

namespace {

namespace chr = std::chrono;

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {"sunday",   "monday", "tuesday", "wednesday",
                                                  "thursday", "friday", "saturday"};
constexpr std::array<std::string_view, 5> kSeasons = {"spring", "summer", "fall", "autumn", "winter"};
constexpr std::array<std::string_view, 6> kUnits = {"day", "days", "week", "weeks", "month", "months"};

// Views, not C strings: a comparison of unequal lengths stops at the length, and most
// words this is asked about have none of these names' lengths.
template <std::size_t N>
int indexIn(const std::array<std::string_view, N>& names, std::string_view word) {
    for (std::size_t i = 0; i < N; ++i) {
        if (word == names[i]) return static_cast<int>(i);
    }
    return -1;
}

bool isAbbreviatedMonth(const std::string& word) {
    return !isMonthName(word) && monthIndex(word) >= 0;
}

bool isYear(const std::string& word) {
    if (word.size() != 4) return false;
    for (char c : word) {
        if (c < '0' || c > '9') return false;
    }
    const int y = std::stoi(word);
    return y >= 1900 && y <= 2100;
}

bool isDayNumber(const std::string& word) {
    if (word.empty() || word.size() > 2) return false;
    for (char c : word) {
        if (c < '0' || c > '9') return false;
    }
    return std::stoi(word) >= 1 && std::stoi(word) <= 31;
}

bool parseIso(const std::string& iso, chr::year_month_day& out) {
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    if (std::sscanf(iso.c_str(), "%d-%u-%u", &y, &m, &d) != 3) return false;
    out = chr::year_month_day{chr::year{y}, chr::month{m}, chr::day{d}};
    return out.ok();
}

std::string iso(chr::year_month_day date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

std::string iso(chr::sys_days days) { return iso(chr::year_month_day{days}); }

void monthInterval(int year, unsigned month, std::string& b, std::string& e) {
    const chr::year_month ym{chr::year{year}, chr::month{month}};
    b = iso(chr::year_month_day{ym / 1});
    e = iso(chr::year_month_day{ym / chr::last});
}

// The season's months; winter starts in December of the year before.
void seasonInterval(int season, int year, std::string& b, std::string& e) {
    static constexpr std::array<unsigned, 5> kFirst = {3, 6, 9, 9, 12};
    const unsigned first = kFirst[season];
    const int firstYear = first == 12 ? year - 1 : year;
    const chr::year_month start{chr::year{firstYear}, chr::month{first}};
    const chr::year_month last = start + chr::months{2};
    b = iso(chr::year_month_day{start / 1});
    e = iso(chr::year_month_day{last / chr::last});
}

// "over the weekend", "over the past week", "in the past 24 hours", "in the last three
// days", "within the same period", "overnight", and rates ("1,000 troops a day", "per week"): the end of such a
// period phrase starting at i, else i.
std::size_t periodEnd(const std::vector<std::string>& w, std::size_t i) {
    if (w[i] == "overnight") {
        // "with overnight temperatures", "the overnight lows": an adjective, not a period.
        static const std::set<std::string> kBefore = {"with", "the", "an", "its", "their", "of"};
        return i > 0 && kBefore.count(w[i - 1]) ? i : i + 1;
    }
    if ((w[i] == "a" || w[i] == "per" || w[i] == "each" || w[i] == "every") && i + 1 < w.size() &&
        (w[i + 1] == "day" || w[i + 1] == "week" || w[i + 1] == "month" || w[i + 1] == "year" ||
         w[i + 1] == "hour")) {
        // "a day earlier", "a week ago" name a time, not a rate.
        const bool time = i + 2 < w.size() &&
                          (w[i + 2] == "earlier" || w[i + 2] == "later" || w[i + 2] == "ago" ||
                           w[i + 2] == "before" || w[i + 2] == "after");
        return time ? i : i + 2;
    }
    if (w[i] != "over" && w[i] != "in" && w[i] != "during" && w[i] != "within") return i;
    std::size_t j = i + 1;
    if (j < w.size() && w[j] == "the") ++j;
    if (j < w.size() && w[j] == "weekend") return j + 1;
    // "within the same period", "in the same 24 hours": the period just named.
    if (j + 1 < w.size() && w[j] == "same" &&
        (w[j + 1] == "period" || indexIn(kUnits, w[j + 1]) >= 0)) {
        return j + 2;
    }
    if (j + 2 < w.size() && w[j] == "same" && w[j + 2] == "hours") return j + 3;
    if (j >= w.size() || (w[j] != "past" && w[j] != "last" && w[j] != "previous")) return i;
    ++j;
    if (j < w.size() && indexIn(kUnits, w[j]) >= 0) return j + 1;
    if (j + 1 < w.size() && (indexIn(kUnits, w[j + 1]) >= 0 || w[j + 1] == "hours")) return j + 2;
    return i;
}

}  // namespace

bool normaliseTime(const std::vector<std::string>& w, const std::string& articleDate,
                   std::string& b, std::string& e) {
    chr::year_month_day date;
    if (w.empty() || !parseIso(articleDate, date)) return false;
    const chr::sys_days today{date};
    const int year = static_cast<int>(date.year());
    const unsigned month = static_cast<unsigned>(date.month());
    const std::string& head = w.front();
    if (head == "since") {
        std::string ib;
        std::string ie;
        if (!normaliseTime({w.begin() + 1, w.end()}, articleDate, ib, ie)) return false;
        b = ib;
        e = iso(today);
        return true;
    }
    if (int wd = indexIn(kWeekdays, w.back()); wd >= 0) {
        const chr::weekday target{static_cast<unsigned>(wd)};
        const auto back = (chr::weekday{today} - target).count();
        b = e = iso(today - chr::days{back});
        return true;
    }
    if (head == "today" || head == "now" || head == "so" || head == "currently") {
        b = e = iso(today);
        return true;
    }
    if (head == "yesterday") {
        b = e = iso(today - chr::days{1});
        return true;
    }
    const bool hasMonth = std::any_of(w.begin(), w.end(),
                                      [](const std::string& x) { return monthIndex(x) >= 0; });
    for (std::size_t i = 0; i < w.size() && !hasMonth; ++i) {
        if (isYear(w[i])) {
            b = w[i] + "-01-01";
            e = w[i] + "-12-31";
            return true;
        }
    }
    for (std::size_t at = 0; at < w.size(); ++at) {
        const int m = monthIndex(w[at]);
        if (m < 0) continue;
        unsigned day = 0;
        int y = 0;
        for (std::size_t k = at + 1; k < w.size(); ++k) {
            if (isDayNumber(w[k])) day = static_cast<unsigned>(std::stoi(w[k]));
            if (isYear(w[k])) y = std::stoi(w[k]);
        }
        if (at > 0 && isDayNumber(w[at - 1])) day = static_cast<unsigned>(std::stoi(w[at - 1]));
        if (y == 0) {
            y = static_cast<unsigned>(m + 1) > month || head == "last" ? year - 1 : year;
        }
        monthInterval(y, static_cast<unsigned>(m + 1), b, e);
        if (day > 0) {
            const chr::year_month_day d{chr::year{y}, chr::month{static_cast<unsigned>(m + 1)},
                                        chr::day{day}};
            if (d.ok()) b = e = iso(d);
        }
        return true;
    }
    if (int s = indexIn(kSeasons, w.back()); s >= 0) {
        int y = head == "last" ? year - 1 : year;
        if (head == "last" && s == 4 && month >= 3) y = year;
        seasonInterval(s, y, b, e);
        return true;
    }
    if (w.size() >= 2 && (w.back() == "week" || w.back() == "month" || w.back() == "year")) {
        const bool last = head == "last";
        if (w.back() == "week") {
            const auto monday = today - (chr::weekday{today} - chr::Monday);
            const auto start = last ? monday - chr::days{7} : monday;
            b = iso(start);
            e = iso(last ? start + chr::days{6} : today);
        } else if (w.back() == "month") {
            const chr::year_month ym = chr::year_month{date.year(), date.month()} -
                                       chr::months{last ? 1 : 0};
            b = iso(chr::year_month_day{ym / 1});
            e = last ? iso(chr::year_month_day{ym / chr::last}) : iso(today);
        } else {
            const int y = last ? year - 1 : year;
            b = std::to_string(y) + "-01-01";
            e = last ? std::to_string(y) + "-12-31" : iso(today);
        }
        return true;
    }
    if (w.size() >= 3 && (w.back() == "ago" || w.back() == "earlier" || w.back() == "before")) {
        const int unit = indexIn(kUnits, w[w.size() - 2]);
        if (unit < 0) return false;
        int n = 1;
        if (w[w.size() - 3] != "a") {
            static const std::array<std::string_view, 10> kSmall = {
                "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
            n = indexIn(kSmall, w[w.size() - 3]);
            if (n < 0) n = std::atoi(w[w.size() - 3].c_str());
        }
        if (n <= 0) return false;
        const int days = unit < 2 ? n : unit < 4 ? 7 * n : 30 * n;
        b = e = iso(today - chr::days{days});
        return true;
    }
    return false;
}

namespace {

// "from July 16 to Aug. 4", "between Aug. 5 and Aug. 6", "June 18-July 1": two dated
// expressions joined by "to", "through", "until", "-" (or "and" after "between") are one
// span, from the first's start to the second's end.
std::vector<TimeExpression> joinSpans(const SentenceWords& s, std::vector<TimeExpression> found) {
    std::vector<TimeExpression> out;
    for (std::size_t i = 0; i < found.size(); ++i) {
        TimeExpression t = found[i];
        if (i + 1 < found.size()) {
            const TimeExpression& next = found[i + 1];
            const std::string joint = next.begin == t.end + 1 ? s.words[t.end] : "";
            const bool between = t.begin > 0 && s.words[t.begin - 1] == "between";
            const bool from = t.begin > 0 && s.words[t.begin - 1] == "from";
            const bool joined = joint == "to" || joint == "through" || joint == "until" ||
                                joint == "-" || (joint == "and" && between);
            if (joined && !t.isoBegin.empty() && !next.isoEnd.empty() && !t.since && !next.since) {
                if (between || from) --t.begin;
                t.end = next.end;
                t.words.clear();
                for (std::size_t k = t.begin; k < t.end; ++k) {
                    if (s.punct[k] && s.words[k] != "-") continue;
                    t.words += (t.words.empty() ? "" : " ") + s.original[k];
                }
                t.isoEnd = next.isoEnd;
                t.present = false;
                t.period = false;
                ++i;
            }
        }
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace

std::vector<TimeExpression> findTimeExpressions(const SentenceWords& s,
                                                const std::string& articleDate) {
    const Lexicon& presentWords = Lexicon::get("time_words");
    // The words present phrases open with: most words open none, and need no lookups.
    static const std::set<std::string> kOpeners = [&] {
        std::set<std::string> out;
        for (const auto& entry : presentWords.entries()) out.insert(foldCase(entry.substr(0, entry.find(' '))));
        return out;
    }();
    std::vector<TimeExpression> found;
    const auto& w = s.words;
    std::size_t i = 0;
    while (i < w.size()) {
        std::size_t b = i;
        std::size_t e = i;
        bool present = false;
        // Present phrases ("so far", "this week") from the lexicon, longest first.
        const bool opener = kOpeners.count(w[i]) > 0;
        for (std::size_t n = std::min<std::size_t>(4, w.size() - i); opener && n >= 1 && e == b; --n) {
            std::string phrase;
            for (std::size_t k = 0; k < n; ++k) phrase += (k ? " " : "") + w[i + k];
            if (presentWords.contains(phrase)) {
                e = i + n;
                present = true;
            }
        }
        const bool modifier = w[i] == "last" || w[i] == "this" || w[i] == "next" ||
                              w[i] == "early" || w[i] == "late" || w[i] == "mid";
        const std::size_t j = modifier ? i + 1 : i;
        if (e == b && j < w.size()) {
            if (indexIn(kWeekdays, w[j]) >= 0) {
                e = j + 1;
                present = true;
            } else if (monthIndex(w[j]) >= 0 &&
                       (isAbbreviatedMonth(w[j])
                            // "Feb. 3", "Sept 12": an abbreviation only with its day ("Jan
                            // Egeland" is a name)
                            ? (w[j].back() == '.' ||
                               (j + 1 < w.size() && (w[j + 1] == "." || isDayNumber(w[j + 1]))))
                            : (w[j] != "may" || modifier || (i > 0 && w[i - 1] == "in")))) {
                e = j + 1;
                // "on 3 March": the day written before the month belongs to it.
                if (j == i && i > 0 && isDayNumber(w[i - 1]) &&
                    (found.empty() || found.back().end < i)) {
                    b = i - 1;
                }
                if (isAbbreviatedMonth(w[j]) && e < w.size() && w[e] == ".") ++e;
                if (e < w.size() && isDayNumber(w[e])) ++e;
                if (e < w.size() && w[e] == ",") ++e;
                if (e < w.size() && isYear(w[e])) {
                    ++e;
                } else if (e > j + 1 && w[e - 1] == ",") {
                    --e;
                }
            } else if (indexIn(kSeasons, w[j]) >= 0 && modifier) {
                e = j + 1;
            } else if (modifier && (w[j] == "week" || w[j] == "month" || w[j] == "year" ||
                                    w[j] == "weekend")) {
                e = j + 1;
            } else if (w[j] == "earlier" && j + 2 < w.size() && w[j + 1] == "this") {
                e = j + 3;
            } else if (isYear(w[j]) && (modifier || (i > 0 && (w[i - 1] == "in" || w[i - 1] == "of" ||
                                                               w[i - 1] == "since")))) {
                e = j + 1;
            } else if (j + 2 < w.size() && indexIn(kUnits, w[j + 1]) >= 0 &&
                       (w[j + 2] == "ago" || w[j + 2] == "earlier")) {
                e = j + 3;
            }
        }
        bool period = false;
        if (e == b) {
            e = periodEnd(w, i);
            period = e > b;
        }
        if (e == b) {
            ++i;
            continue;
        }
        TimeExpression t;
        t.period = period;
        t.samePeriod = period && std::find(w.begin() + b, w.begin() + e, "same") != w.begin() + e;
        t.present = present;
        t.begin = b;
        t.end = e;
        // "since last fall", "since the rains began in June", "since the city's takeover
        // by the Example Forces (EF) last month": a running total.
        // (A count between ends it: "since 304 people died when a ferry sank in 2014" is
        // no running total.)
        for (std::size_t k = b; k-- > 0 && k + 12 > b && !std::isdigit(static_cast<unsigned char>(w[k][0])) &&
                                (!s.punct[k] || w[k] == "(" || w[k] == ")" || w[k] == "'s");) {
            if (w[k] == "since") {
                t.since = true;
                t.begin = k;
                break;
            }
        }
        std::vector<std::string> lower;
        for (std::size_t k = t.begin; k < e; ++k) {
            if (s.punct[k]) continue;
            t.words += (t.words.empty() ? "" : " ") + s.original[k];
            lower.push_back(w[k]);
        }
        normaliseTime(lower, articleDate, t.isoBegin, t.isoEnd);
        if (t.since && lower.size() > 1) {
            std::string startBegin;
            normaliseTime({lower.begin() + 1, lower.end()}, articleDate, startBegin, t.startIsoEnd);
        }
        found.push_back(std::move(t));
        i = e;
    }
    return joinSpans(s, std::move(found));
}

bool endedYearBefore(const std::string& isoEnd, const std::string& articleDate) {
    if (isoEnd.size() < 10 || articleDate.size() < 10) return false;
    int year = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(articleDate[i]))) return false;
        year = year * 10 + (articleDate[i] - '0');
    }
    return isoEnd < std::to_string(year - 1) + articleDate.substr(4);
}

std::optional<long> dayNumber(const std::string& iso) {
    int y = 0;
    unsigned m = 0, d = 0;
    if (iso.size() < 10 || std::sscanf(iso.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!date.ok()) return std::nullopt;
    return std::chrono::sys_days{date}.time_since_epoch().count();
}

bool inEarlierYear(const std::string& isoEnd, const std::string& articleDate, long days) {
    const auto end = dayNumber(isoEnd);
    const auto article = dayNumber(articleDate);
    if (!end || !article) return false;
    return isoEnd.substr(0, 4) < articleDate.substr(0, 4) && *article - *end >= days;
}

int monthIndex(const std::string& written) {
    std::string_view word = written;
    if (word.size() > 3 && word.back() == '.') word.remove_suffix(1);
    const int full = indexIn(kMonths, word);
    if (full >= 0) return full;
    static constexpr std::array<std::string_view, 12> kShort = {"jan", "feb", "mar", "apr", "may", "jun",
                                                           "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word == "sept") return 8;
    return indexIn(kShort, word);
}

bool isMonthName(const std::string& word) { return indexIn(kMonths, word) >= 0; }

bool isWeekday(const std::string& word) { return indexIn(kWeekdays, word) >= 0; }

}  // namespace newsgraph::parser
