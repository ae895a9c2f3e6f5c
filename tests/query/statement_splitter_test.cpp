#include "shell/query/statement_splitter.h"

#include <catch2/catch.hpp>

using newsgraph::query::splitStatements;
using newsgraph::query::StatementSplitter;

TEST_CASE("StatementSplitter: statements end at a semicolon outside strings and comments", "[query]") {
    StatementSplitter splitter;
    splitter.addLine("MATCH (n) RETURN 'a;b', \"c;d\" // e;f");
    CHECK(splitter.pending());
    CHECK_FALSE(splitter.next().has_value());
    splitter.addLine("  , `x;y` /* g; */;  RETURN 1;");
    auto first = splitter.next();
    REQUIRE(first.has_value());
    CHECK(first->text == "MATCH (n) RETURN 'a;b', \"c;d\"       \n  , `x;y` /* g; */");
    CHECK(first->line == 1);
    CHECK(first->column == 1);
    auto second = splitter.next();
    REQUIRE(second.has_value());
    CHECK(second->text == "RETURN 1");
    CHECK(second->line == 2);
    CHECK(second->column == 22);
    CHECK_FALSE(splitter.pending());
}

TEST_CASE("StatementSplitter: escaped quotes do not end a string", "[query]") {
    StatementSplitter splitter;
    splitter.addLine(R"(RETURN 'it\'s; fine';)");
    auto statement = splitter.next();
    REQUIRE(statement.has_value());
    CHECK(statement->text == R"(RETURN 'it\'s; fine')");
}

TEST_CASE("StatementSplitter: leading blank lines and comments move the start", "[query]") {
    StatementSplitter splitter;
    splitter.addLine("// a comment");
    splitter.addLine("");
    CHECK_FALSE(splitter.pending());
    splitter.addLine("   RETURN");
    splitter.addLine("1");
    auto rest = splitter.takeRest();
    REQUIRE(rest.has_value());
    CHECK(rest->text == "RETURN\n1\n");
    CHECK(rest->line == 3);
    CHECK(rest->column == 4);
    CHECK_FALSE(splitter.takeRest().has_value());
}

TEST_CASE("StatementSplitter: clear drops a half-typed statement", "[query]") {
    StatementSplitter splitter;
    splitter.addLine("MATCH (n) WHERE n.name = 'unfinished");
    splitter.clear();
    splitter.addLine("RETURN 2;");
    auto statement = splitter.next();
    REQUIRE(statement.has_value());
    CHECK(statement->text == "RETURN 2");
}

TEST_CASE("splitStatements: a semicolon inside strings and comments does not split", "[query]") {
    std::string script = "RETURN 'a;b' AS x; // one; two\nRETURN 2 /* ; */;\n\n// only a comment\n";
    auto statements = splitStatements(script);
    REQUIRE(statements.size() == 2);
    CHECK(statements[0].text == "RETURN 'a;b' AS x");
    CHECK(statements[0].line == 1);
    CHECK(statements[0].column == 1);
    CHECK(statements[1].line == 2);
    CHECK(statements[1].column == 1);
    CHECK(statements[1].text == "RETURN 2 /* ; */");
}

TEST_CASE("splitStatements: a last statement without a semicolon is kept", "[query]") {
    auto statements = splitStatements("RETURN 1;\nRETURN 2");
    REQUIRE(statements.size() == 2);
    CHECK(statements[1].text == "RETURN 2\n");
    CHECK(statements[1].line == 2);
    CHECK(statements[1].column == 1);
}
