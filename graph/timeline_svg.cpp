#include "graph/timeline_svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <sstream>

#include "graph/display_label.h"

namespace newsgraph::graph {

namespace {

constexpr double kWidth = 960, kHeight = 540;
constexpr double kLeft = 90, kRight = 250, kTop = 70, kBottom = 80;
constexpr double kPlotRight = kWidth - kRight, kPlotBottom = kHeight - kBottom;
// Colour-blind-safe palette (Okabe-Ito), then grey for a figure no source is named for.
const char* const kPalette[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                "#E69F00", "#56B4E9", "#000000", "#F0E442"};
const char* const kNoSource = "#999999";
const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default:
                // Control characters are not allowed in XML 1.0.
                if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') {
                    out += ' ';
                } else {
                    out += c;
                }
        }
    }
    return out;
}

std::string num(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", x);
    return buffer;
}

// Days since 1970-01-01 of an ISO date, or nullopt.
std::optional<long> dayOf(const std::string& iso) {
    int y = 0;
    unsigned m = 0, d = 0;
    if (iso.size() < 10 || std::sscanf(iso.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3 || m < 1 || m > 12 ||
        d < 1 || d > 31) {
        return std::nullopt;
    }
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string dateLabel(long day) {
    const long z = day + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const long y = static_cast<long>(yoe) + era * 400 + (m <= 2);
    return std::to_string(d) + " " + kMonths[m - 1] + " " + std::to_string(y);
}

std::string qualifierSymbol(const std::string& q) {
    if (q == "approximately") return "\u2248";
    if (q == "at least") return "\u2265";
    if (q == "at most") return "\u2264";
    return "";
}

std::string valueText(const TimelineEntry& e) {
    const auto count = [](double x) { return formatCount(Value(static_cast<std::int64_t>(std::llround(x)))); };
    if (e.isRange) return count(e.low) + "\u2013" + count(e.high);
    return qualifierSymbol(e.qualifier) + count(e.low);
}

// A mark of the qualifier's shape centred on (x, y).
std::string shape(const std::string& qualifier, double x, double y, const std::string& colour) {
    const double r = 6;
    std::ostringstream s;
    const std::string style = " fill=\"" + colour + "\" stroke=\"#ffffff\" stroke-width=\"1.5\"";
    if (qualifier == "approximately") {
        s << "<polygon points=\"" << num(x) << "," << num(y - r - 1) << " " << num(x + r + 1) << "," << num(y) << " "
          << num(x) << "," << num(y + r + 1) << " " << num(x - r - 1) << "," << num(y) << "\"" << style << "/>";
    } else if (qualifier == "at least") {
        s << "<polygon points=\"" << num(x) << "," << num(y - r - 1) << " " << num(x + r + 1) << "," << num(y + r)
          << " " << num(x - r - 1) << "," << num(y + r) << "\"" << style << "/>";
    } else if (qualifier == "at most") {
        s << "<polygon points=\"" << num(x) << "," << num(y + r + 1) << " " << num(x + r + 1) << "," << num(y - r)
          << " " << num(x - r - 1) << "," << num(y - r) << "\"" << style << "/>";
    } else if (qualifier == "exact" || qualifier.empty()) {
        s << "<circle cx=\"" << num(x) << "\" cy=\"" << num(y) << "\" r=\"" << num(r) << "\"" << style << "/>";
    } else {
        s << "<rect x=\"" << num(x - r) << "\" y=\"" << num(y - r) << "\" width=\"" << num(2 * r) << "\" height=\""
          << num(2 * r) << "\"" << style << "/>";
    }
    return s.str();
}

// Round steps for a linear axis up to `top`: 1, 2 or 5 times a power of ten.
double niceStep(double top, int ticks) {
    const double raw = top / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= f * power) return f * power;
    }
    return 10 * power;
}

}  // namespace

