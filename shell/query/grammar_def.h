#pragma once

// The openCypher subset as an X3 grammar. Every rule builds its attribute with small
// semantic actions over one uniform ast::Expr node: that keeps X3's attribute machinery
// (and so build time and memory) small. Rules that can be blamed are annotated with their
// source range (annotate_on_success) for the binder's and evaluator's carets.

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>
#include <cctype>
#include <cstdlib>
#include <charconv>
#include <limits>
#include <cstdint>
#include <string>

#include "shell/query/ast/clause.h"
#include "shell/query/grammar.h"

namespace newsgraph::query::grammar {

namespace x3 = boost::spirit::x3;
using x3::_attr;
using x3::_pass;
using x3::_val;

// ---------------------------------------------------------------------------------------
// Rule IDs
// ---------------------------------------------------------------------------------------

// Each rule has its own ID; Annotated<Tag> IDs record the rule's source range on success.
template <typename Tag>
struct Annotated : x3::annotate_on_success {};
struct StatementId : x3::annotate_on_success {};

// A pattern step: the relationship and the node after it, kept together so that a
// failed step leaves nothing behind.
struct PatternStep {
    ast::RelPattern rel;
    ast::NodePattern node;
};

// ---------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------

// An annotated rule is a thin wrapper around its body: X3 hands on_success the rule's
// attribute only when the rule has no semantic actions, and the bodies are all actions.
#define NEWSGRAPH_RULE(name, attribute, description)                               \
    x3::rule<struct name##BodyTag, attribute> const name##_body = description;      \
    x3::rule<Annotated<struct name##Tag>, attribute> const name = description;      \
    auto const name##_def = name##_body
#define NEWSGRAPH_PLAIN_RULE(name, attribute, description) \
    x3::rule<struct name##Tag, attribute> const name = description

NEWSGRAPH_RULE(expression, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(orExpr, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(xorExpr, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(andExpr, ast::Expr, "expression");
NEWSGRAPH_RULE(notExpr, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(comparisonExpr, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(predicateExpr, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(addExpr, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(mulExpr, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(powExpr, ast::Expr, "expression");
NEWSGRAPH_RULE(unaryExpr, ast::Expr, "expression");
NEWSGRAPH_RULE(postfixExpr, ast::Expr, "expression");
NEWSGRAPH_RULE(atom, ast::Expr, "expression");
NEWSGRAPH_PLAIN_RULE(numberLiteral, ast::Expr, "number");
NEWSGRAPH_PLAIN_RULE(listLiteral, ast::Expr, "list");
NEWSGRAPH_PLAIN_RULE(mapLiteral, ast::Expr, "map");
NEWSGRAPH_PLAIN_RULE(parameter, ast::Expr, "parameter");
NEWSGRAPH_PLAIN_RULE(caseExpr, ast::Expr, "CASE expression");
NEWSGRAPH_PLAIN_RULE(listComprehension, ast::Expr, "list comprehension");
NEWSGRAPH_PLAIN_RULE(patternComprehension, ast::Expr, "pattern comprehension");
NEWSGRAPH_PLAIN_RULE(functionCall, ast::Expr, "function call");
NEWSGRAPH_PLAIN_RULE(quantifier, ast::Expr, "quantifier");
NEWSGRAPH_PLAIN_RULE(subscript, ast::Expr, "subscript");
NEWSGRAPH_PLAIN_RULE(comparisonChain, ast::Expr, "comparison");
NEWSGRAPH_PLAIN_RULE(comparisonTail, ast::Expr, "comparison");
NEWSGRAPH_PLAIN_RULE(mapEntry, ast::Expr, "map entry");
NEWSGRAPH_PLAIN_RULE(symbolicName, std::string, "name");
NEWSGRAPH_PLAIN_RULE(variableName, std::string, "variable");
NEWSGRAPH_PLAIN_RULE(stringLiteral, std::string, "string");

NEWSGRAPH_RULE(nodePattern, ast::NodePattern, "node pattern");
NEWSGRAPH_RULE(relPattern, ast::RelPattern, "relationship pattern");
NEWSGRAPH_PLAIN_RULE(relDetail, ast::RelPattern, "relationship detail");
NEWSGRAPH_PLAIN_RULE(patternStep, PatternStep, "relationship pattern");
NEWSGRAPH_RULE(patternElement, ast::PatternPart, "pattern");
NEWSGRAPH_RULE(relationshipsPattern, ast::PatternPart, "pattern");
NEWSGRAPH_RULE(patternPart, ast::PatternPart, "pattern");
NEWSGRAPH_PLAIN_RULE(patternList, std::vector<ast::PatternPart>, "pattern");

NEWSGRAPH_RULE(projectionItem, ast::ProjectionItem, "expression");
NEWSGRAPH_PLAIN_RULE(sortItem, ast::SortItem, "sort expression");
NEWSGRAPH_PLAIN_RULE(projectionBody, ast::Clause, "projection");
NEWSGRAPH_RULE(clause, ast::Clause, "clause");
NEWSGRAPH_PLAIN_RULE(matchClause, ast::Clause, "MATCH");
NEWSGRAPH_PLAIN_RULE(unwindClause, ast::Clause, "UNWIND");
NEWSGRAPH_PLAIN_RULE(withClause, ast::Clause, "WITH");
NEWSGRAPH_PLAIN_RULE(returnClause, ast::Clause, "RETURN");
NEWSGRAPH_PLAIN_RULE(createClause, ast::Clause, "CREATE");
NEWSGRAPH_PLAIN_RULE(refusedClause, ast::Clause, "clause");
NEWSGRAPH_RULE(singleQuery, ast::SingleQuery, "query");
NEWSGRAPH_PLAIN_RULE(unionKeyword, bool, "UNION");
NEWSGRAPH_PLAIN_RULE(endOfQuery, x3::unused_type, "a clause or the end of the query");
StatementRule const statementRule = "statement";

#undef NEWSGRAPH_RULE
#undef NEWSGRAPH_PLAIN_RULE

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

inline void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
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
        if (name == "-" && operand.kind == ast::ExprKind::IntegerOverflow &&
            operand.value.asString() == "9223372036854775808") {
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
            _val(ctx).value = digits;
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

// --- names and literals ----------------------------------------------------------------

auto const plainName = x3::rule<struct PlainNameId, std::string>{"name"} =
    x3::lexeme[(x3::alpha | x3::char_('_')) >> *(x3::alnum | x3::char_('_'))];
auto const quotedName = x3::rule<struct QuotedNameId, std::string>{"name"} =
    x3::lexeme['`' >> *((x3::lit("``") >> x3::attr('`')) | ~x3::char_('`')) >> '`'];

auto const symbolicName_def = plainName | quotedName;
auto const variableName_def =
    plainName[([](auto& ctx) {
        _pass(ctx) = !isReserved(_attr(ctx));
        _val(ctx) = _attr(ctx);
    })] |
    quotedName;

auto const appendChar = [](auto& ctx) { _val(ctx) += _attr(ctx); };
auto const appendCodePoint = [](auto& ctx) { appendUtf8(_val(ctx), _attr(ctx)); };
auto const escape = x3::lit('\\') >>
    (x3::lit('\\')[([](auto& ctx) { _val(ctx) += '\\'; })] |
     x3::lit('\'')[([](auto& ctx) { _val(ctx) += '\''; })] |
     x3::lit('"')[([](auto& ctx) { _val(ctx) += '"'; })] |
     x3::no_case[x3::lit('n')][([](auto& ctx) { _val(ctx) += '\n'; })] |
     x3::no_case[x3::lit('t')][([](auto& ctx) { _val(ctx) += '\t'; })] |
     x3::no_case[x3::lit('r')][([](auto& ctx) { _val(ctx) += '\r'; })] |
     x3::no_case[x3::lit('b')][([](auto& ctx) { _val(ctx) += '\b'; })] |
     x3::no_case[x3::lit('f')][([](auto& ctx) { _val(ctx) += '\f'; })] |
     (x3::lit('u') >> x3::uint_parser<std::uint32_t, 16, 4, 4>())[appendCodePoint] |
     (x3::lit('U') >> x3::uint_parser<std::uint32_t, 16, 8, 8>())[appendCodePoint]);
auto const stringLiteral_def = x3::lexeme[
    ('\'' >> *(escape | (~x3::char_("'\\"))[appendChar]) >> '\'') |
    ('"' >> *(escape | (~x3::char_("\"\\"))[appendChar]) >> '"')];

auto const digits = x3::rule<struct DigitsId, std::string>{"digits"} =
    x3::lexeme[+x3::digit >> !(x3::alpha | x3::char_('_'))];
auto const hexDigits = x3::rule<struct HexId, std::string>{"hexadecimal digits"} =
    x3::lexeme[x3::no_case["0x"] >> +x3::xdigit >> !(x3::alnum | x3::char_('_'))];
auto const octDigits = x3::rule<struct OctId, std::string>{"octal digits"} =
    x3::lexeme["0o" >> +x3::char_('0', '7') >> !(x3::alnum | x3::char_('_'))];
auto const realText = x3::rule<struct RealTextId, std::string>{"number"} = x3::lexeme[x3::raw[
    x3::real_parser<double, CypherRealPolicies>() >> !(x3::alpha | x3::char_('_'))]];
// X3 reads floats with a small rounding error on long mantissas: strtod is exact.
auto const numberLiteral_def =
    realText[([](auto& ctx) {
        _val(ctx) = node(ast::ExprKind::Literal);
        _val(ctx).value = std::strtod(_attr(ctx).c_str(), nullptr);
    })] |
    hexDigits[integerInBase(16)] | octDigits[integerInBase(8)] | digits[integerFromDigits];

auto const parameterName = x3::rule<struct ParameterNameId, std::string>{"parameter name"} =
    plainName | quotedName | x3::lexeme[+x3::digit];
auto const parameter_def = x3::lexeme['$' >> parameterName][(
    [](auto& ctx) { _val(ctx) = node(ast::ExprKind::Parameter, _attr(ctx)); })];

auto const listLiteral_def = x3::lit('[')[([](auto& ctx) { _val(ctx) = node(ast::ExprKind::List); })] >>
                             -(expression[pushArg] % ',') >> ']';

auto const mapEntry_def = symbolicName[([](auto& ctx) { _val(ctx).name = _attr(ctx); })] >> ':' >
                          expression[pushArg];
auto const mapLiteral_def =
    x3::lit('{')[([](auto& ctx) { _val(ctx) = node(ast::ExprKind::Map); })] >>
    -(mapEntry[([](auto& ctx) {
          _val(ctx).keys.push_back(_attr(ctx).name);
          _val(ctx).args.push_back(std::move(_attr(ctx).args.at(0)));
      })] %
      ',') > '}';

auto const caseExpr_def =
    kw("CASE")[([](auto& ctx) { _val(ctx) = node(ast::ExprKind::Case); })] >>
    -(expression[([](auto& ctx) {
        _val(ctx).hasSubject = true;
        _val(ctx).args.push_back(std::move(_attr(ctx)));
    })]) >>
    +(kw("WHEN") > expression[pushArg] > kw("THEN") > expression[pushArg]) >>
    -(kw("ELSE") > expression[([](auto& ctx) {
          _val(ctx).hasElse = true;
          _val(ctx).args.push_back(std::move(_attr(ctx)));
      })]) > kw("END");

auto const listComprehension_def =
    '[' >> variableName[([](auto& ctx) {
        _val(ctx) = node(ast::ExprKind::ListComprehension, _attr(ctx));
        _val(ctx).args.resize(3);
    })] >>
    kw("IN") >> expression[([](auto& ctx) { _val(ctx).args[0] = std::move(_attr(ctx)); })] >>
    -(kw("WHERE") > expression[([](auto& ctx) { _val(ctx).args[1] = std::move(_attr(ctx)); })]) >>
    -('|' > expression[([](auto& ctx) { _val(ctx).args[2] = std::move(_attr(ctx)); })]) >> ']';

auto const patternComprehension_def =
    x3::lit('[')[([](auto& ctx) {
        _val(ctx) = node(ast::ExprKind::PatternComprehension);
        _val(ctx).args.resize(2);
    })] >>
    -((variableName >> '=')[([](auto& ctx) { _val(ctx).name = _attr(ctx); })]) >>
    relationshipsPattern[([](auto& ctx) {
        _val(ctx).pattern = std::make_shared<ast::PatternPart>(std::move(_attr(ctx)));
    })] >>
    -(kw("WHERE") > expression[([](auto& ctx) { _val(ctx).args[0] = std::move(_attr(ctx)); })]) >>
    '|' > expression[([](auto& ctx) { _val(ctx).args[1] = std::move(_attr(ctx)); })] > ']';

auto const quantifierWord = x3::rule<struct QuantifierWordId, std::string>{"quantifier"} =
    x3::raw[kw("all") | kw("any") | kw("none") | kw("single")];
auto const quantifier_def =
    quantifierWord[([](auto& ctx) {
        _val(ctx) = node(ast::ExprKind::Quantifier);
        _val(ctx).keys.push_back(_attr(ctx));
        _val(ctx).args.resize(2);
    })] >>
    '(' >> variableName[([](auto& ctx) { _val(ctx).name = _attr(ctx); })] >> kw("IN") >
    expression[([](auto& ctx) { _val(ctx).args[0] = std::move(_attr(ctx)); })] >>
    -(kw("WHERE") > expression[([](auto& ctx) { _val(ctx).args[1] = std::move(_attr(ctx)); })]) >
    ')';

auto const functionCall_def =
    symbolicName[([](auto& ctx) { _val(ctx) = node(ast::ExprKind::Function, _attr(ctx)); })] >>
    '(' >> -(kw("DISTINCT")[([](auto& ctx) { _val(ctx).distinct = true; })]) >>
    -(expression[pushArg] % ',') > ')';

auto const countStar = (kw("count") >> '(' >> '*' >> ')');

auto const atom_body_def =
    numberLiteral[assign] | stringLiteral[([](auto& ctx) {
        _val(ctx) = node(ast::ExprKind::Literal);
        _val(ctx).value = std::move(_attr(ctx));
    })] |
    kw("TRUE")[literal(true)] | kw("FALSE")[literal(false)] | kw("NULL")[literal(nullptr)] |
    parameter[assign] | caseExpr[assign] |
    countStar[([](auto& ctx) { _val(ctx) = node(ast::ExprKind::CountStar, "count"); })] |
    listComprehension[assign] | patternComprehension[assign] | listLiteral[assign] |
    mapLiteral[assign] |
    relationshipsPattern[([](auto& ctx) {
        _val(ctx) = node(ast::ExprKind::PatternPredicate);
        _val(ctx).pattern = std::make_shared<ast::PatternPart>(std::move(_attr(ctx)));
    })] |
    (x3::lit('(') >> expression[assign] > ')') | quantifier[assign] | functionCall[assign] |
    variableName[([](auto& ctx) { _val(ctx) = node(ast::ExprKind::Variable, _attr(ctx)); })];

// [i] or [from..to]; the container is filled in by postfixExpr.
auto const subscript_def =
    x3::lit('[')[([](auto& ctx) {
        _val(ctx) = node(ast::ExprKind::Slice);
        _val(ctx).args.resize(2);
    })] >>
    -(expression[([](auto& ctx) { _val(ctx).args[0] = std::move(_attr(ctx)); })]) >>
    (x3::lit("..") >>
         -(expression[([](auto& ctx) { _val(ctx).args[1] = std::move(_attr(ctx)); })]) |
     x3::eps[([](auto& ctx) {
         _val(ctx).kind = ast::ExprKind::Subscript;
         _val(ctx).args.resize(1);
         _pass(ctx) = _val(ctx).args[0].kind != ast::ExprKind::Absent;
     })]) > ']';

auto const postfixExpr_body_def =
    atom[assign] >>
    *(('.' >> symbolicName)[([](auto& ctx) {
          // The end is unknown until the postfix rule annotates the whole chain.
          ast::Expr e = node(ast::ExprKind::Property, _attr(ctx));
          e.id_first = _val(ctx).id_first;
          e.args.push_back(std::move(_val(ctx)));
          _val(ctx) = std::move(e);
      })] |
      subscript[([](auto& ctx) {
          ast::Expr e = std::move(_attr(ctx));
          e.id_first = _val(ctx).id_first;
          e.args.insert(e.args.begin(), std::move(_val(ctx)));
          _val(ctx) = std::move(e);
      })]) >>
    -(+(':' >> symbolicName))[([](auto& ctx) {
        ast::Expr e = node(ast::ExprKind::LabelCheck);
        e.id_first = _val(ctx).id_first;
        e.args.push_back(std::move(_val(ctx)));
        e.keys = std::move(_attr(ctx));
        _val(ctx) = std::move(e);
    })];

auto const unaryExpr_body_def = ('-' >> unaryExpr)[prefix("-")] | ('+' >> unaryExpr)[prefix("+")] |
                           postfixExpr[assign];
auto const powExpr_def = unaryExpr[assign] >> *('^' > unaryExpr[wrap(ast::ExprKind::Binary, "^")]);
auto const mulExpr_def =
    powExpr[assign] >> *(('*' > powExpr[wrap(ast::ExprKind::Binary, "*")]) |
                         ('/' > powExpr[wrap(ast::ExprKind::Binary, "/")]) |
                         ('%' > powExpr[wrap(ast::ExprKind::Binary, "%")]));
auto const addExpr_def =
    mulExpr[assign] >> *(('+' > mulExpr[wrap(ast::ExprKind::Binary, "+")]) |
                         ('-' > mulExpr[wrap(ast::ExprKind::Binary, "-")]));
auto const predicateExpr_def =
    addExpr[assign] >>
    *((kw("STARTS") > kw("WITH") > addExpr[wrap(ast::ExprKind::Binary, "STARTS WITH")]) |
      (kw("ENDS") > kw("WITH") > addExpr[wrap(ast::ExprKind::Binary, "ENDS WITH")]) |
      (kw("CONTAINS") > addExpr[wrap(ast::ExprKind::Binary, "CONTAINS")]) |
      (kw("IN") > addExpr[wrap(ast::ExprKind::Binary, "IN")]) |
      (x3::lit("=~") > addExpr[wrap(ast::ExprKind::Binary, "=~")]) |
      (kw("IS") >> kw("NOT") > kw("NULL"))[wrap(ast::ExprKind::IsNotNull, "", false)] |
      (kw("IS") > kw("NULL"))[wrap(ast::ExprKind::IsNull, "", false)]);

auto const comparisonOperator = x3::rule<struct ComparisonOperatorId, std::string>{"operator"} =
    x3::string("<>") | x3::string("<=") | x3::string(">=") | x3::string("=") |
    x3::string("<") | x3::string(">");
auto const comparisonTail_def =
    comparisonOperator[([](auto& ctx) { _val(ctx).name = _attr(ctx); })] > predicateExpr[pushArg];
auto const comparisonChain_def = +comparisonTail[([](auto& ctx) {
    _val(ctx).kind = ast::ExprKind::Comparison;
    _val(ctx).keys.push_back(_attr(ctx).name);
    _val(ctx).args.push_back(std::move(_attr(ctx).args.at(0)));
})];
auto const comparisonExpr_def =
    predicateExpr[assign] >> -comparisonChain[([](auto& ctx) {
        ast::Expr chain = std::move(_attr(ctx));
        chain.id_first = _val(ctx).id_first;
        chain.args.insert(chain.args.begin(), std::move(_val(ctx)));
        _val(ctx) = std::move(chain);
    })];
auto const notExpr_body_def = (kw("NOT") >> notExpr)[prefix("NOT")] | comparisonExpr[assign];
auto const andExpr_def = notExpr[assign] >> *(kw("AND") > notExpr[wrap(ast::ExprKind::Binary, "AND")]);
auto const xorExpr_def = andExpr[assign] >> *(kw("XOR") > andExpr[wrap(ast::ExprKind::Binary, "XOR")]);
auto const orExpr_def = xorExpr[assign] >> *(kw("OR") > xorExpr[wrap(ast::ExprKind::Binary, "OR")]);
auto const expression_body_def = orExpr[assign];

// --- patterns ----------------------------------------------------------------------------

auto const properties = x3::rule<struct PropertiesId, ast::Expr>{"properties"} =
    mapLiteral[assign] | parameter[assign];

auto const nodePattern_body_def =
    '(' >> -(variableName[([](auto& ctx) { _val(ctx).variable = _attr(ctx); })]) >>
    *(':' >> symbolicName[([](auto& ctx) { _val(ctx).labels.push_back(_attr(ctx)); })]) >>
    -(properties[([](auto& ctx) { _val(ctx).properties = std::move(_attr(ctx)); })]) >> ')';

auto const hops = x3::uint_parser<std::int64_t>();
auto const relDetail_def =
    '[' >> -(variableName[([](auto& ctx) { _val(ctx).variable = _attr(ctx); })]) >>
    -(':' >> (symbolicName[([](auto& ctx) { _val(ctx).types.push_back(_attr(ctx)); })] %
              ('|' >> -x3::lit(':')))) >>
    -(x3::lit('*')[([](auto& ctx) { _val(ctx).variableLength = true; })] >>
      -(hops[([](auto& ctx) { _val(ctx).minHops = _val(ctx).maxHops = _attr(ctx); })]) >>
      -(x3::lit("..")[([](auto& ctx) { _val(ctx).maxHops = -1; })] >>
        -(hops[([](auto& ctx) { _val(ctx).maxHops = _attr(ctx); })]))) >>
    -(properties[([](auto& ctx) { _val(ctx).properties = std::move(_attr(ctx)); })]) > ']';

auto const relPattern_body_def =
    (x3::lit("<-")[([](auto& ctx) { _val(ctx).direction = ast::Direction::Left; })] |
     x3::lit('-')[([](auto& ctx) { _val(ctx).direction = ast::Direction::Both; })]) >>
    -(relDetail[([](auto& ctx) {
        ast::Direction d = _val(ctx).direction;
        _val(ctx) = std::move(_attr(ctx));
        _val(ctx).direction = d;
    })]) >>
    (x3::lit("->")[([](auto& ctx) {
         _val(ctx).direction = _val(ctx).direction == ast::Direction::Left
                                   ? ast::Direction::Both
                                   : ast::Direction::Right;
     })] |
     x3::lit('-'));

auto const patternStep_def = relPattern[([](auto& ctx) { _val(ctx).rel = std::move(_attr(ctx)); })] >>
                             nodePattern[([](auto& ctx) { _val(ctx).node = std::move(_attr(ctx)); })];

auto const pushNode = [](auto& ctx) { _val(ctx).nodes.push_back(std::move(_attr(ctx))); };
auto const pushStep = [](auto& ctx) {
    _val(ctx).rels.push_back(std::move(_attr(ctx).rel));
    _val(ctx).nodes.push_back(std::move(_attr(ctx).node));
};
auto const patternElement_body_def = (nodePattern[pushNode] >> *patternStep[pushStep]) |
                                ('(' >> patternElement[assign] >> ')');
auto const relationshipsPattern_body_def = nodePattern[pushNode] >> +patternStep[pushStep];

auto const keepPathVariable = [](std::string shortest) {
    return [shortest](auto& ctx) {
        std::string path = std::move(_val(ctx).pathVariable);
        _val(ctx) = std::move(_attr(ctx));
        _val(ctx).pathVariable = std::move(path);
        _val(ctx).shortest = shortest;
    };
};
auto const patternPart_body_def =
    -((variableName >> '=')[([](auto& ctx) { _val(ctx).pathVariable = _attr(ctx); })]) >>
    ((kw("shortestPath") > '(' > patternElement[keepPathVariable("shortestPath")] > ')') |
     (kw("allShortestPaths") > '(' > patternElement[keepPathVariable("allShortestPaths")] >
      ')') |
     patternElement[keepPathVariable("")]);
auto const patternList_def = patternPart % ',';

// --- clauses -----------------------------------------------------------------------------

auto const projectionItem_body_def =
    expression[([](auto& ctx) { _val(ctx).expr = std::move(_attr(ctx)); })] >>
    -(kw("AS") > variableName[([](auto& ctx) { _val(ctx).alias = _attr(ctx); })]);

auto const sortItem_def =
    expression[([](auto& ctx) { _val(ctx).expr = std::move(_attr(ctx)); })] >>
    -((kw("DESCENDING") | kw("DESC"))[([](auto& ctx) { _val(ctx).descending = true; })] |
      kw("ASCENDING") | kw("ASC"));

auto const pushItem = [](auto& ctx) { _val(ctx).items.push_back(std::move(_attr(ctx))); };
auto const projectionBody_def =
    -(kw("DISTINCT")[([](auto& ctx) { _val(ctx).distinct = true; })]) >>
    ((x3::lit('*')[([](auto& ctx) { _val(ctx).star = true; })] >> *(',' > projectionItem[pushItem])) |
     (projectionItem[pushItem] % ',')) >>
    -(kw("ORDER") > kw("BY") >
      (sortItem[([](auto& ctx) { _val(ctx).orderBy.push_back(std::move(_attr(ctx))); })] % ',')) >>
    -(kw("SKIP") > expression[([](auto& ctx) { _val(ctx).skip = std::move(_attr(ctx)); })]) >>
    -(kw("LIMIT") > expression[([](auto& ctx) { _val(ctx).limit = std::move(_attr(ctx)); })]);

auto const setWhere = [](auto& ctx) { _val(ctx).where = std::move(_attr(ctx)); };
auto const matchClause_def =
    -(kw("OPTIONAL")[([](auto& ctx) { _val(ctx).optional = true; })]) >> kw("MATCH") >
    patternList[([](auto& ctx) {
        _val(ctx).kind = ast::ClauseKind::Match;
        _val(ctx).patterns = std::move(_attr(ctx));
    })] >>
    -(kw("WHERE") > expression[setWhere]);
auto const unwindClause_def =
    kw("UNWIND") > expression[([](auto& ctx) {
        _val(ctx).kind = ast::ClauseKind::Unwind;
        _val(ctx).expr = std::move(_attr(ctx));
    })] > kw("AS") > variableName[([](auto& ctx) { _val(ctx).variable = _attr(ctx); })];
auto const projectionAs = [](ast::ClauseKind kind) {
    return [kind](auto& ctx) {
        _val(ctx) = std::move(_attr(ctx));
        _val(ctx).kind = kind;
    };
};
auto const withClause_def = kw("WITH") > projectionBody[projectionAs(ast::ClauseKind::With)] >>
                            -(kw("WHERE") > expression[setWhere]);
auto const returnClause_def = kw("RETURN") > projectionBody[projectionAs(ast::ClauseKind::Return)];
auto const createClause_def = kw("CREATE") > patternList[([](auto& ctx) {
                                  _val(ctx).kind = ast::ClauseKind::Create;
                                  _val(ctx).patterns = std::move(_attr(ctx));
                              })];
auto const refusedKeyword = x3::rule<struct RefusedKeywordId, std::string>{"clause"} =
    x3::raw[kw("MERGE") | kw("SET") | kw("DELETE") | (kw("DETACH") >> kw("DELETE")) |
            kw("REMOVE") | kw("CALL") | kw("FOREACH") | kw("LOAD")];
auto const refusedClause_def = refusedKeyword[([](auto& ctx) {
                                   _val(ctx).kind = ast::ClauseKind::Refused;
                                   _val(ctx).keyword = _attr(ctx);
                               })] >>
                               x3::omit[x3::lexeme[*(x3::char_ - ';')]];

auto const clause_body_def = matchClause[assign] | unwindClause[assign] | withClause[assign] |
                        returnClause[assign] | createClause[assign] | refusedClause[assign];
auto const singleQuery_body_def =
    +clause[([](auto& ctx) { _val(ctx).clauses.push_back(std::move(_attr(ctx))); })];
auto const unionKeyword_def = kw("UNION") >> ((kw("ALL") >> x3::attr(true)) | x3::attr(false));
auto const endOfQuery_def = -x3::lit(';') >> x3::eoi;

auto const statementRule_def =
    -(kw("EXPLAIN")[([](auto& ctx) { _val(ctx).explain = true; })]) >>
    singleQuery[([](auto& ctx) { _val(ctx).queries.push_back(std::move(_attr(ctx))); })] >>
    *(unionKeyword[([](auto& ctx) { _val(ctx).unionAll.push_back(_attr(ctx)); })] >
      singleQuery[([](auto& ctx) { _val(ctx).queries.push_back(std::move(_attr(ctx))); })]) >
    endOfQuery;

BOOST_SPIRIT_DEFINE(expression, orExpr, xorExpr, andExpr, notExpr, comparisonExpr,
                    predicateExpr, addExpr, mulExpr, powExpr, unaryExpr, postfixExpr, atom,
                    numberLiteral, listLiteral, mapLiteral, parameter, caseExpr,
                    listComprehension, patternComprehension, functionCall, quantifier, subscript,
                    comparisonChain, comparisonTail, mapEntry, symbolicName, variableName,
                    stringLiteral)
BOOST_SPIRIT_DEFINE(nodePattern, relPattern, relDetail, patternStep, patternElement,
                    relationshipsPattern, patternPart, patternList)
BOOST_SPIRIT_DEFINE(projectionItem, sortItem, projectionBody, clause, matchClause,
                    unwindClause, withClause, returnClause, createClause, refusedClause,
                    singleQuery, unionKeyword, endOfQuery, statementRule)
BOOST_SPIRIT_DEFINE(expression_body, notExpr_body, unaryExpr_body, postfixExpr_body, atom_body, nodePattern_body, relPattern_body)
BOOST_SPIRIT_DEFINE(patternElement_body, relationshipsPattern_body, patternPart_body, projectionItem_body, clause_body, singleQuery_body)

// ---------------------------------------------------------------------------------------
// Annotation and errors
// ---------------------------------------------------------------------------------------
// Positions are recorded by annotate_on_success on the IDs above. Expectation failures
// (`>`) are thrown as x3::expectation_failure and turned into SyntaxError by parse().

}  // namespace newsgraph::query::grammar
