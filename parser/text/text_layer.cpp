#include "parser/text/text_layer.h"

#include <algorithm>
#include <cctype>

#include "parser/text/lexicon.h"
#include "parser/text/utf8.h"

namespace newsgraph::parser {

namespace {

using utf8::decode;

char32_t at(std::string_view text, std::size_t pos, std::size_t& length) {
    if (pos >= text.size()) {
        length = 0;
        return 0;
    }
    return decode(text, pos, length);
}

char32_t at(std::string_view text, std::size_t pos) {
    std::size_t length;
    return at(text, pos, length);
}

bool startsWithUrl(std::string_view s) {
    const std::string head = foldCase(s.substr(0, 8));
    return head.rfind("http://", 0) == 0 || head.rfind("https://", 0) == 0 ||
           head.rfind("www.", 0) == 0;
}

// Characters a URL does not end with: they belong to the sentence around it.
constexpr std::string_view kUrlTrail = ".,;:!?)\"'";

bool isWordChar(char32_t c) { return utf8::isLetter(c) || utf8::isDigit(c); }

// Closing marks that stay with the sentence before them: quotes and brackets.
bool isCloser(const Token& t) {
    return t.kind == TokenKind::Punct &&
           (t.text == "\"" || t.text == "'" || t.text == ")" || t.text == "]" ||
            t.text == "\u201D" || t.text == "\u2019");
}

bool isBlank(std::string_view line) {
    for (std::size_t i = 0; i < line.size();) {
        std::size_t n;
        if (!utf8::isSpace(decode(line, i, n))) return false;
        i += n;
    }
    return true;
}

}  // namespace

bool Token::capitalised() const { return !text.empty() && utf8::isUpper(at(text, 0)); }

bool Token::allCaps() const {
    std::size_t letters = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n;
        char32_t c = decode(text, i, n);
        i += n;
        if (!utf8::isLetter(c)) continue;
        if (!utf8::isUpper(c)) return false;
        ++letters;
    }
    return letters >= 2;
}

bool Token::endsSentence() const {
    return kind == TokenKind::Punct && (text == "." || text == "?" || text == "!");
}

std::string foldTypography(std::string_view text) {
    // Most tokens and names are printable ASCII with single spaces inside: nothing to
    // fold, and no decoding.
    const bool plain = !text.empty() && text.front() != ' ' && text.back() != ' ' &&
                       std::all_of(text.begin(), text.end(), [](char c) { return c >= ' ' && c < 0x7F; }) &&
                       text.find("  ") == std::string_view::npos;
    if (plain) return std::string(text);
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n;
        char32_t c = decode(text, i, n);
        std::string_view raw = text.substr(i, n);
        i += n;
        if (utf8::isSpace(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        switch (c) {
            case 0x2018:
            case 0x2019:
            case 0x201B:
            case 0x2032:
                out += '\'';
                break;
            case 0x201C:
            case 0x201D:
            case 0x201E:
            case 0x2033:
            case 0x00AB:
            case 0x00BB:
                out += '"';
                break;
            case 0x2010:
            case 0x2011:
            case 0x2012:
            case 0x2013:
            case 0x2014:
            case 0x2212:
                out += '-';
                break;
            default:
                out += raw;
        }
    }
    return out;
}

TextLayer::TextLayer(std::string_view text) : text_(text) {
    cutParagraphs();
    classifyParagraphs();
}

// A list item is its own paragraph even inside a block without blank lines (key points,
// live-blog summaries).
bool isListItem(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const std::string_view rest = line.substr(i);
    for (std::string_view bullet : {"\u2022", "\u25AA", "\u25E6", "\u2023", "\u25CF", "- ", "* "}) {
        if (rest.starts_with(bullet)) return true;
    }
    return false;
}

void TextLayer::cutParagraphs() {
    struct Line {
        std::size_t begin, end;
        bool blank;
    };
    std::vector<Line> lines;
    for (std::size_t pos = 0; pos < text_.size();) {
        std::size_t end = text_.find_first_of("\r\n", pos);
        if (end == std::string_view::npos) end = text_.size();
        lines.push_back({pos, end, isBlank(text_.substr(pos, end - pos))});
        pos = end;
        if (pos < text_.size() && text_[pos] == '\r') ++pos;
        if (pos < text_.size() && text_[pos] == '\n') ++pos;
    }
    bool blankSeparated = false;
    for (std::size_t i = 1; i + 1 < lines.size(); ++i) blankSeparated |= lines[i].blank;
    // One line of prose is one paragraph, not a page of lines.
    std::size_t filled = 0;
    for (const auto& line : lines) filled += !line.blank;
    lineParagraphs_ = !blankSeparated && filled > 1;

    std::vector<Span> blocks;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].blank) continue;
        std::size_t last = i;
        if (blankSeparated) {
            while (last + 1 < lines.size() && !lines[last + 1].blank &&
                   !isListItem(text_.substr(lines[last + 1].begin,
                                            lines[last + 1].end - lines[last + 1].begin))) {
                ++last;
            }
        }
        blocks.push_back({static_cast<std::uint32_t>(lines[i].begin),
                          static_cast<std::uint32_t>(lines[last].end)});
        i = last;
    }
    for (Span block : blocks) {
        // Trim white space (no-break spaces too) off both ends of the block.
        std::size_t b = block.begin, e = block.end;
        while (b < e) {
            std::size_t n;
            if (!utf8::isSpace(decode(text_, b, n))) break;
            b += n;
        }
        while (e > b) {
            std::size_t start = e - 1;
            while (start > b && (static_cast<unsigned char>(text_[start]) & 0xC0) == 0x80) --start;
            std::size_t n;
            if (!utf8::isSpace(decode(text_, start, n))) break;
            e = start;
        }
        Paragraph paragraph;
        paragraph.span = {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
        paragraph.firstSentence = sentences_.size();
        const std::size_t firstToken = tokens_.size();
        tokenize(paragraph.span, tokens_);
        paragraphs_.push_back(paragraph);
        cutSentences(paragraphs_.size() - 1, firstToken, tokens_.size());
        paragraphs_.back().endSentence = sentences_.size();
    }
}