std::string renderTimelineSvg(const Timeline& t) {
    std::ostringstream svg;
    const auto& entries = t.entries;
    // The sources that give most figures, one colour each (as many as the palette has,
    // less one for all the others), in order of first appearance among those.
    constexpr std::size_t kColours = sizeof kPalette / sizeof *kPalette - 1;
    std::vector<std::string> sources;  // first appearance
    std::map<std::string, std::size_t> figuresOf;
    for (const auto& e : entries) {
        if (e.reporters.empty()) continue;
        if (figuresOf[e.reporters.front()]++ == 0) sources.push_back(e.reporters.front());
    }
    if (sources.size() > kColours) {
        std::vector<std::string> ranked = sources;
        std::stable_sort(ranked.begin(), ranked.end(),
                         [&](const std::string& a, const std::string& b) { return figuresOf[a] > figuresOf[b]; });
        ranked.resize(kColours);
        std::erase_if(sources, [&](const std::string& s) { return std::find(ranked.begin(), ranked.end(), s) == ranked.end(); });
    }
    const bool others = figuresOf.size() > sources.size();
    const char* const kOtherSources = "#555555";
    auto colourOf = [&](const TimelineEntry& e) -> std::string {
        if (e.reporters.empty()) return kNoSource;
        const auto at = std::find(sources.begin(), sources.end(), e.reporters.front());
        if (at == sources.end()) return kOtherSources;
        return kPalette[static_cast<std::size_t>(at - sources.begin())];
    };

    // The date axis, with the undated column after it.
    std::vector<std::optional<long>> days;
    long first = 0, last = 0;
    bool anyDated = false;
    std::size_t undated = 0;
    for (const auto& e : entries) {
        days.push_back(dayOf(e.date));
        if (days.back()) {
            first = anyDated ? std::min(first, *days.back()) : *days.back();
            last = anyDated ? std::max(last, *days.back()) : *days.back();
            anyDated = true;
        } else {
            ++undated;
        }
    }
    if (anyDated && first == last) --first, ++last;
    const double undatedWidth = undated ? std::min(160.0, 40.0 + 24.0 * static_cast<double>(undated)) : 0;
    const double datedRight = kPlotRight - (undated ? undatedWidth + 20 : 0);
    auto xOfDay = [&](long day) {
        return kLeft + 20 + (datedRight - kLeft - 40) * static_cast<double>(day - first) / static_cast<double>(last - first);
    };

    // The value axis.
    double lo = 0, hi = 0;
    bool anyValue = false;
    for (const auto& e : entries) {
        lo = anyValue ? std::min(lo, e.low) : e.low;
        hi = anyValue ? std::max(hi, e.high) : e.high;
        anyValue = true;
    }
    const bool logScale = anyValue && lo > 0 && hi / lo > 50;
    double axisLo = 0, axisHi = 1;
    if (logScale) {
        axisLo = std::pow(10.0, std::floor(std::log10(lo)));
        axisHi = std::pow(10.0, std::ceil(std::log10(hi)));
        if (axisHi <= axisLo) axisHi = axisLo * 10;
    } else if (anyValue && hi > 0) {
        const double step = niceStep(hi, 5);
        axisHi = std::ceil(hi * 1.05 / step) * step;
    }
    auto yOf = [&](double v) {
        if (logScale) {
            const double f = (std::log10(std::max(v, axisLo)) - std::log10(axisLo)) / (std::log10(axisHi) - std::log10(axisLo));
            return kPlotBottom - f * (kPlotBottom - kTop);
        }
        return kPlotBottom - (v - axisLo) / (axisHi - axisLo) * (kPlotBottom - kTop);
    };

    std::vector<double> xs(entries.size()), ys(entries.size());
    std::size_t undatedSeen = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (days[i]) {
            xs[i] = xOfDay(*days[i]);
        } else {
            const double slot = undatedWidth / static_cast<double>(undated + 1);
            xs[i] = datedRight + 20 + slot * static_cast<double>(++undatedSeen);
        }
        ys[i] = yOf(entries[i].isRange ? (entries[i].low + entries[i].high) / 2 : entries[i].low);
    }
    // Marks of one date side by side rather than on top of each other.
    for (std::size_t i = 0; i < entries.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (std::abs(xs[j] - xs[i]) < 1 && std::abs(ys[j] - ys[i]) < 14) xs[i] += 14;
        }
    }

    const std::string title = "Estimates of \u201c" + t.measure + "\u201d" +
                              (t.filter.empty() ? "" : " about \u201c" + t.filter + "\u201d") + ": " +
                              std::to_string(entries.size()) + " figure" + (entries.size() == 1 ? "" : "s");
    svg << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" << kWidth << "\" height=\""
        << kHeight << "\" viewBox=\"0 0 " << kWidth << " " << kHeight << "\" font-family=\"Helvetica, Arial, sans-serif\">\n"
        << "<title>" << escape(title) << "</title>\n"
        << "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" "
           "orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#777777\"/></marker></defs>\n"
        << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        << "<text x=\"" << kLeft << "\" y=\"36\" font-size=\"20\" font-weight=\"bold\" fill=\"#222222\">" << escape(title)
        << "</text>\n";

    // Axes, gridlines and ticks.
    svg << "<g font-size=\"12\" fill=\"#555555\">\n";
    std::vector<double> ticks;
    if (logScale) {
        for (double v = axisLo; v <= axisHi * 1.0001; v *= 10) ticks.push_back(v);
    } else {
        const double step = niceStep(axisHi, 5);
        for (double v = 0; v <= axisHi + step / 2; v += step) ticks.push_back(v);
    }
    for (double v : ticks) {
        const double y = yOf(v);
        svg << "<line x1=\"" << kLeft << "\" y1=\"" << num(y) << "\" x2=\"" << kPlotRight << "\" y2=\"" << num(y)
            << "\" stroke=\"#e5e5e5\"/>"
            << "<text x=\"" << kLeft - 8 << "\" y=\"" << num(y + 4) << "\" text-anchor=\"end\">"
            << escape(formatCount(Value(static_cast<std::int64_t>(std::llround(v))))) << "</text>\n";
    }
    svg << "<line x1=\"" << kLeft << "\" y1=\"" << kPlotBottom << "\" x2=\"" << kPlotRight << "\" y2=\"" << kPlotBottom
        << "\" stroke=\"#888888\"/>\n";
    if (anyDated) {
        const int count = static_cast<int>(std::min<long>(5, last - first));
        for (int k = 0; k <= count; ++k) {
            const long day = first + (last - first) * k / std::max(count, 1);
            const double x = xOfDay(day);
            svg << "<line x1=\"" << num(x) << "\" y1=\"" << kPlotBottom << "\" x2=\"" << num(x) << "\" y2=\""
                << kPlotBottom + 5 << "\" stroke=\"#888888\"/>"
                << "<text x=\"" << num(x) << "\" y=\"" << kPlotBottom + 20 << "\" text-anchor=\"middle\">"
                << escape(dateLabel(day)) << "</text>\n";
        }
    }
    if (undated) {
        svg << "<rect x=\"" << num(datedRight + 20) << "\" y=\"" << kTop << "\" width=\"" << num(undatedWidth)
            << "\" height=\"" << kPlotBottom - kTop << "\" fill=\"#f4f4f4\"/>"
            << "<text x=\"" << num(datedRight + 20 + undatedWidth / 2) << "\" y=\"" << kPlotBottom + 20
            << "\" text-anchor=\"middle\">undated</text>\n";
    }
    svg << "<text x=\"" << num((kLeft + kPlotRight) / 2) << "\" y=\"" << kHeight - 30
        << "\" text-anchor=\"middle\" font-size=\"13\">date the figure counts up to</text>\n"
        << "<text transform=\"translate(24," << num((kTop + kPlotBottom) / 2) << ") rotate(-90)\" text-anchor=\"middle\" "
        << "font-size=\"13\">" << escape(t.measure) << (logScale ? " (log scale)" : "") << "</text>\n"
        << "</g>\n";

    // SUPERSEDES: from the older estimate to the newer.
    svg << "<g stroke=\"#999999\" stroke-width=\"1.2\" fill=\"none\">\n";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        for (std::size_t older : entries[i].supersedes) {
            // Stop short of the newer mark so that the arrowhead shows.
            const double dx = xs[i] - xs[older], dy = ys[i] - ys[older];
            const double length = std::sqrt(dx * dx + dy * dy);
            if (length < 20) continue;
            const double cut = 10 / length;
            svg << "<line x1=\"" << num(xs[older] + dx * cut) << "\" y1=\"" << num(ys[older] + dy * cut) << "\" x2=\""
                << num(xs[i] - dx * cut) << "\" y2=\"" << num(ys[i] - dy * cut)
                << "\" stroke-dasharray=\"4 3\" marker-end=\"url(#arrow)\"/>\n";
        }
    }
    svg << "</g>\n";

    // The marks, each with its tooltip; a value label only where it overlaps no other
    // (the tooltip always has it).
    std::vector<std::pair<double, double>> labels;  // left, baseline of the labels drawn
    auto labelFits = [&](double x, double y, std::size_t chars) {
        const double width = 6.5 * static_cast<double>(chars);
        for (const auto& [lx0, ly0] : labels) {
            if (std::abs(ly0 - y) < 12 && x < lx0 + 60 && lx0 < x + width) return false;
        }
        return x + width < kWidth;
    };
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const TimelineEntry& e = entries[i];
        const std::string colour = colourOf(e);
        std::string tip = valueText(e) + " " + t.measure + (e.subject.empty() ? "" : " (" + e.subject + ")");
        tip += "\nsource: " + (e.reporters.empty() ? std::string("none named") : [&] {
                   std::string all;
                   for (const auto& r : e.reporters) all += (all.empty() ? "" : ", ") + r;
                   return all;
               }());
        tip += "\ndate: " + (e.date.empty() ? "undated (" + e.when + ")" : e.date);
        if (!e.places.empty()) tip += "\nwhere: " + e.places;
        tip += "\nin " + std::to_string(e.articles) + " article" + (e.articles == 1 ? "" : "s");
        if (!e.sentence.empty()) tip += "\n\u201c" + e.sentence + "\u201d";
        svg << "<g class=\"figure\"><title>" << escape(tip) << "</title>";
        if (e.isRange) {
            const double top = yOf(e.high), bottom = yOf(e.low);
            svg << "<line x1=\"" << num(xs[i]) << "\" y1=\"" << num(top) << "\" x2=\"" << num(xs[i]) << "\" y2=\""
                << num(bottom) << "\" stroke=\"" << colour << "\" stroke-width=\"3\"/>"
                << "<line x1=\"" << num(xs[i] - 5) << "\" y1=\"" << num(top) << "\" x2=\"" << num(xs[i] + 5)
                << "\" y2=\"" << num(top) << "\" stroke=\"" << colour << "\" stroke-width=\"2\"/>"
                << "<line x1=\"" << num(xs[i] - 5) << "\" y1=\"" << num(bottom) << "\" x2=\"" << num(xs[i] + 5)
                << "\" y2=\"" << num(bottom) << "\" stroke=\"" << colour << "\" stroke-width=\"2\"/>";
        }
        svg << shape(e.qualifier, xs[i], ys[i], colour);
        const std::string label = valueText(e);
        // Right of the mark, or left of it near the plot's right edge.
        const double width = 6.5 * static_cast<double>(label.size());
        const bool left = xs[i] + 9 + width > kPlotRight;
        const double lx0 = left ? xs[i] - 9 - width : xs[i] + 9;
        if (labelFits(lx0, ys[i] - 8, label.size())) {
            labels.emplace_back(lx0, ys[i] - 8);
            svg << "<text x=\"" << num(left ? xs[i] - 9 : xs[i] + 9) << "\" y=\"" << num(ys[i] - 8) << "\""
                << (left ? " text-anchor=\"end\"" : "") << " font-size=\"11\" fill=\"#333333\">" << escape(label)
                << "</text>";
        }
        svg << "</g>\n";
    }

    // Legends: the shapes, then the sources.
    const double lx = kPlotRight + 24;
    double ly = kTop + 4;
    svg << "<g font-size=\"12\" fill=\"#333333\">\n<text x=\"" << lx << "\" y=\"" << num(ly)
        << "\" font-weight=\"bold\">qualifier</text>\n";
    const std::pair<const char*, const char*> kinds[] = {
        {"exact", "exact"}, {"approximately", "approximately"}, {"at least", "at least"}, {"at most", "at most"}};
    for (const auto& [q, label] : kinds) {
        ly += 20;
        svg << shape(q, lx + 6, ly - 4, "#555555") << "<text x=\"" << lx + 20 << "\" y=\"" << num(ly) << "\">" << label
            << "</text>\n";
    }
    ly += 30;
    svg << "<text x=\"" << lx << "\" y=\"" << num(ly) << "\" font-weight=\"bold\">source</text>\n";
    auto legendEntry = [&](const std::string& colour, std::string name) {
        ly += 20;
        if (name.size() > 28) name = name.substr(0, 27) + "\u2026";
        svg << "<rect x=\"" << lx << "\" y=\"" << num(ly - 10) << "\" width=\"12\" height=\"12\" fill=\"" << colour
            << "\"/><text x=\"" << lx + 20 << "\" y=\"" << num(ly) << "\">" << escape(name) << "</text>\n";
    };
    for (std::size_t k = 0; k < sources.size(); ++k) legendEntry(kPalette[k], sources[k]);
    if (others) legendEntry(kOtherSources, std::to_string(figuresOf.size() - sources.size()) + " other sources");
    legendEntry(kNoSource, "no source named");
    ly += 30;
    svg << "<line x1=\"" << lx << "\" y1=\"" << num(ly - 4) << "\" x2=\"" << lx + 14 << "\" y2=\"" << num(ly - 4)
        << "\" stroke=\"#999999\" stroke-dasharray=\"4 3\" marker-end=\"url(#arrow)\"/><text x=\"" << lx + 20
        << "\" y=\"" << num(ly) << "\">supersedes (older \u2192 newer)</text>\n</g>\n</svg>\n";
    return svg.str();
}

}  // namespace newsgraph::graph
