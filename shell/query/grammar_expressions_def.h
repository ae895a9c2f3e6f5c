#pragma once

// The query grammar's expressions: names, literals, operators, functions. Part of
// grammar_def.h: included only there, in this order, and compiled in one translation
// unit (grammar.cpp).

namespace newsgraph::query::grammar {

// --- names and literals ----------------------------------------------------------------

auto const plainName = x3::rule<struct PlainNameId, std::string>{"name"} =
    x3::lexeme[(x3::alpha | x3::char_('_')) >> *(x3::alnum | x3::char_('_'))];
auto const quotedName = x3::rule<struct QuotedNameId, std::string>{"name"} =
    x3::lexeme['`' >> *((x3::lit("``") >> x3::attr('`')) | ~x3::char_('`')) >> '`'];

auto const symbolicName_def = plainName | quotedName;
// Both branches assign _val in an action: with an action on one branch only, X3 parsed the
// other into a temporary and a `quoted` variable came out empty.
auto const variableName_def =
    plainName[([](auto& ctx) {
        _pass(ctx) = !isReserved(_attr(ctx));
        _val(ctx) = _attr(ctx);
    })] |
    quotedName[([](auto& ctx) { _val(ctx) = _attr(ctx); })];

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

// A function name may have a namespace: date.truncate, duration.between.
auto const functionCall_def =
    symbolicName[([](auto& ctx) { _val(ctx) = node(ast::ExprKind::Function, _attr(ctx)); })] >>
    *(('.' >> symbolicName)[([](auto& ctx) { _val(ctx).name += "." + _attr(ctx); })]) >>
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

}  // namespace newsgraph::query::grammar
