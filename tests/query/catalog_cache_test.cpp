// The names catalogue that "did you mean" checks read is shared across engines on one
// graph (the shell runs one engine per statement) and follows the graph's writes.
#include <catch2/catch.hpp>

#include <algorithm>

#include "shell/query/error.h"
#include "shell/query/query_engine.h"

using namespace newsgraph;

TEST_CASE("Catalog cache: built once for engines on one graph, rebuilt after a write", "[query]") {
    graph::PropertyGraph g;
    query::QueryOptions options;
    options.checkNames = true;
    query::CatalogCache cache;
    {
        query::QueryEngine engine(g, options, cache);
        engine.run("CREATE (:Vessel {name: 'Aurora'})");
    }
    {
        query::QueryEngine engine(g, options, cache);
        engine.run("MATCH (n:Vessel) RETURN n.name");
        REQUIRE(cache.built);
        CHECK(cache.version == g.version());
        CHECK(std::count(cache.catalog.labels.begin(), cache.catalog.labels.end(), "Vessel") == 1);
    }
    {
        // A write after the cache was built: the next engine sees the new label.
        query::QueryEngine engine(g, options, cache);
        engine.run("CREATE (:Harbour {name: 'Sund'})");
    }
    query::QueryEngine engine(g, options, cache);
    CHECK_THROWS_AS(engine.run("MATCH (n:Harbor) RETURN n"), query::Error);  // did you mean `Harbour`?
    CHECK(std::count(cache.catalog.labels.begin(), cache.catalog.labels.end(), "Harbour") == 1);
}
