// The table form of a result, across or expanded, fitted to a width (see renderer.h).
#include <algorithm>

#include "shell/query/renderer.h"
#include "shell/query/text_width.h"

namespace newsgraph::query {

namespace {

// No column is narrowed below this when a table is fitted to the screen.
constexpr std::size_t kMinColumnWidth = 8;

// Control characters shown as escapes, so that a value stays on its line and its cell.
std::string escapeControls(const std::string& s) {
    if (s.find_first_of("\t\n\r") == std::string::npos) return s;
    std::string out;
    for (char c : s) {
        if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else out += c;
    }
    return out;
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string rowCount(const QueryResult& result) {
    std::string line = plural(result.rows.size(), "row", "rows");
    if (result.columns.empty()) line.clear();
    if (result.writes) {
        std::vector<std::string> parts;
        if (result.nodesCreated + result.relationshipsCreated > 0) {
            parts.push_back("created " + plural(result.nodesCreated, "node", "nodes") + ", " +
                            plural(result.relationshipsCreated, "relationship", "relationships"));
        }
        if (result.nodesDeleted + result.relationshipsDeleted > 0) {
            std::string deleted = "deleted ";
            if (result.nodesDeleted) deleted += plural(result.nodesDeleted, "node", "nodes");
            if (result.nodesDeleted && result.relationshipsDeleted) deleted += ", ";
            if (result.relationshipsDeleted) {
                deleted += plural(result.relationshipsDeleted, "relationship", "relationships");
            }
            parts.push_back(deleted);
        }
        auto add = [&](std::size_t n, const char* verb, const char* one, const char* many) {
            if (n) parts.push_back(std::string(verb) + " " + plural(n, one, many));
        };
        add(result.propertiesSet, "set", "property", "properties");
        add(result.propertiesRemoved, "removed", "property", "properties");
        add(result.labelsAdded, "added", "label", "labels");
        add(result.labelsRemoved, "removed", "label", "labels");
        std::string written;
        for (const auto& part : parts) written += (written.empty() ? "" : ", ") + part;
        if (written.empty()) written = result.onlyCreates ? "created nothing" : "changed nothing";
        line += (line.empty() ? "" : "; ") + written;
    }
    return line + "\n";
}

// The widths the columns get: their natural widths, the widest ones narrowed to a common
// cap (the largest that fits `maxWidth`) when the table would be wider than that.
std::vector<std::size_t> fittedWidths(std::vector<std::size_t> widths, std::size_t maxWidth) {
    auto total = [&](std::size_t cap) {
        std::size_t sum = 1;
        for (auto w : widths) sum += std::min(w, std::max(cap, std::min(w, kMinColumnWidth))) + 3;
        return sum;
    };
    const std::size_t widest = widths.empty() ? 0 : *std::max_element(widths.begin(), widths.end());
    if (maxWidth == 0 || total(widest) <= maxWidth) return widths;
    std::size_t low = kMinColumnWidth, high = widest;  // total(low) may still be too wide
    while (low < high) {
        const std::size_t mid = (low + high + 1) / 2;
        if (total(mid) <= maxWidth) low = mid;
        else high = mid - 1;
    }
    for (auto& w : widths) w = std::min(w, std::max(low, std::min(w, kMinColumnWidth)));
    return widths;
}

std::string padded(const std::string& text, std::size_t width) {
    const std::string cut = displayWidth(text) > width ? truncateToWidth(text, width) : text;
    return cut + std::string(width - displayWidth(cut), ' ');
}

std::string across(const std::vector<std::string>& header,
                   const std::vector<std::vector<std::string>>& cells, std::size_t maxWidth) {
    std::vector<std::size_t> widths;
    for (const auto& h : header) widths.push_back(displayWidth(h));
    for (const auto& row : cells) {
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    widths = fittedWidths(std::move(widths), maxWidth);
    auto line = [&](const std::vector<std::string>& values) {
        std::string s = "|";
        for (std::size_t c = 0; c < values.size(); ++c) s += " " + padded(values[c], widths[c]) + " |";
        return s + "\n";
    };
    std::string rule = "+";
    for (auto w : widths) rule += std::string(w + 2, '-') + "+";
    rule += "\n";
    std::string out = rule + line(header) + rule;
    for (const auto& row : cells) out += line(row);
    return out + rule;
}

std::string expanded(const std::vector<std::string>& header,
                     const std::vector<std::vector<std::string>>& cells) {
    std::size_t labelWidth = 0;
    for (const auto& h : header) labelWidth = std::max(labelWidth, displayWidth(h));
    std::string out;
    for (std::size_t r = 0; r < cells.size(); ++r) {
        const std::string title = "-[ RECORD " + std::to_string(r + 1) + " ]";
        out += title + std::string(title.size() < labelWidth + 3 ? labelWidth + 3 - title.size() : 0, '-') + "\n";
        for (std::size_t c = 0; c < header.size(); ++c) {
            out += padded(header[c], labelWidth) + " | " + cells[r][c] + "\n";
        }
    }
    return out;
}

}  // namespace

std::string renderTable(const QueryResult& result, const RenderOptions& options) {
    if (result.columns.empty()) return rowCount(result);
    const graph::PropertyGraph& g = *result.graph;
    std::vector<std::string> header;
    for (const auto& c : result.columns) header.push_back(escapeControls(c));
    std::vector<std::vector<std::string>> cells;
    for (const auto& row : result.rows) {
        cells.emplace_back();
        for (const auto& value : row) cells.back().push_back(escapeControls(displayValue(value, g)));
    }
    const std::string body = options.expanded ? expanded(header, cells)
                                              : across(header, cells, options.maxWidth);
    return body + rowCount(result);
}

}  // namespace newsgraph::query
