#include "graph/name_index.h"

#include <catch2/catch.hpp>

#include "graph/edit_distance.h"

using newsgraph::graph::NameIndex;
using newsgraph::graph::normaliseName;

TEST_CASE("normaliseName: case, punctuation, possessives and a leading 'the' fold", "[graph]") {
    CHECK(normaliseName("South Korea\u2019s") == "south korea");
    CHECK(normaliseName("the  National Intelligence Service") == "national intelligence service");
    CHECK(normaliseName("Kim Jong-un") == normaliseName("kim jong un"));
    CHECK(normaliseName("U.S.") == "us");  // an acronym's dots go
    CHECK(normaliseName("U.N. Human Rights Office") == normaliseName("UN Human Rights Office"));
    CHECK(normaliseName("Zelenskyy") != normaliseName("Zelensky"));
    CHECK(normaliseName("Théâtre") == "theatre");  // Latin diacritics fold
    CHECK(normaliseName("Erdoğan") == normaliseName("Erdogan"));
    CHECK(normaliseName("Volker Türk") == normaliseName("Volker Turk"));
    CHECK(normaliseName("Łódź") == "lodz");
    CHECK(normaliseName("Straße") == "strasse");
    CHECK(normaliseName("St. Louis") == "st louis");  // not an acronym
    CHECK(normaliseName("...").empty());
}

TEST_CASE("NameIndex: a vertex is found under every name it was added with", "[graph]") {
    NameIndex index;
    index.add("National Intelligence Service", 3);
    index.add("NIS", 3);
    index.add("nis", 3);  // same key, not added twice
    index.add("Nis", 7);
    CHECK(index.find("the national intelligence service").size() == 1);
    REQUIRE(index.find("NIS").size() == 2);
    CHECK(index.find("NIS")[0] == 3);
    CHECK(index.find("NIS")[1] == 7);
    CHECK(index.find("CIA").empty());
    CHECK(index.find("").empty());
}

TEST_CASE("editDistance: insertions, deletions and substitutions cost one", "[graph]") {
    CHECK(newsgraph::graph::editDistance("kweun", "kun") == 2);
    CHECK(newsgraph::graph::editDistance("", "abc") == 3);
    CHECK(newsgraph::graph::editDistance("Agency", "agency") == 1);  // case-sensitive
    CHECK(newsgraph::graph::editDistance("same", "same") == 0);
}
