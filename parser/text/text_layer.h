#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parser/fact.h"

namespace newsgraph::parser {

// The text layer: an article's bytes cut into tokens, sentences and paragraphs, each with
// byte offsets into the article text. Every later stage (entities, figures) reads it.
// See docs/extraction.md, "Text layer".

enum class TokenKind {
    Word,        // letters and digits, with inner hyphens, apostrophes and dots ("U.S.")
    Number,      // starts with a digit: "2,000", "1.4", "2024", "240mm"
    Possessive,  // "'s" or "’s" after a word ("Korea’s" -> "Korea" + "’s")
    Punct,       // one punctuation character (UTF-8 aware): . , “ — ( ...
    Url,         // http://..., https://..., www....
};

struct Token {
    Span span;
    TokenKind kind = TokenKind::Punct;
    std::string_view text;  // a view into the article text

    // First byte is an ASCII capital letter (or a capital in the Latin-1 range).
    bool capitalised() const;
    // Two or more letters, all capitals ("NIS", "KCNA", "U.S.").
    bool allCaps() const;
    bool isPunct(std::string_view p) const { return kind == TokenKind::Punct && text == p; }
    // A period, question mark or exclamation mark.
    bool endsSentence() const;
};

enum class ParagraphKind {
    Body,       // ordinary article text
    Heading,    // a title-case line without final punctuation (headline, crosshead)
    Furniture,  // page furniture: a bare URL, "Related article: ..." (lexicon furniture.txt)
    Repeat,     // the same text as an earlier paragraph (a repeated headline or lead)
};

struct Sentence {
    Span span;
    std::size_t firstToken = 0;  // [firstToken, endToken) in TextLayer::tokens()
    std::size_t endToken = 0;
    std::size_t paragraph = 0;
};

struct Paragraph {
    Span span;
    std::size_t firstSentence = 0;  // [firstSentence, endSentence) in TextLayer::sentences()
    std::size_t endSentence = 0;
    ParagraphKind kind = ParagraphKind::Body;
};

class TextLayer {
  public:
    // Cuts `text` into paragraphs, sentences and tokens. Never fails: any bytes give a
    // layer (invalid UTF-8 bytes become one-byte punctuation tokens).
    //
    // Paragraphs: when the text has a blank line, blank lines separate paragraphs and single
    // line ends are soft wraps, except before a list item ("• ...", "- ...", "* ...");
    // otherwise every line is a paragraph. Lines (CRLF or LF) and
    // white space include the no-break and thin spaces.
    // Sentences end at . ! ? (with any closing quotes or brackets) before a capital, digit,
    // quote or the paragraph's end, but not after an abbreviation (lexicon
    // abbreviations.txt), an initial ("F.") or a dotted acronym ("U.S.") followed by a
    // capitalised word on the same line. Sentences never cross paragraphs.
    //
    // Holds a view of `text`: the caller keeps the text alive while the layer is used.
    explicit TextLayer(std::string_view text);

    std::string_view text() const { return text_; }
    const std::vector<Token>& tokens() const { return tokens_; }
    const std::vector<Sentence>& sentences() const { return sentences_; }
    const std::vector<Paragraph>& paragraphs() const { return paragraphs_; }

    // The paragraph a sentence belongs to, and whether entity and figure extraction should
    // read it (Body or Heading; Furniture and Repeat paragraphs are skipped).
    const Paragraph& paragraphOf(const Sentence& sentence) const {
        return paragraphs_[sentence.paragraph];
    }
    bool isContent(const Sentence& sentence) const;

    // The bytes of a span, with curly quotes, dashes and odd spaces folded to ASCII and
    // runs of white space (line ends included) collapsed to one space.
    std::string display(Span span) const;

    // Whether the text has no blank line, so that each line is a paragraph: line breaks
    // are then weaker than paragraph breaks (a scraped page, one line per sentence).
    bool lineParagraphs() const { return lineParagraphs_; }

    // The sentences as SentenceFacts, for ArticleFacts::sentences.
    std::vector<SentenceFact> sentenceFacts() const;

  private:
    void cutParagraphs();
    void tokenize(Span paragraph, std::vector<Token>& out) const;
    void cutSentences(std::size_t paragraph, std::size_t firstToken, std::size_t endToken);
    void classifyParagraphs();

    std::string_view text_;
    std::vector<Token> tokens_;
    std::vector<Sentence> sentences_;
    std::vector<Paragraph> paragraphs_;
    bool lineParagraphs_ = false;
};

// Whether a line opens a list item ("• IOM says ...", "- 12 killed", "* item").
bool isListItem(std::string_view line);

// Folds typographic characters to ASCII (’ ‘ -> ', “ ” -> ", ‐ ‑ – — -> -, no-break and
// thin spaces -> space) and collapses white space runs; trims both ends.
std::string foldTypography(std::string_view text);

}  // namespace newsgraph::parser
