// Recognising a graph.json by its first bytes, so that no door reads one as an article.
#include <cstdio>

#include "graph/graph_json.h"

namespace newsgraph::graph {

bool isGraphJsonFile(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return false;
    char buffer[4096];
    const std::size_t n = std::fread(buffer, 1, sizeof buffer, file);
    std::fclose(file);
    std::string_view head(buffer, n);
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    auto skipSpace = [&] {
        while (!head.empty() && (head[0] == ' ' || head[0] == '\t' || head[0] == '\r' ||
                                 head[0] == '\n')) {
            head.remove_prefix(1);
        }
    };
    skipSpace();
    if (head.empty() || head[0] != '{') return false;
    head.remove_prefix(1);
    skipSpace();
    // The writer puts "format" first; files written by hand may open with a section.
    for (std::string_view key : {"\"format\"", "\"articles\"", "\"nodes\"", "\"edges\""}) {
        if (head.substr(0, key.size()) == key) return true;
    }
    return false;
}

}  // namespace newsgraph::graph
