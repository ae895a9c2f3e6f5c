#include "graph/graph_json.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <limits>

#include "graph/news_graph.h"
#include "temporal/temporal_parse.h"
#include "tests/test_paths.h"

using namespace newsgraph::graph;
using newsgraph::Status;
namespace fs = std::filesystem;

namespace {

void writeText(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Every node and edge of `a` is in `b` with the same id, labels, properties, mentions.
void requireSameGraph(const PropertyGraph& a, const PropertyGraph& b) {
    REQUIRE(a.nodeCount() == b.nodeCount());
    REQUIRE(a.edgeCount() == b.edgeCount());
    for (std::size_t v = 0; v < a.nodeCount(); ++v) {
        const NodeRecord& x = a.node(v);
        auto w = b.findNode(x.id);
        REQUIRE(w.has_value());
        const NodeRecord& y = b.node(*w);
        CHECK(x.labels == y.labels);
        CHECK(x.properties == y.properties);
        CHECK(x.mentions == y.mentions);
    }
    for (auto e : a.edges()) {
        const EdgeRecord& x = a.edge(e);
        auto f = b.findEdge(x.id);
        REQUIRE(f.has_value());
        CHECK(b.edge(*f).type == x.type);
        CHECK(b.edge(*f).properties == x.properties);
        CHECK(b.node(b.source(*f)).id == a.node(a.source(e)).id);
        CHECK(b.node(b.target(*f)).id == a.node(a.target(e)).id);
    }
}

PropertyGraph sampleGraph() {
    PropertyGraph g;
    NewsGraph news(g);
    auto article = news.addArticle({"a1", "one.txt", "Title \"quoted\"", "2025-04-30", "Wire",
                                    "https://example.org/x",
                                    "Body text \u2014 with \\ slash, and more of it, so that "
                                    "every mention below lies inside the text"});
    auto agency = news.addEntity(
        {NodeKind::Agency, "National Intelligence Service", {"NIS"}, "", {{"a1", 5, 34}}});
    auto actor = news.addEntity({NodeKind::Actor, "Lee Seong-kweun", {"Lee"}, "lawmaker", {}});
    FigureInfo range;
    range.low = Value(10000);
    range.high = Value(15000);
    range.qualifier = "approximately";
    range.measure = "deployed";
    range.subject = "soldiers";
    range.when = "present";
    range.extra["when_date"] = Value("2025-04-30");
    range.mentions = {{"a1", 40, 80}};
    auto figure = news.addFigure(range);
    news.addReportedBy(figure, agency, {"said", "subject before the cue", "a1", 0, 10, {}, 0, 0});
    news.addReportedBy(figure, actor, {"", "", "a1", 0, 0, {}, 0, 0});
    news.addMentions(article, agency);
    // The general graph underneath: anything a CREATE query can make.
    auto x = g.addNode({"Actor", "Person"},
                       {{"name", Value("X")},
                        {"aliases", Value(Value::List{})},
                        {"big", Value(std::int64_t{9223372036854775807})},
                        {"f", Value(0.1)},
                        {"nan", Value(std::nan(""))},
                        {"inf", Value(-INFINITY)},
                        {"list", Value(Value::List{Value(1), Value("two"), Value()})},
                        {"map", Value(Value::Map{{"k", Value(Value::List{})}})},
                        {"unicode", Value("\u00e9\u4e2d\U0001F600")}});
    auto y = g.addNode({});
    g.addEdge(x, y, "KNOWS", {{"since", Value(2001)}, {"article", Value(7)}});
    g.addEdge(x, y, "KNOWS");
    g.addEdge(y, y, "SELF");
    return g;
}

}  // namespace

TEST_CASE("graph.json: round trip is lossless", "[graph][graph_json]") {
    auto dir = newsgraph::testing::scratchDir("roundtrip");
    PropertyGraph original = sampleGraph();
    REQUIRE(saveGraphJson(original, (dir / "g.json").string()));
    PropertyGraph loaded;
    Status status = loadGraphJson((dir / "g.json").string(), loaded);
    INFO(status.message());
    REQUIRE(status);
    // NaN != NaN, so compare that one by kind and the rest structurally.
    // The CREATE-like node "X" (the news nodes' ids come from their content, so look it
    // up by name rather than by a number).
    auto named = [](const PropertyGraph& g) -> std::optional<PropertyGraph::Vertex> {
        auto found = g.nodesNamed("X");
        if (found.size() != 1) return std::nullopt;
        return found[0];
    };
    auto x = named(loaded);
    REQUIRE(x.has_value());
    CHECK(std::isnan(loaded.node(*x).property("nan").asDouble()));
    PropertyGraph expected = sampleGraph();
    auto px = named(original);
    REQUIRE(px.has_value());
    original.setProperty(*px, "nan", Value());
    loaded.setProperty(*x, "nan", Value());
    requireSameGraph(original, loaded);
    // And writing it again gives the same bytes.
    REQUIRE(saveGraphJson(loaded, (dir / "again.json").string()));
    REQUIRE(saveGraphJson(original, (dir / "first.json").string()));
    CHECK(readText(dir / "again.json") == readText(dir / "first.json"));
}

TEST_CASE("graph.json: the contract's fields are written", "[graph][graph_json]") {
    auto dir = newsgraph::testing::scratchDir("contract");
    REQUIRE(saveGraphJson(sampleGraph(), (dir / "g.json").string()));
    std::string text = readText(dir / "g.json");
    CHECK(text.find("\"format\":\"newsgraph-1\"") != std::string::npos);
    CHECK(text.find("{\"id\":\"a1\",\"file\":\"one.txt\"") != std::string::npos);
    CHECK(text.find("\"type\":\"agency\",\"name\":\"National Intelligence Service\","
                    "\"aliases\":[\"NIS\"]") != std::string::npos);
    CHECK(text.find("\"type\":\"figure\",\"value\":null,\"low\":10000,\"high\":15000,"
                    "\"qualifier\":\"approximately\"") != std::string::npos);
    CHECK(text.find("\"type\":\"reported-by\",\"article\":\"a1\"") != std::string::npos);
    CHECK(text.find("\"type\":null") != std::string::npos);
    CHECK(text.find("\"type\":\"actor\",\"labels\":[\"Person\"]") != std::string::npos);
}

TEST_CASE("graph.json: a failed write leaves the previous file whole", "[graph][graph_json]") {
    auto dir = newsgraph::testing::scratchDir("atomic");
    writeText(dir / "g.json", "precious");
    Status status = saveGraphJson(sampleGraph(), (dir / "missing-folder" / "g.json").string());
    CHECK_FALSE(status);
    CHECK(status.message().find("cannot") != std::string::npos);
    CHECK(readText(dir / "g.json") == "precious");
    // No temporary file is left behind.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++files;
    CHECK(files == 1);
}

TEST_CASE("graph.json: malformed files are refused with name, offset and reason",
          "[graph][graph_json]") {
    auto dir = newsgraph::testing::scratchDir("malformed");
    struct Case {
        const char* text;
        const char* expected;
    };
    const Case cases[] = {
        {"", "offset 0: the document is empty"},
        {"[1,2]", "offset 0: the document is not a JSON object"},
        {"{\"nodes\":[{\"id\":1}", "offset 18: missing a comma or ']' after an array element"},
        {"{\"nodes\":[{\"id\":\"x\"}]}", "offset 10: nodes[0] has no integer \"id\""},
        {"{\"nodes\":[{\"id\":1},{\"id\":1}]}", "offset 19: nodes[1] repeats node id 1"},
        {"{\"nodes\":[3]}", "nodes[0] is not an object"},
        {"{\"format\":\"other\"}", "unknown format other"},
        {"{\"nodes\":[{\"id\":1}],\"edges\":[{\"from\":1,\"to\":2,\"type\":\"R\"}]}",
         "offset 29: an edge refers to node 2, which the file does not define"},
        {"{\"edges\":[{\"from\":1,\"to\":1}]}", "edges[0] has no \"type\""},
        {"{\"nodes\":[{\"id\":1,\"mentions\":[{\"article\":\"a\",\"begin\":5,\"end\":2}]}]}",
         "has a mention without"},
        {"{\"nodes\":[{\"id\":1,\"name\":\"\xff\"}]}", "invalid encoding"},
    };
    int i = 0;
    for (const auto& c : cases) {
        auto path = dir / ("bad" + std::to_string(i++) + ".json");
        writeText(path, c.text);
        PropertyGraph g;
        Status status = loadGraphJson(path.string(), g);
        INFO(c.text);
        REQUIRE_FALSE(status);
        CHECK_THAT(status.message(), Catch::Contains(path.string() + ": offset"));
        CHECK_THAT(status.message(), Catch::Contains(c.expected));
        CHECK(g.nodeCount() == 0);
    }
    PropertyGraph g;
    Status missing = loadGraphJson((dir / "nope.json").string(), g);
    CHECK(missing.message() == (dir / "nope.json").string() + ": No such file or directory");
}

TEST_CASE("graph.json: numbers are read exactly, however they are spelled", "[graph][graph_json]") {
    auto dir = newsgraph::testing::scratchDir("numbers");
    // A fraction of 440 zeros made RapidJSON's own conversion read out of bounds (a
    // fuzzing find); the others pin integers, big integers, exponents and the extremes.
    const std::string zeros = "0." + std::string(440, '0');
    const std::string tiny = "0." + std::string(400, '0') + "1";
    writeText(dir / "g.json",
              "{\"format\":\"newsgraph-1\",\"nodes\":[{\"id\":1,\"labels\":[],\"properties\":{"
              "\"zeros\":" + zeros + ",\"tiny\":" + tiny + ",\"int\":-42,\"big\":18446744073709551615,"
              "\"exp\":2.5e3,\"third\":0.1,\"max\":1.7976931348623157e308,\"sub\":5e-324,"
              "\"under\":1e-400,\"ninf\":-Infinity}}]}");
    PropertyGraph g;
    Status status = loadGraphJson((dir / "g.json").string(), g);
    INFO(status.message());
    REQUIRE(status);
    auto n = g.findNode(1);
    REQUIRE(n.has_value());
    const auto& node = g.node(*n);
    CHECK(node.property("zeros").asDouble() == 0.0);
    CHECK(node.property("tiny").asDouble() == 0.0);
    CHECK(node.property("int").asInt() == -42);
    CHECK(node.property("big").asDouble() == 18446744073709551615.0);
    CHECK(node.property("exp").asDouble() == 2500.0);
    CHECK(node.property("third").asDouble() == 0.1);
    CHECK(node.property("max").asDouble() == std::numeric_limits<double>::max());
    CHECK(node.property("sub").asDouble() == std::numeric_limits<double>::denorm_min());
    CHECK(node.property("under").asDouble() == 0.0);
    CHECK(node.property("ninf").asDouble() == -INFINITY);

    writeText(dir / "huge.json", "{\"format\":\"newsgraph-1\",\"nodes\":[{\"id\":1,\"properties\":{\"x\":1e999}}]}");
    PropertyGraph h;
    Status refused = loadGraphJson((dir / "huge.json").string(), h);
    REQUIRE_FALSE(refused);
    CHECK_THAT(refused.message(), Catch::Contains("too big"));
}

TEST_CASE("graph.json: a truncated file never crashes the reader", "[graph][graph_json]") {
    auto dir = newsgraph::testing::scratchDir("truncated");
    REQUIRE(saveGraphJson(sampleGraph(), (dir / "g.json").string()));
    std::string text = readText(dir / "g.json");
    for (std::size_t cut = 0; cut + 2 < text.size(); cut += 7) {
        writeText(dir / "cut.json", text.substr(0, cut));
        PropertyGraph g;
        Status status = loadGraphJson((dir / "cut.json").string(), g);
        INFO("cut at " << cut);
        CHECK_FALSE(status);
    }
}

TEST_CASE("graph.json: articles listed only in `articles` become article nodes",
          "[graph][graph_json]") {
    auto dir = newsgraph::testing::scratchDir("articles");
    writeText(dir / "g.json",
              "{\"format\":\"newsgraph-1\",\"articles\":[{\"id\":\"a1\",\"file\":\"x.txt\","
              "\"date\":null}],\"nodes\":[{\"id\":3,\"type\":\"place\",\"name\":\"Kursk\","
              "\"aliases\":[\"Kursk region\"],\"mentions\":[{\"article\":\"a1\",\"begin\":0,"
              "\"end\":5}]}],\"edges\":[]}");
    PropertyGraph g;
    REQUIRE(loadGraphJson((dir / "g.json").string(), g));
    CHECK(g.nodeCount() == 2);
    NewsGraph news(g);
    auto article = news.findArticle("a1");
    REQUIRE(article.has_value());
    CHECK(g.node(*article).property("file") == Value("x.txt"));
    CHECK(news.findEntity(NodeKind::Place, "kursk region").has_value());
}

TEST_CASE("graph.json: temporal properties round-trip as one-key objects", "[graph][graph_json]") {
    using namespace newsgraph::temporal;
    auto dir = newsgraph::testing::scratchDir("temporal");
    const Value date = parseTemporal(TemporalType::Date, "1984-10-11");
    const Value zoned = parseTemporal(TemporalType::DateTime, "1984-10-11T12:00[Europe/Stockholm]");
    const Value time = parseTemporal(TemporalType::Time, "12:31:14.645876123+01:00");
    const Value duration = parseDuration("P1Y2M10DT12H45M30.25S");
    PropertyGraph g;
    g.addNode({"Event"}, {{"on", date},
                          {"at", zoned},
                          {"time", time},
                          {"lasts", duration},
                          {"dates", Value(Value::List{date, date})},
                          {"plain", Value(Value::Map{{"$date", Value("not a date")}})}});
    REQUIRE(saveGraphJson(g, (dir / "g.json").string()));
    const std::string text = readText(dir / "g.json");
    CHECK(text.find(R"({"$date":"1984-10-11"})") != std::string::npos);
    CHECK(text.find(R"({"$datetime":"1984-10-11T12:00+01:00[Europe/Stockholm]"})") !=
          std::string::npos);
    CHECK(text.find(R"({"$duration":"P1Y2M10DT12H45M30.25S"})") != std::string::npos);
    PropertyGraph loaded;
    Status status = loadGraphJson((dir / "g.json").string(), loaded);
    INFO(status.message());
    REQUIRE(status);
    REQUIRE(loaded.nodeCount() == 1);
    const auto& node = loaded.node(0);
    CHECK(node.property("on") == date);
    CHECK(node.property("at") == zoned);
    CHECK(node.property("time") == time);
    CHECK(node.property("lasts") == duration);
    CHECK(node.property("dates") == Value(Value::List{date, date}));
    // A one-key object whose text is not a value of its type stays a map.
    CHECK(node.property("plain").isMap());
}
