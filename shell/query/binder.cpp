#include "shell/query/binder.h"

#include <algorithm>
#include <functional>
#include <set>

#include "shell/query/error.h"
#include "shell/query/functions.h"

namespace newsgraph::query {

bool isAggregateCall(const ast::Expr& e) {
    if (e.kind == ast::ExprKind::CountStar) return true;
    if (e.kind != ast::ExprKind::Function) return false;
    const FunctionInfo* f = findFunction(e.name);
    return f && f->aggregate;
}

bool containsAggregate(const ast::Expr& e) {
    if (isAggregateCall(e)) return true;
    return std::any_of(e.args.begin(), e.args.end(), [](const ast::Expr& a) {
        return containsAggregate(a);
    });
}

bool isWritingClause(ast::ClauseKind kind) {
    switch (kind) {
        case ast::ClauseKind::Create:
        case ast::ClauseKind::Set:
        case ast::ClauseKind::Remove:
        case ast::ClauseKind::Delete:
        case ast::ClauseKind::Merge: return true;
        default: return false;
    }
}

std::string Binder::textOf(const boost::spirit::x3::position_tagged& node) const {
    SourceSpan s = span(node);
    if (s.end <= s.begin || s.end > text_.size()) return "";
    return text_.substr(s.begin, s.end - s.begin);
}

namespace {

// Adds the names a statement writes (labels, types and keys of CREATE, MERGE and SET) to
// `catalog`: a name the statement itself gives is no typo where the statement reads it.
void addWrittenNames(const ast::Statement& statement, NameCatalog& catalog) {
    auto mapKeys = [&](const ast::Expr& e) {
        if (e.kind != ast::ExprKind::Map) return;
        for (const auto& key : e.keys) catalog.keys.push_back(key);
    };
    auto items = [&](const std::vector<ast::SetItem>& setItems) {
        for (const auto& item : setItems) {
            if (item.target.kind == ast::ExprKind::Property) catalog.keys.push_back(item.target.name);
            if (item.target.kind == ast::ExprKind::LabelCheck) {
                for (const auto& label : item.target.keys) catalog.labels.push_back(label);
            }
            mapKeys(item.value);
        }
    };
    for (const auto& query : statement.queries) {
        for (const auto& c : query.clauses) {
            if (c.kind == ast::ClauseKind::Create || c.kind == ast::ClauseKind::Merge) {
                for (const auto& part : c.patterns) {
                    for (const auto& n : part.nodes) {
                        for (const auto& label : n.labels) catalog.labels.push_back(label);
                        mapKeys(n.properties);
                    }
                    for (const auto& r : part.rels) {
                        for (const auto& type : r.types) catalog.types.push_back(type);
                        mapKeys(r.properties);
                    }
                }
            }
            if (c.kind == ast::ClauseKind::Set) items(c.setItems);
            items(c.onCreate);
            items(c.onMatch);
        }
    }
}

}  // namespace

BoundStatement Binder::bind() {
    if (catalog_) {
        withWrites_ = *catalog_;
        addWrittenNames(parsed_.statement, withWrites_);
        catalog_ = &withWrites_;
    }
    BoundStatement bound;
    bound.statement = &parsed_.statement;
    bound.positions = &parsed_.positions;
    bound.text = &text_;
    const auto& queries = parsed_.statement.queries;
    std::vector<std::string> firstColumns;
    for (std::size_t i = 0; i < queries.size(); ++i) {
        bound.columns.clear();
        bindSingle(queries[i], bound);
        if (i == 0) {
            firstColumns = bound.columns;
        } else if (bound.columns != firstColumns) {
            throw BindError(span(queries[i]),
                            "all parts of a UNION must return the same columns",
                            "DifferentColumnsInUnion");
        }
    }
    const auto& all = parsed_.statement.unionAll;
    if (!all.empty() && std::any_of(all.begin(), all.end(), [&](bool b) { return b != all[0]; })) {
        throw BindError(span(queries[1]), "UNION and UNION ALL cannot be mixed",
                        "InvalidClauseComposition");
    }
    return bound;
}

void Binder::checkName(const std::string& name, const std::vector<std::string>& known,
                       const char* what, SourceSpan at) const {
    if (known.empty() || std::find(known.begin(), known.end(), name) != known.end()) return;
    // Blame the name itself when it is written inside the span (`(a:Agncy)`).
    if (at.end <= text_.size() && at.end > at.begin) {
        auto hit = text_.substr(at.begin, at.end - at.begin).find(name);
        if (hit != std::string::npos) at = {at.begin + hit, at.begin + hit + name.size()};
    }
    std::string suggestion = nearestName(name, known);
    if (suggestion.empty()) return;
    throw BindError(at, std::string("the graph has no ") + what + " `" + name +
                            "`; did you mean `" + suggestion + "`?",
                    std::string("Unknown") + (what[0] == 'l' ? "Label" : what[0] == 'r' ? "RelationshipType" : "PropertyKey"));
}

void Binder::declare(Scope& scope, const std::string& name, VarType type, const ast::Expr*,
                     SourceSpan at) {
    auto it = scope.find(name);
    if (it != scope.end() && it->second != type && it->second != VarType::Value &&
        it->second != VarType::Null) {
        throw BindError(at, "variable `" + name + "` is already bound to another kind of value",
                        "VariableTypeConflict");
    }
    scope[name] = type;
}

void Binder::bindSingle(const ast::SingleQuery& query, BoundStatement& bound) {
    Scope scope;
    const auto& clauses = query.clauses;
    for (std::size_t i = 0; i < clauses.size(); ++i) {
        const ast::Clause& c = clauses[i];
        bool last = i + 1 == clauses.size();
        switch (c.kind) {
            case ast::ClauseKind::Refused:
                throw BindError::refusedClause(c.keyword, {span(c).begin, span(c).begin + c.keyword.size()});
            case ast::ClauseKind::Match: {
                bindPatterns(c.patterns, scope, false);
                if (c.where.kind != ast::ExprKind::Absent) bindExpression(c.where, scope, false);
                break;
            }
            case ast::ClauseKind::Create:
                bindPatterns(c.patterns, scope, true);
                break;
            case ast::ClauseKind::Set:
            case ast::ClauseKind::Remove:
                for (const auto& item : c.setItems) {
                    bindSetItem(item, scope, c.kind == ast::ClauseKind::Remove);
                }
                break;
            case ast::ClauseKind::Delete:
                for (const auto& e : c.deleted) bindDeleted(e, scope);
                break;
            case ast::ClauseKind::Merge:
                bindMerge(c, scope);
                break;
            case ast::ClauseKind::Unwind:
                bindExpression(c.expr, scope, false);
                if (scope.count(c.variable)) {
                    throw BindError::variableAlreadyBound(c.variable, span(c));
                }
                scope[c.variable] = VarType::Value;
                break;
            case ast::ClauseKind::With:
            case ast::ClauseKind::Return: {
                if (c.kind == ast::ClauseKind::Return && !last) {
                    throw BindError(span(clauses[i + 1]), "RETURN must be the last clause",
                                    "InvalidClauseComposition");
                }
                bound.projections[&c] = bindProjection(c, scope);
                if (c.kind == ast::ClauseKind::Return) bound.columns = bound.projections[&c].columns;
                break;
            }
        }
        if (last && c.kind != ast::ClauseKind::Return && !isWritingClause(c.kind)) {
            throw BindError(span(c), "a query must end with RETURN or a writing clause",
                            "InvalidClauseComposition");
        }
    }
}

void Binder::bindSetItem(const ast::SetItem& item, const Scope& scope, bool remove) {
    const ast::Expr& target = item.target;
    const char* clause = remove ? "REMOVE" : "SET";
    auto requireVariable = [&](const ast::Expr& e) {
        if (e.kind != ast::ExprKind::Variable) {
            throw BindError(span(e), std::string(clause) + " needs a variable here",
                            "InvalidArgumentType");
        }
        bindExpression(e, scope, false);
    };
    if (target.kind == ast::ExprKind::LabelCheck && item.op.empty()) {
        requireVariable(target.args[0]);
        return;
    }
    std::function<bool(const ast::Expr&)> hasPattern = [&](const ast::Expr& e) {
        if (e.kind == ast::ExprKind::PatternPredicate) return true;
        return std::any_of(e.args.begin(), e.args.end(), hasPattern);
    };
    if (item.value.kind != ast::ExprKind::Absent && hasPattern(item.value)) {
        throw BindError(span(item.value), "a pattern cannot be a value in SET",
                        "UnexpectedSyntax", "SyntaxError");
    }
    if (target.kind == ast::ExprKind::Property && (remove || item.op == "=")) {
        bindExpression(target.args[0], scope, false);
        if (!remove) bindExpression(item.value, scope, false);
        return;
    }
    if (!remove && target.kind == ast::ExprKind::Variable && !item.op.empty()) {
        requireVariable(target);
        bindExpression(item.value, scope, false);
        return;
    }
    throw BindError(span(item),
                    remove ? "REMOVE takes a property (`n.key`) or labels (`n:Label`)"
                           : "SET takes `n.key = value`, `n = map`, `n += map` or `n:Label`",
                    "InvalidSetItem", "SyntaxError");
}

void Binder::bindDeleted(const ast::Expr& e, const Scope& scope) {
    if (e.kind == ast::ExprKind::LabelCheck) {
        throw BindError(span(e), "DELETE takes nodes, relationships or paths, not labels; "
                                 "use REMOVE to take a label off",
                        "InvalidDelete");
    }
    if (e.kind == ast::ExprKind::Literal || e.kind == ast::ExprKind::Binary ||
        e.kind == ast::ExprKind::Comparison) {
        throw BindError(span(e), "DELETE takes nodes, relationships or paths",
                        "InvalidArgumentType", "SyntaxError");
    }
    bindExpression(e, scope, false);
}

void Binder::bindMerge(const ast::Clause& c, Scope& scope) {
    for (const auto& n : c.patterns[0].nodes) {
        if (n.properties.kind == ast::ExprKind::Parameter) {
            throw BindError(span(n.properties),
                            "a parameter cannot stand for a property map in MERGE",
                            "InvalidParameterUse");
        }
    }
    for (const auto& r : c.patterns[0].rels) {
        if (r.properties.kind == ast::ExprKind::Parameter) {
            throw BindError(span(r.properties),
                            "a parameter cannot stand for a property map in MERGE",
                            "InvalidParameterUse");
        }
        if (r.types.size() != 1) {
            throw BindError(span(r), "MERGE needs exactly one relationship type",
                            "NoSingleRelationshipType");
        }
        if (r.variableLength) {
            throw BindError(span(r), "MERGE cannot make variable-length relationships",
                            "CreatingVarLength");
        }
    }
    // Bound like CREATE (a node variable bound before may be reused as an end, not
    // redeclared with labels or properties), except that a direction may be left out.
    bindPatterns(c.patterns, scope, true, /*merge=*/true);
    for (const auto& item : c.onCreate) bindSetItem(item, scope, false);
    for (const auto& item : c.onMatch) bindSetItem(item, scope, false);
}

void Binder::bindPatterns(const std::vector<ast::PatternPart>& parts, Scope& scope, bool create,
                          bool merge) {
    Scope before = scope;
    std::set<std::string> relsHere;
    auto checkProperties = [&](const ast::Expr& properties) {
        if (!create && properties.kind == ast::ExprKind::Parameter) {
            throw BindError(span(properties), "a parameter cannot stand for a property map in MATCH",
                            "InvalidParameterUse");
        }
    };
    for (const auto& part : parts) {
        for (const auto& n : part.nodes) {
            checkProperties(n.properties);
            if (catalog_ && !create) {
                for (const auto& label : n.labels) checkName(label, catalog_->labels, "label", span(n));
            }
            if (n.properties.kind != ast::ExprKind::Absent) bindExpression(n.properties, scope, false);
            if (n.variable.empty()) continue;
            // In CREATE a node variable bound before (or earlier in this clause) may only
            // be reused bare, as the end of a relationship.
            if (create && scope.count(n.variable) &&
                (!n.labels.empty() || n.properties.kind != ast::ExprKind::Absent ||
                 part.nodes.size() == 1)) {
                throw BindError::variableAlreadyBound(n.variable, span(n));
            }
            declare(scope, n.variable, VarType::Node, nullptr, span(n));
        }
        for (const auto& r : part.rels) {
            checkProperties(r.properties);
            if (catalog_ && !create) {
                for (const auto& type : r.types) {
                    checkName(type, catalog_->types, "relationship type", span(r));
                }
            }
            if (r.properties.kind != ast::ExprKind::Absent) bindExpression(r.properties, scope, false);
            if (create) {
                if (r.types.size() != 1) {
                    throw BindError(span(r), "CREATE needs exactly one relationship type",
                                    "NoSingleRelationshipType");
                }
                if (r.direction == ast::Direction::Both && !merge) {
                    throw BindError(span(r), "CREATE needs a relationship direction",
                                    "RequiresDirectedRelationship");
                }
                if (r.variableLength) {
                    throw BindError(span(r), "CREATE cannot make variable-length relationships",
                                    "CreatingVarLength");
                }
            }
            if (r.variable.empty()) continue;
            if (create && before.count(r.variable)) {
                throw BindError::variableAlreadyBound(r.variable, span(r));
            }
            if (!r.variableLength && relsHere.count(r.variable) && !create) {
                throw BindError(span(r), "relationship `" + r.variable +
                                             "` cannot appear twice in one pattern",
                                "RelationshipUniquenessViolation");
            }
            relsHere.insert(r.variable);
            auto it = scope.find(r.variable);
            if (r.variableLength) {
                if (it != scope.end() && it->second != VarType::Value && it->second != VarType::List) {
                    throw BindError(span(r), "variable `" + r.variable + "` is already bound",
                                    "VariableTypeConflict");
                }
                scope[r.variable] = VarType::List;
            } else {
                declare(scope, r.variable, VarType::Rel, nullptr, span(r));
            }
        }
        if (!part.pathVariable.empty()) {
            if (scope.count(part.pathVariable)) {
                throw BindError::variableAlreadyBound(part.pathVariable, span(part));
            }
            scope[part.pathVariable] = VarType::Path;
        }
    }
}

}  // namespace newsgraph::query
