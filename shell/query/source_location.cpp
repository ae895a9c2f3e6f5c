#include "shell/query/source_location.h"

#include <algorithm>
#include <cctype>

#include "graph/edit_distance.h"

namespace newsgraph::query {

namespace {

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::size_t codePoints(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return !isContinuationByte(c); }));
}

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

LineColumn lineColumnOf(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    LineColumn where;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++where.line;
            lineStart = i + 1;
        }
    }
    where.column = codePoints(text.substr(lineStart, offset - lineStart)) + 1;
    return where;
}

std::string caretLines(std::string_view text, SourceSpan span, std::size_t maxWidth) {
    std::size_t begin = std::min(span.begin, text.size());
    std::size_t lineStart = 0;
    if (begin > 0) {
        auto nl = text.rfind('\n', begin - 1);
        lineStart = nl == std::string_view::npos ? 0 : nl + 1;
    }
    std::size_t lineEnd = text.find('\n', begin);
    if (lineEnd == std::string_view::npos) lineEnd = text.size();
    std::size_t end = std::clamp(span.end, begin, lineEnd);

    std::string_view line = text.substr(lineStart, lineEnd - lineStart);
    std::size_t padding = codePoints(text.substr(lineStart, begin - lineStart));
    std::size_t width = std::max<std::size_t>(1, codePoints(text.substr(begin, end - begin)));

    std::string shown(line);
    std::string prefix;
    if (codePoints(line) > maxWidth && padding > maxWidth / 2) {
        // Keep the error in view: drop whole code points from the left.
        std::size_t drop = padding - maxWidth / 2;
        std::size_t byte = 0;
        for (std::size_t seen = 0; byte < shown.size() && seen < drop; ++byte) {
            if (!isContinuationByte(shown[byte]) && byte > 0) ++seen;
        }
        while (byte < shown.size() && isContinuationByte(shown[byte])) ++byte;
        shown = "..." + shown.substr(byte);
        padding = padding - codePoints(line.substr(0, byte)) + 3;
    }
    if (codePoints(shown) > maxWidth) {
        std::size_t keep = 0;
        for (std::size_t seen = 0; keep < shown.size(); ++keep) {
            if (!isContinuationByte(shown[keep]) && ++seen > maxWidth) break;
        }
        shown = shown.substr(0, keep) + "...";
    }
    return shown + "\n" + std::string(padding, ' ') + std::string(width, '^') + "\n";
}

std::string nearestName(std::string_view name, const std::vector<std::string>& candidates) {
    const std::string lowerName = lowerAscii(name);
    std::string best;
    std::size_t bestDistance = std::max<std::size_t>(2, name.size() / 3) + 1;
    for (const auto& candidate : candidates) {
        std::size_t d = graph::editDistance(lowerName, lowerAscii(candidate));
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

}  // namespace newsgraph::query
