#pragma once

// The query grammar's clauses and statements. Part of grammar_def.h: included only
// there, in this order, and compiled in one translation unit (grammar.cpp).

namespace newsgraph::query::grammar {

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

}  // namespace newsgraph::query::grammar
