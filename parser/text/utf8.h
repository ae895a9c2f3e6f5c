#pragma once

#include <cstddef>
#include <string_view>

namespace newsgraph::parser::utf8 {

// Small UTF-8 helpers for the text layer. They never read past the end of the view and
// treat an invalid byte as a one-byte code point U+FFFD.

// Decodes the code point at `pos`; `length` receives its byte length (>= 1).
char32_t decode(std::string_view text, std::size_t pos, std::size_t& length);

// White space, including no-break (U+00A0), the U+2000..U+200A spaces, U+202F and U+3000.
bool isSpace(char32_t c);
// A letter: ASCII letters, and code points from U+00C0 up that are not punctuation,
// symbols or spaces (a coarse test that suits Latin, Cyrillic, Hangul and other scripts).
bool isLetter(char32_t c);
bool isDigit(char32_t c);
// An apostrophe: ' or U+2019 (also used as a closing single quote).
bool isApostrophe(char32_t c);
// A hyphen inside a word: - U+2010 U+2011.
bool isHyphen(char32_t c);
// A capital letter (ASCII, Latin-1, Latin Extended-A even code points, Cyrillic, Greek).
bool isUpper(char32_t c);

}  // namespace newsgraph::parser::utf8
