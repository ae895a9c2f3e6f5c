#include "shell/query/statement_splitter.h"

#include <catch2/catch.hpp>

using namespace newsgraph::query;

TEST_CASE("StatementSplitter: ';' inside strings and comments does not split", "[query]") {
    std::string script = "RETURN 'a;b' AS x; // one; two\nRETURN 2 /* ; */;\n\n// only a comment\n";
    auto statements = splitStatements(script);
    REQUIRE(statements.size() == 2);
    CHECK(statements[0].text == "RETURN 'a;b' AS x");
    CHECK(statements[0].offset == 0);
    CHECK(statements[1].offset == script.find(';', 10) + 1);
    CHECK(statements[1].text.find("RETURN 2") != std::string::npos);
}

TEST_CASE("StatementSplitter: a last statement without ';' is kept", "[query]") {
    auto statements = splitStatements("RETURN 1;\nRETURN 2");
    REQUIRE(statements.size() == 2);
    CHECK(statements[1].text == "\nRETURN 2");
    CHECK(statements[1].offset == 9);
}
