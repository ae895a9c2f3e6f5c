#include "graph/stable_id.h"

#include <cstdint>

#include "graph/property_graph.h"

namespace newsgraph::graph {

namespace {

std::uint64_t mix(std::uint64_t x) {  // splitmix64's finaliser
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

NodeId fold(std::uint64_t hash) {
    return static_cast<NodeId>(mix(hash) % static_cast<std::uint64_t>(kStableIdRange - 1)) + 1;
}

}  // namespace

NodeId stableId(std::initializer_list<std::string_view> parts) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (std::string_view part : parts) {
        for (unsigned char c : part) hash = (hash ^ c) * 0x100000001b3ULL;
        hash = (hash ^ 0xffu) * 0x100000001b3ULL;  // a separator no UTF-8 text holds
    }
    return fold(hash);
}

// Probes by rehashing, then (should a probe cycle be full) one by one, so it ends.
template <typename Taken>
std::int64_t firstFree(std::int64_t id, Taken taken) {
    for (int i = 0; i < 64 && taken(id); ++i) id = fold(static_cast<std::uint64_t>(id));
    while (taken(id)) id = id % (kStableIdRange - 1) + 1;
    return id;
}

NodeId freeNodeId(const PropertyGraph& graph, NodeId id) {
    return firstFree(id, [&](NodeId n) { return graph.findNode(n).has_value(); });
}

EdgeId freeEdgeId(const PropertyGraph& graph, EdgeId id) {
    return firstFree(id, [&](EdgeId e) { return graph.findEdge(e).has_value(); });
}

}  // namespace newsgraph::graph
