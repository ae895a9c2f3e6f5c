#pragma once

// The query grammar's patterns: nodes, relationships, paths. Part of grammar_def.h:
// included only there, in this order, and compiled in one translation unit
// (grammar.cpp).

namespace newsgraph::query::grammar {

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

}  // namespace newsgraph::query::grammar