void TextLayer::tokenize(Span range, std::vector<Token>& out) const {
    const std::string_view t = text_;
    auto push = [&](std::size_t b, std::size_t e, TokenKind kind) {
        out.push_back({{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)},
                       kind,
                       t.substr(b, e - b)});
    };
    const std::size_t end = range.end;
    std::size_t i = range.begin;
    while (i < end) {
        std::size_t n;
        const char32_t c = decode(t.substr(0, end), i, n);
        if (utf8::isSpace(c)) {
            i += n;
            continue;
        }
        const std::size_t b = i;
        const std::string_view view = t.substr(0, end);
        if (startsWithUrl(t.substr(i, end - i))) {
            std::size_t m;
            while (i < end && !utf8::isSpace(at(view, i, m))) i += m;
            while (i > b + 1 && kUrlTrail.find(t[i - 1]) != std::string_view::npos) --i;
            push(b, i, TokenKind::Url);
            continue;
        }
        if (utf8::isDigit(c)) {
            ++i;
            while (i < end) {
                const char32_t d = at(view, i, n);
                if (utf8::isDigit(d)) {
                    i += n;
                } else if ((d == ',' || d == '.') && utf8::isDigit(at(view, i + 1))) {
                    i += 1;
                } else if (utf8::isLetter(d)) {
                    i += n;  // "240mm", "2nd": a unit or suffix glued to the number
                } else {
                    break;
                }
            }
            push(b, i, TokenKind::Number);
            continue;
        }
        if (utf8::isApostrophe(c) && !out.empty() && out.back().span.end == b &&
            (out.back().kind == TokenKind::Word || out.back().kind == TokenKind::Number) &&
            (at(view, i + n) == 's' || at(view, i + n) == 'S') &&
            !isWordChar(at(view, i + n + 1))) {
            i += n + 1;
            push(b, i, TokenKind::Possessive);
            continue;
        }
        if (!utf8::isLetter(c)) {
            i += n;
            push(b, i, TokenKind::Punct);
            continue;
        }
        std::size_t segment = i;  // start of the current dot-separated segment
        bool dotted = false;
        i += n;
        while (i < end) {
            std::size_t m;
            const char32_t d = at(view, i, m);
            if (isWordChar(d)) {
                i += m;
                continue;
            }
            std::size_t k;
            const char32_t next = at(view, i + m, k);
            if (utf8::isHyphen(d) && isWordChar(next)) {
                i += m;
                continue;
            }
            // "magnitude-7.6": a decimal point inside a word is no sentence's end.
            if ((d == '.' || d == ',') && i > b && t[i - 1] >= '0' && t[i - 1] <= '9' &&
                utf8::isDigit(next)) {
                i += m;
                continue;
            }
            if (utf8::isApostrophe(d) && utf8::isLetter(next) &&
                !((next == 's' || next == 'S') && !isWordChar(at(view, i + m + k)))) {
                i += m;  // O'Brien, don't
                continue;
            }
            // Dotted acronyms and abbreviations: "U.S.", "U.N.", "Ph.D.".
            if (d == '.' && i - segment <= 2 && utf8::isLetter(next)) {
                std::size_t j = i + 1;
                while (j < end && utf8::isLetter(at(view, j)) && j - (i + 1) < 2) ++j;
                if (at(view, j) == '.') {
                    dotted = true;
                    segment = i + 1;
                    i = j;
                    continue;
                }
            }
            if (d == '.' && dotted) ++i;  // the final dot of "U.S."
            break;
        }
        push(b, i, TokenKind::Word);
    }
}

