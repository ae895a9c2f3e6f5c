#include "shell/query/stored_count.h"

#include "shell/query/functions.h"

namespace newsgraph::query {

namespace {

bool plainNode(const ast::NodePattern& n) { return n.properties.kind == ast::ExprKind::Absent; }

}  // namespace

std::string StoredCount::describe() const {
    switch (kind) {
        case Kind::NodesWithLabel: return "NodeCountFromLabelIndex(:" + label + ")";
        case Kind::AllNodes: return "NodeCountFromStore";
        case Kind::AllRelationships: return "RelationshipCountFromStore";
    }
    return {};
}

std::optional<StoredCount> storedCount(const ast::Clause& match, const ast::Clause& projection,
                                       const BoundStatement& bound) {
    if (match.kind != ast::ClauseKind::Match || match.optional || match.where.kind != ast::ExprKind::Absent ||
        match.patterns.size() != 1) {
        return std::nullopt;
    }
    const ast::PatternPart& part = match.patterns[0];
    if (!part.pathVariable.empty() || !part.shortest.empty()) return std::nullopt;
    StoredCount out;
    std::string counted;  // the variable whose count is the count
    if (part.nodes.size() == 1 && part.rels.empty()) {
        const ast::NodePattern& n = part.nodes[0];
        if (!plainNode(n) || n.labels.size() > 1) return std::nullopt;
        out.kind = n.labels.empty() ? StoredCount::Kind::AllNodes : StoredCount::Kind::NodesWithLabel;
        if (!n.labels.empty()) out.label = n.labels[0];
        counted = n.variable;
    } else if (part.nodes.size() == 2 && part.rels.size() == 1) {
        // ()-[r]->(): every relationship once (undirected, each twice: not a stored count).
        const ast::RelPattern& r = part.rels[0];
        for (const auto& n : part.nodes) {
            if (!plainNode(n) || !n.labels.empty() || (!n.variable.empty() && n.variable == r.variable)) {
                return std::nullopt;
            }
        }
        if (!part.nodes[0].variable.empty() && part.nodes[0].variable == part.nodes[1].variable) return std::nullopt;
        if (r.variableLength || !r.types.empty() || r.properties.kind != ast::ExprKind::Absent ||
            r.direction == ast::Direction::Both) {
            return std::nullopt;
        }
        out.kind = StoredCount::Kind::AllRelationships;
        counted = r.variable;
    } else {
        return std::nullopt;
    }
    if (projection.kind != ast::ClauseKind::Return && projection.kind != ast::ClauseKind::With) return std::nullopt;
    if (projection.distinct || projection.where.kind != ast::ExprKind::Absent) return std::nullopt;
    auto found = bound.projections.find(&projection);
    if (found == bound.projections.end() || !found->second.aggregating) return std::nullopt;
    const BoundProjection& p = found->second;
    for (const ast::Expr* e : p.exprs) {
        if (!e) return std::nullopt;  // `*`
        const bool star = e->kind == ast::ExprKind::CountStar;
        const FunctionInfo* function = e->kind == ast::ExprKind::Function ? findFunction(e->name) : nullptr;
        const bool countOfVariable = function && function->name == "count" && !e->distinct &&
                                     e->args.size() == 1 && e->args[0].kind == ast::ExprKind::Variable &&
                                     !counted.empty() && e->args[0].name == counted;
        if (!star && !countOfVariable) return std::nullopt;
    }
    return out;
}

}  // namespace newsgraph::query
