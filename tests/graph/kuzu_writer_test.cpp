#include "graph/kuzu_writer.h"

#include <catch2/catch.hpp>

#include "tests/graph/export_test_support.h"

using namespace newsgraph::graph;
using newsgraph::testing::columnOf;
using newsgraph::testing::readCsv;
using newsgraph::testing::readFile;

TEST_CASE("Kuzu: which strings can be STRING[] elements", "[graph][kuzu]") {
    CHECK(kuzuListElementOk("NIS"));
    CHECK(kuzuListElementOk("South Korea's spy agency"));
    CHECK(kuzuListElementOk("中文"));
    CHECK_FALSE(kuzuListElementOk(""));
    CHECK_FALSE(kuzuListElementOk("a,b"));
    CHECK_FALSE(kuzuListElementOk("[x]"));
    CHECK_FALSE(kuzuListElementOk("'quoted'"));
    CHECK_FALSE(kuzuListElementOk("say \"x\""));
    CHECK_FALSE(kuzuListElementOk(" pad"));
    CHECK_FALSE(kuzuListElementOk("NULL"));
}

TEST_CASE("Kuzu: a schema with one node table per label and typed columns", "[graph][kuzu]") {
    auto dir = newsgraph::testing::scratchDir("kuzu");
    PropertyGraph g = newsgraph::testing::loadExportFixture();
    REQUIRE(saveKuzu(g, {}, dir.string()));
    std::string script = readFile(dir / "load.cypher");
    CHECK_THAT(script,
               Catch::Contains("CREATE NODE TABLE `Agency`(id INT64, labels STRING[], `aliases` "
                               "STRING[], `name` STRING, PRIMARY KEY(id));"));
    // Aliases that Kùzu's list syntax cannot hold make the Actor column JSON text.
    CHECK_THAT(script, Catch::Contains("CREATE NODE TABLE `Actor`(id INT64, labels STRING[], "
                                       "`aliases` STRING, `name` STRING, `role` STRING"));
    CHECK_THAT(script, Catch::Contains("`high` INT64, `low` INT64, `measure` STRING"));
    CHECK_THAT(script, Catch::Contains("`value` DOUBLE"));
    CHECK_THAT(script, Catch::Contains("`prop_id` INT64, `prop_labels` STRING"));
    CHECK_THAT(script, Catch::Contains("`scores` DOUBLE[]"));
    CHECK_THAT(script, Catch::Contains("`tags` STRING[]"));
    CHECK_THAT(script, Catch::Contains("CREATE REL TABLE `REPORTED_BY`(FROM `Figure` TO `Actor`, "
                                       "FROM `Figure` TO `Agency`, FROM `Figure` TO `Place`, "
                                       "id INT64, `article` STRING);"));
    CHECK_THAT(script, Catch::Contains("COPY `Figure` FROM 'nodes_Figure.csv' (header=true, "
                                       "parallel=false);"));
    CHECK_THAT(script,
               Catch::Contains("COPY `REPORTED_BY` FROM 'rels_REPORTED_BY_Figure_Agency.csv'"
                               " (header=true, parallel=false, from='Figure', "
                               "to='Agency');"));
    // Every CREATE comes before every COPY.
    CHECK(script.rfind("CREATE ") < script.find("COPY "));
}

TEST_CASE("Kuzu: rows hold ids, all labels and lists in Kùzu's syntax", "[graph][kuzu]") {
    auto dir = newsgraph::testing::scratchDir("kuzu-rows");
    PropertyGraph g = newsgraph::testing::loadExportFixture();
    REQUIRE(saveKuzu(g, {}, dir.string()));
    auto people = readCsv(readFile(dir / "nodes_Person.csv"));
    REQUIRE(people.size() == 2);
    CHECK(people[1].fields[0] == "15");
    CHECK(people[1].fields[1] == "[Person,Journalist]");
    CHECK(people[1].fields[columnOf(people[0], "tags")] == "[a;b,c]");
    CHECK(people[1].fields[columnOf(people[0], "scores")] == "[1.0,2.5]");
    auto unlabelled = readCsv(readFile(dir / "nodes_Node.csv"));
    REQUIRE(unlabelled.size() == 3);
    CHECK(unlabelled[1].fields[1] == "[]");
    CHECK(unlabelled[1].fields[columnOf(unlabelled[0], "nested")] == "[[1],[2]]");
    CHECK(unlabelled[2].fields[1] == "[Node]");
    auto loops = readCsv(readFile(dir / "rels_KNOWS_Person_Person.csv"));
    REQUIRE(loops.size() == 2);
    CHECK(loops[1].fields == std::vector<std::string>{"15", "15", "16", "2001.0"});
    auto parallel = readCsv(readFile(dir / "rels_KNOWS_Person_Node.csv"));
    CHECK(parallel.size() == 3);
}

TEST_CASE("Kuzu: names that clash in Kùzu's case-insensitive namespace are made unique",
          "[graph][kuzu]") {
    auto dir = newsgraph::testing::scratchDir("kuzu-names");
    PropertyGraph g;
    auto a = g.addNode({"person"}, {{"name", Value("a")}, {"Name", Value("b")}, {"ID", Value(1)}});
    auto b = g.addNode({"Person"}, {{"_id", Value("x")}});
    g.addEdge(a, b, "PERSON");
    REQUIRE(saveKuzu(g, {}, dir.string()));
    std::string script = readFile(dir / "load.cypher");
    CHECK_THAT(script, Catch::Contains("CREATE NODE TABLE `Person`(id INT64, labels STRING[], "
                                       "`prop__id` STRING, PRIMARY KEY(id));"));
    CHECK_THAT(script, Catch::Contains("CREATE NODE TABLE `person_2`(id INT64, labels STRING[], "
                                       "`prop_ID` INT64, `Name` STRING, `prop_name` STRING"));
    CHECK_THAT(script, Catch::Contains("CREATE REL TABLE `PERSON_3`(FROM `person_2` TO `Person`"));
}

TEST_CASE("Kuzu: empty strings are set after the copy, since Kùzu reads \"\" as null",
          "[graph][kuzu]") {
    auto dir = newsgraph::testing::scratchDir("kuzu-empty");
    PropertyGraph g;
    auto a = g.addNode({"A"}, {{"s", Value("")}, {"t", Value("x")}});
    auto b = g.addNode({"A"}, {{"s", Value("")}, {"t", Value("")}});
    g.addEdge(a, b, "R", {{"note", Value("")}});
    REQUIRE(saveKuzu(g, {}, dir.string()));
    auto rows = readCsv(readFile(dir / "nodes_A.csv"));
    CHECK(rows[1].fields == std::vector<std::string>{"1", "[A]", "", "x"});
    std::string script = readFile(dir / "load.cypher");
    CHECK_THAT(script,
               Catch::EndsWith("MATCH (x:`A`) WHERE x.id IN [1, 2] SET x.`s` = '';\n"
                               "MATCH (x:`A`) WHERE x.id IN [2] SET x.`t` = '';\n"
                               "MATCH ()-[x:`R`]->() WHERE x.id IN [1] SET x.`note` = '';\n"));
}
