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
// Writing clauses. SET and REMOVE items are read as a postfix expression (`n.k`, `(n).k`,
// `n:A`, `n`) and an optional `= value` or `+= value`; the binder says which are allowed.
auto const clauseKind = [](ast::ClauseKind kind) {
    return [kind](auto& ctx) { _val(ctx).kind = kind; };
};
auto const setTarget = [](auto& ctx) { _val(ctx).target = std::move(_attr(ctx)); };
auto const setOp = [](const char* op) { return [op](auto& ctx) { _val(ctx).op = op; }; };
auto const setValue = [](auto& ctx) { _val(ctx).value = std::move(_attr(ctx)); };
auto const setItem_body_def =
    postfixExpr[setTarget] >> -((x3::lit("+=")[setOp("+=")] > expression[setValue]) |
                                (x3::lit('=')[setOp("=")] > expression[setValue]));
auto const removeItem_body_def = postfixExpr[setTarget];
auto const pushSetItem = [](auto& ctx) { _val(ctx).setItems.push_back(std::move(_attr(ctx))); };
auto const setClause_def = kw("SET")[clauseKind(ast::ClauseKind::Set)] > (setItem[pushSetItem] % ',');
auto const removeClause_def =
    kw("REMOVE")[clauseKind(ast::ClauseKind::Remove)] > (removeItem[pushSetItem] % ',');
auto const deleteClause_def =
    -(kw("DETACH")[([](auto& ctx) { _val(ctx).detach = true; })]) >>
    kw("DELETE")[clauseKind(ast::ClauseKind::Delete)] >
    (expression[([](auto& ctx) { _val(ctx).deleted.push_back(std::move(_attr(ctx))); })] % ',');
auto const mergeClause_def =
    kw("MERGE")[clauseKind(ast::ClauseKind::Merge)] >
    patternPart[([](auto& ctx) { _val(ctx).patterns.push_back(std::move(_attr(ctx))); })] >>
    *(kw("ON") >
      ((kw("CREATE") > kw("SET") >
        (setItem[([](auto& ctx) { _val(ctx).onCreate.push_back(std::move(_attr(ctx))); })] % ',')) |
       (kw("MATCH") > kw("SET") >
        (setItem[([](auto& ctx) { _val(ctx).onMatch.push_back(std::move(_attr(ctx))); })] % ','))));

auto const refusedKeyword = x3::rule<struct RefusedKeywordId, std::string>{"clause"} =
    x3::raw[kw("CALL") | kw("FOREACH") | kw("LOAD")];
auto const refusedClause_def = refusedKeyword[([](auto& ctx) {
                                   _val(ctx).kind = ast::ClauseKind::Refused;
                                   _val(ctx).keyword = _attr(ctx);
                               })] >>
                               x3::omit[x3::lexeme[*(x3::char_ - ';')]];

auto const clause_body_def = matchClause[assign] | unwindClause[assign] | withClause[assign] |
                        returnClause[assign] | createClause[assign] | setClause[assign] |
                        removeClause[assign] | deleteClause[assign] | mergeClause[assign] |
                        refusedClause[assign];
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
