#include "shell/query/case_mapping.h"

#include <locale.h>
#include <wctype.h>

#include <cctype>

#include "graph/utf8.h"

namespace newsgraph::query {

namespace {

// The locale whose LC_CTYPE knows Unicode's case mappings; (locale_t)0 if missing.
locale_t unicodeLocale() {
    static const locale_t locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(0));
    return locale;
}

// Length of the valid UTF-8 sequence at `i`, or 0; its code point in `cp`.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3
                                        : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > s.size()) return 0;
    cp = length == 1 ? c : c & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(s[i + k]);
        if ((next & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (next & 0x3F);
    }
    return length;
}

std::string mapCase(std::string_view text, bool upper) {
    const locale_t locale = unicodeLocale();
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t length = decode(text, i, cp);
        if (length == 0) {  // not UTF-8: the byte stays
            out += text[i++];
            continue;
        }
        i += length;
        if (upper && cp == 0xDF) {  // ß has no one-letter capital in common use
            out += "SS";
            continue;
        }
        char32_t mapped = cp;
        if (cp < 0x80) {
            const int c = static_cast<int>(cp);
            mapped = static_cast<char32_t>(upper ? std::toupper(c) : std::tolower(c));
        } else if (locale != locale_t(0)) {
            const auto wide = static_cast<wint_t>(cp);
            mapped = static_cast<char32_t>(upper ? towupper_l(wide, locale)
                                                 : towlower_l(wide, locale));
        }
        graph::encodeUtf8(out, mapped);
    }
    return out;
}

}  // namespace

std::string toUpperCase(std::string_view text) { return mapCase(text, true); }
std::string toLowerCase(std::string_view text) { return mapCase(text, false); }

}  // namespace newsgraph::query
