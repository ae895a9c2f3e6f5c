#include "shell/query/result_selection.h"

namespace newsgraph::query {

namespace {

void collect(const RuntimeValue& value, const graph::PropertyGraph& g, ResultSelection& out) {
    switch (value.kind()) {
        case RuntimeValue::Kind::Node:
            out.selection.addNode(value.asNode());
            out.empty = false;
            break;
        case RuntimeValue::Kind::Rel:
            out.selection.addEdge(g, value.asRel());
            out.empty = false;
            break;
        case RuntimeValue::Kind::Path:
            for (auto v : value.asPath().nodes) out.selection.addNode(v);
            for (auto e : value.asPath().rels) out.selection.addEdge(g, e);
            out.empty = false;
            break;
        case RuntimeValue::Kind::List:
            for (const auto& item : value.asList()) collect(item, g, out);
            break;
        case RuntimeValue::Kind::Map:
            for (const auto& [key, item] : value.asMap()) collect(item, g, out);
            break;
        default:
            break;
    }
}

}  // namespace

ResultSelection selectionOf(const QueryResult& result) {
    ResultSelection out;
    for (const auto& row : result.rows) {
        for (const auto& value : row) collect(value, *result.graph, out);
    }
    return out;
}

}  // namespace newsgraph::query
