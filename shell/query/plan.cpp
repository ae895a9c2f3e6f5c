#include "shell/query/plan.h"

#include "shell/query/stored_count.h"

namespace newsgraph::query {

namespace {

std::string startOf(const ast::NodePattern& n, const ast::Expr& where) {
    if (!n.variable.empty() && where.kind != ast::ExprKind::Absent) {
        std::vector<const ast::Expr*> stack{&where};
        while (!stack.empty()) {
            const ast::Expr* e = stack.back();
            stack.pop_back();
            if (e->kind == ast::ExprKind::Binary && e->name == "AND") {
                for (const auto& a : e->args) stack.push_back(&a);
            } else if (e->kind == ast::ExprKind::Comparison && e->keys.size() == 1 &&
                       e->keys[0] == "=") {
                for (const auto& a : e->args) {
                    if (a.kind == ast::ExprKind::Function && a.args.size() == 1 &&
                        a.args[0].kind == ast::ExprKind::Variable && a.args[0].name == n.variable &&
                        (a.name == "id" || a.name == "ID")) {
                        return "NodeByIdSeek";
                    }
                }
                for (int side = 0; side < 2; ++side) {
                    const ast::Expr& a = e->args[side];
                    const ast::Expr& value = e->args[1 - side];
                    if (a.kind == ast::ExprKind::Property && a.name == "name" && a.args.size() == 1 &&
                        a.args[0].kind == ast::ExprKind::Variable && a.args[0].name == n.variable &&
                        value.kind == ast::ExprKind::Literal && value.value.isString()) {
                        return "NameIndexSeek(name = '" + value.value.asString() + "')";
                    }
                }
            }
        }
    }
    const ast::Expr& props = n.properties;
    if (props.kind == ast::ExprKind::Map) {
        for (std::size_t i = 0; i < props.keys.size(); ++i) {
            if (props.keys[i] == "name" && props.args[i].kind == ast::ExprKind::Literal &&
                props.args[i].value.isString()) {
                return "NameIndexSeek(name = '" + props.args[i].value.asString() + "')";
            }
        }
    }
    if (!n.labels.empty()) return "LabelIndexScan(:" + n.labels[0] + ")";
    return "AllNodesScan";
}

std::string describePart(const ast::PatternPart& part, const ast::Expr& where) {
    std::string name = part.nodes[0].variable.empty() ? "anonymous" : part.nodes[0].variable;
    std::string out = startOf(part.nodes[0], where) + " -> " + name;
    for (std::size_t i = 0; i < part.rels.size(); ++i) {
        const auto& r = part.rels[i];
        out += r.variableLength ? " | VarLengthExpand" : " | Expand";
        if (!r.types.empty()) {
            out += "(:";
            for (std::size_t t = 0; t < r.types.size(); ++t) out += (t ? "|" : "") + r.types[t];
            out += ")";
        }
        if (r.variableLength) {
            out += "[" + std::to_string(r.minHops < 0 ? 1 : r.minHops) + ".." +
                   (r.maxHops < 0 ? std::string("limit") : std::to_string(r.maxHops)) + "]";
        }
    }
    if (!part.shortest.empty()) out = part.shortest + "(BFS) over " + out;
    return out;
}

}  // namespace

std::vector<std::string> describePlan(const BoundStatement& bound) {
    std::vector<std::string> lines;
    const auto& queries = bound.statement->queries;
    for (std::size_t q = 0; q < queries.size(); ++q) {
        if (q > 0) lines.push_back(bound.statement->unionAll[q - 1] ? "UnionAll" : "Union");
        const auto& clauses = queries[q].clauses;
        for (std::size_t k = 0; k < clauses.size(); ++k) {
            const ast::Clause& c = clauses[k];
            if (k == 0 && k + 1 < clauses.size()) {
                if (auto count = storedCount(c, clauses[k + 1], bound)) {
                    lines.push_back("Match: " + count->describe() + " (no rows are matched)");
                    continue;
                }
            }
            switch (c.kind) {
                case ast::ClauseKind::Match:
                    for (const auto& part : c.patterns) {
                        lines.push_back(std::string(c.optional ? "OptionalMatch: " : "Match: ") +
                                        describePart(part, c.where));
                    }
                    if (c.where.kind != ast::ExprKind::Absent) lines.push_back("Filter");
                    break;
                case ast::ClauseKind::Unwind: lines.push_back("Unwind -> " + c.variable); break;
                case ast::ClauseKind::Create: lines.push_back("Create"); break;
                case ast::ClauseKind::Set: lines.push_back("Set"); break;
                case ast::ClauseKind::Remove: lines.push_back("Remove"); break;
                case ast::ClauseKind::Delete:
                    lines.push_back(c.detach ? "DetachDelete (at the end of the statement)"
                                             : "Delete (at the end of the statement)");
                    break;
                case ast::ClauseKind::Merge: {
                    std::string line = "Merge: " + describePart(c.patterns[0], c.where) +
                                       " | else Create";
                    if (!c.onMatch.empty()) line += " | OnMatchSet";
                    if (!c.onCreate.empty()) line += " | OnCreateSet";
                    lines.push_back(line);
                    break;
                }
                case ast::ClauseKind::With:
                case ast::ClauseKind::Return: {
                    const auto& p = bound.projections.at(&c);
                    std::string word = c.kind == ast::ClauseKind::With ? "With" : "Return";
                    std::string line = (p.aggregating ? "Aggregate" : "Project") +
                                       std::string(" (") + word + ")";
                    if (c.distinct) line += " | Distinct";
                    if (!c.orderBy.empty()) {
                        line += c.limit.kind != ast::ExprKind::Absent ? " | Top-k Sort" : " | Sort";
                    }
                    if (c.skip.kind != ast::ExprKind::Absent) line += " | Skip";
                    if (c.limit.kind != ast::ExprKind::Absent) line += " | Limit";
                    if (c.where.kind != ast::ExprKind::Absent) line += " | Filter";
                    lines.push_back(line);
                    break;
                }
                case ast::ClauseKind::Refused: break;
            }
        }
    }
    return lines;
}

}  // namespace newsgraph::query
