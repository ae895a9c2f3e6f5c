#include "parser/text/utf8.h"

namespace newsgraph::parser::utf8 {

char32_t decode(std::string_view text, std::size_t pos, std::size_t& length) {
    const unsigned char first = static_cast<unsigned char>(text[pos]);
    length = 1;
    if (first < 0x80) return first;
    const std::size_t need = first >= 0xF8   ? 0
                             : first >= 0xF0 ? 3
                             : first >= 0xE0 ? 2
                             : first >= 0xC0 ? 1
                                             : 0;
    if (need == 0 || pos + need >= text.size()) return 0xFFFD;
    char32_t c = first & (0x3F >> need);
    for (std::size_t i = 1; i <= need; ++i) {
        const unsigned char next = static_cast<unsigned char>(text[pos + i]);
        if ((next & 0xC0) != 0x80) return 0xFFFD;
        c = (c << 6) | (next & 0x3F);
    }
    length = need + 1;
    return c;
}

bool isSpace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
           c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
           c == 0x3000 || c == 0xFEFF;
}

bool isDigit(char32_t c) { return c >= '0' && c <= '9'; }

bool isLetter(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
    if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows
    if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
    if (c >= 0xFE30 && c <= 0xFE4F) return false;
    if (c >= 0xFF00 && c <= 0xFF0F) return false;
    return c != 0xFFFD && c != 0xFEFF;
}

bool isApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

bool isHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

bool isUpper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
    if (c >= 0x100 && c <= 0x17F) return c % 2 == 0;
    if (c >= 0x391 && c <= 0x3A9) return true;
    return c >= 0x400 && c <= 0x42F;
}

}  // namespace newsgraph::parser::utf8
