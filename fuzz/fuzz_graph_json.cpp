// libFuzzer target: the graph.json reader. Any bytes are refused or read; what is read
// must write and read back (the writer refuses nothing the reader accepted).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "graph/graph_json.h"

using namespace newsgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::FILE* in = ::fmemopen(const_cast<std::uint8_t*>(data), size, "rb");
    if (!in) return 0;
    graph::PropertyGraph graph;
    Status status = graph::readGraphJson(in, "fuzz.json", graph);
    std::fclose(in);
    if (!status) return 0;
    char* buffer = nullptr;
    std::size_t length = 0;
    std::FILE* out = ::open_memstream(&buffer, &length);
    std::string error;
    if (!graph::writeGraphJson(graph, out, error)) std::abort();  // read, so must write
    std::fclose(out);
    std::FILE* again = ::fmemopen(buffer, length, "rb");
    graph::PropertyGraph copy;
    if (!graph::readGraphJson(again, "copy.json", copy)) std::abort();  // and read back
    std::fclose(again);
    std::free(buffer);
    return 0;
}
