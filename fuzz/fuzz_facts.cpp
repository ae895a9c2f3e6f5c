// libFuzzer target: the facts-line reader behind `newsgraph merge`, and the cross-article
// stages on whatever it accepts: a line may name reporters, places and spans no stage
// wrote together (a hand-edited or corrupted file), and the graph must still be built
// without a crash.
#include <sstream>
#include <string>
#include <vector>

#include "graph/property_graph.h"
#include "parser/facts_json.h"
#include "parser/pipeline.h"

using namespace newsgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    std::vector<parser::ArticleFacts> facts;
    std::string line, error;
    while (std::getline(in, line)) {
        parser::ArticleFacts one;
        if (parser::factsFromJsonLine(line, one, error)) facts.push_back(std::move(one));
    }
    if (!facts.empty()) {
        graph::PropertyGraph graph;
        parser::addFacts(std::move(facts), graph);
    }
    return 0;
}