void TextLayer::cutSentences(std::size_t paragraph, std::size_t firstToken, std::size_t endToken) {
    const Lexicon& abbreviations = Lexicon::get("abbreviations");
    std::size_t start = firstToken;
    auto close = [&](std::size_t end) {
        if (end <= start) return;
        sentences_.push_back(
            {{tokens_[start].span.begin, tokens_[end - 1].span.end}, start, end, paragraph});
        start = end;
    };
    for (std::size_t k = firstToken; k < endToken; ++k) {
        const Token& token = tokens_[k];
        if (!token.endsSentence()) continue;
        std::size_t end = k + 1;
        while (end < endToken && isCloser(tokens_[end]) &&
               tokens_[end].span.begin == tokens_[end - 1].span.end) {
            ++end;
        }
        if (end == endToken) break;
        if (token.text == "." && k > firstToken) {
            const Token& before = tokens_[k - 1];
            const bool glued = before.span.end == token.span.begin;
            const bool initial = before.text.size() == 1 && before.capitalised();
            if (glued && before.kind == TokenKind::Word &&
                (initial || abbreviations.contains(before.text))) {
                continue;
            }
        }
        const Token& next = tokens_[end];
        // "News.Az", "Ph.D": a word glued to the stop is one name, not two sentences.
        if (next.kind == TokenKind::Word && next.span.begin == tokens_[end - 1].span.end &&
            token.text == ".") {
            continue;
        }
        const char first = next.text.empty() ? ' ' : next.text[0];
        if ((first >= 'a' && first <= 'z') || first == ',' || first == ';' || first == ':' ||
            first == ')') {
            continue;
        }
        close(end);
        k = end - 1;
    }
    close(endToken);
}

void TextLayer::classifyParagraphs() {
    std::vector<std::string> furniture;  // folded once, not once a paragraph
    for (const auto& entry : Lexicon::get("furniture").entries()) furniture.push_back(foldCase(entry));
    std::vector<std::string> seen;
    for (Paragraph& p : paragraphs_) {
        const std::string folded =
            foldTypography(text_.substr(p.span.begin, p.span.end - p.span.begin));
        const std::string lower = foldCase(folded);
        bool isFurniture = startsWithUrl(folded) && folded.find(' ') == std::string::npos;
        for (const auto& entry : furniture) {
            if (!lower.starts_with(entry)) continue;
            // One word ("Updated", "Published") is furniture before a time or a colon, or
            // on a line that is no sentence: "Updated interior ministry figures showed
            // ... 632 people." is the article's.
            if (entry.find(' ') == std::string::npos && std::isalpha(static_cast<unsigned char>(entry.back()))) {
                std::size_t k = entry.size();
                if (k < lower.size() && std::isalpha(static_cast<unsigned char>(lower[k]))) continue;
                while (k < lower.size() && lower[k] == ' ') ++k;
                const bool stamp = k >= lower.size() || lower[k] == ':' ||
                                   std::isdigit(static_cast<unsigned char>(lower[k]));
                std::size_t last = lower.find_last_not_of(" \n\r\t");
                const bool sentence = last != std::string::npos && lower[last] == '.';
                if (!stamp && sentence) continue;
            }
            isFurniture = true;
        }
        // A byline: "By Jane Doe and John Roe" on a line of its own.
        if (lower.rfind("by ", 0) == 0 && folded.size() < 80 && folded.back() != '.') {
            isFurniture = true;
        }
        if (isFurniture) {
            p.kind = ParagraphKind::Furniture;
            continue;
        }
        if (std::find(seen.begin(), seen.end(), lower) != seen.end()) {
            p.kind = ParagraphKind::Repeat;
            continue;
        }
        seen.push_back(lower);
        // A heading: no closing punctuation and mostly capitalised longer words.
        const char last = folded.empty() ? '.' : folded.back();
        if (last == '.' || last == '!' || last == '?' || last == '"' || last == ':' ||
            last == ',') {
            continue;
        }
        std::size_t words = 0, capitals = 0;
        for (std::size_t s = p.firstSentence; s < p.endSentence; ++s) {
            for (std::size_t k = sentences_[s].firstToken; k < sentences_[s].endToken; ++k) {
                const Token& t = tokens_[k];
                if (t.kind != TokenKind::Word || t.text.size() < 4) continue;
                ++words;
                capitals += t.capitalised();
            }
        }
        if (words > 0 && words <= 30 && capitals * 10 >= words * 7) p.kind = ParagraphKind::Heading;
    }
}

bool TextLayer::isContent(const Sentence& sentence) const {
    const ParagraphKind kind = paragraphOf(sentence).kind;
    return kind == ParagraphKind::Body || kind == ParagraphKind::Heading;
}

std::string TextLayer::display(Span span) const {
    return foldTypography(text_.substr(span.begin, span.end - span.begin));
}

std::vector<SentenceFact> TextLayer::sentenceFacts() const {
    std::vector<SentenceFact> facts;
    facts.reserve(sentences_.size());
    for (const auto& s : sentences_) facts.push_back({s.span, s.paragraph});
    return facts;
}

}  // namespace newsgraph::parser
