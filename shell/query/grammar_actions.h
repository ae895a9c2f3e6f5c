#pragma once

// The query grammar's semantic actions: how rules build ast::Expr nodes. Part of
// grammar_def.h: included only there, in this order, and compiled in one translation
// unit (grammar.cpp).

namespace newsgraph::query::grammar {

// ---------------------------------------------------------------------------------------
// Grammar
// ---------------------------------------------------------------------------------------

// A keyword: case-insensitive, not followed by a name character.
inline auto kw(char const* word) {
    return x3::lexeme[x3::no_case[x3::lit(word)] >> !(x3::alnum | x3::lit('_'))];
}

// Words that cannot be variables when written bare (they can as `quoted`).
inline bool isReserved(const std::string& word) {
    // Only the words that would make the grammar ambiguous: operators, literals, clause
    // starts and CASE's own words. Others (`starts`, `order`, `count`...) stay usable.
    static const char* const kWords[] = {
        "AND",   "OR",     "XOR",   "NOT",    "IN",       "IS",     "NULL",  "TRUE",
        "FALSE", "AS",     "WHERE", "RETURN", "WITH",     "MATCH",  "OPTIONAL", "UNWIND",
        "UNION", "CREATE", "MERGE", "SET",    "DELETE",   "DETACH", "REMOVE", "CASE",
        "WHEN",  "THEN",   "ELSE",  "END"};
    for (const char* w : kWords) {
        if (word.size() != std::char_traits<char>::length(w)) continue;
        bool same = true;
        for (std::size_t i = 0; i < word.size() && same; ++i) {
            same = std::toupper(static_cast<unsigned char>(word[i])) == w[i];
        }
        if (same) return true;
    }
    return false;
}

// Appends code point `cp` as UTF-8. A low surrogate right after a high one (`\uD83D\uDE00`,
// as JSON writes U+1F600) joins it into one character; parseStatement has already refused
// lone surrogates and code points past U+10FFFF, so the result is valid UTF-8.
inline void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp >= 0xDC00 && cp <= 0xDFFF && out.size() >= 3) {
        const auto b0 = static_cast<unsigned char>(out[out.size() - 3]);
        const auto b1 = static_cast<unsigned char>(out[out.size() - 2]);
        const auto b2 = static_cast<unsigned char>(out[out.size() - 1]);
        if (b0 == 0xED && b1 >= 0xA0 && b1 <= 0xAF) {  // the high surrogate just written
            const std::uint32_t high = 0xD000 | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
            out.resize(out.size() - 3);
            cp = 0x10000 + ((high - 0xD800) << 10) + (cp - 0xDC00);
        }
    }
    graph::encodeUtf8(out, cp);
}

// Floats need a '.' or an exponent, and "1..2" (a range) is not the float "1.".
struct CypherRealPolicies : x3::strict_ureal_policies<double> {
    static bool const allow_trailing_dot = false;
};

// --- semantic actions ------------------------------------------------------------------

inline auto const assign = [](auto& ctx) { _val(ctx) = std::move(_attr(ctx)); };

inline ast::Expr node(ast::ExprKind kind, std::string name = {}) {
    ast::Expr e;
    e.kind = kind;
    e.name = std::move(name);
    return e;
}

// Replaces _val by `kind(name, _val, _attr...)`, keeping the range of both operands.
inline auto wrap(ast::ExprKind kind, std::string name, bool withAttr = true) {
    return [kind, name, withAttr](auto& ctx) {
        ast::Expr e = node(kind, name);
        e.id_first = _val(ctx).id_first;
        e.id_last = _val(ctx).id_last;
        e.args.push_back(std::move(_val(ctx)));
        if constexpr (!std::is_same_v<std::decay_t<decltype(_attr(ctx))>, x3::unused_type>) {
            if (withAttr) {
                if (_attr(ctx).id_last >= 0) e.id_last = _attr(ctx).id_last;
                e.args.push_back(std::move(_attr(ctx)));
            }
        }
        _val(ctx) = std::move(e);
    };
}

inline auto prefix(std::string name) {
    return [name](auto& ctx) {
        ast::Expr e = node(ast::ExprKind::Unary, name);
        ast::Expr& operand = _attr(ctx);
        // "-9223372036854775808" is the smallest integer, not an overflow.
        const auto isMinimum = [](const std::string& digits) {
            return digits == "9223372036854775808" || digits == "0x8000000000000000" ||
                   digits == "0o1000000000000000000000";
        };
        if (name == "-" && operand.kind == ast::ExprKind::IntegerOverflow &&
            isMinimum(operand.value.asString())) {
            operand.kind = ast::ExprKind::Literal;
            operand.value = std::numeric_limits<std::int64_t>::min();
            _val(ctx) = std::move(operand);
            return;
        }
        e.args.push_back(std::move(operand));
        _val(ctx) = std::move(e);
    };
}

inline auto literal(graph::Value v) {
    return [v](auto& ctx) {
        _val(ctx) = node(ast::ExprKind::Literal);
        _val(ctx).value = v;
    };
}

inline auto const integerFromDigits = [](auto& ctx) {
    const std::string& digits = _attr(ctx);
    std::int64_t n = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec != std::errc() || end != digits.data() + digits.size()) {
        _val(ctx) = node(ast::ExprKind::IntegerOverflow);
        _val(ctx).value = digits;
        return;
    }
    _val(ctx) = node(ast::ExprKind::Literal);
    _val(ctx).value = n;
};

inline auto integerInBase(int base) {
    return [base](auto& ctx) {
        const std::string& digits = _attr(ctx);
        std::uint64_t n = 0;
        auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n, base);
        if (ec != std::errc() || n > static_cast<std::uint64_t>(INT64_MAX)) {
            _val(ctx) = node(ast::ExprKind::IntegerOverflow);
            _val(ctx).value = (base == 16 ? "0x" : "0o") + digits;
            return;
        }
        _val(ctx) = node(ast::ExprKind::Literal);
        _val(ctx).value = static_cast<std::int64_t>(n);
    };
}

inline auto const pushArg = [](auto& ctx) { _val(ctx).args.push_back(std::move(_attr(ctx))); };

inline auto const setKind = [](ast::ExprKind kind) {
    return [kind](auto& ctx) { _val(ctx).kind = kind; };
};

}  // namespace newsgraph::query::grammar
