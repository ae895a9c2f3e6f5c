#pragma once

#include <set>
#include <string>

#include "shell/query/bound_query.h"
#include "shell/query/parser.h"

namespace newsgraph::query {

// Checks a parsed statement before it runs: variables are defined before use (and keep
// one type), functions exist with the right number of arguments, aggregates appear only
// in WITH/RETURN/ORDER BY, clauses come in a valid order, UNION parts have the same
// columns, and refused clauses (MERGE, SET, DELETE, REMOVE...) are reported plainly.
// Throws BindError at the offending node. `parsed` and `text` must outlive the result.
// The names a graph uses, for catching typos: a label, relationship type or property key
// that the graph does not have but that is close to one it has is an error with a
// suggestion ("did you mean `Agency`?"). Names far from all known ones stay legal (they
// simply match nothing), as openCypher wants.
struct NameCatalog {
    std::vector<std::string> labels;
    std::vector<std::string> types;
    std::vector<std::string> keys;
};

class Binder {
public:
    // `catalog` may be null: no typo checks (the TCK's behaviour).
    Binder(const ParsedStatement& parsed, const std::string& text,
           const NameCatalog* catalog = nullptr)
        : parsed_(parsed), text_(text), catalog_(catalog) {}

    BoundStatement bind();

private:
    // What the binder knows of a variable's or expression's type (Value: unknown).
    enum class VarType { Node, Rel, Path, Value, Null, Bool, Int, Float, String, List, Map };
    using Scope = std::map<std::string, VarType>;

    void bindSingle(const ast::SingleQuery& query, BoundStatement& bound);
    // `merge`: a MERGE pattern, bound like CREATE's but a direction may be left out.
    void bindPatterns(const std::vector<ast::PatternPart>& parts, Scope& scope, bool create,
                      bool merge = false);
    // Writing clauses (binder.cpp).
    void bindSetItem(const ast::SetItem& item, const Scope& scope, bool remove);
    void bindDeleted(const ast::Expr& e, const Scope& scope);
    void bindMerge(const ast::Clause& clause, Scope& scope);
    void bindExpression(const ast::Expr& e, const Scope& scope, bool allowAggregates,
                        bool insideAggregate = false);
    VarType staticType(const ast::Expr& e, const Scope& scope) const;
    void checkTypes(const ast::Expr& e, const Scope& scope) const;
    BoundProjection bindProjection(const ast::Clause& clause, Scope& scope);
    void declare(Scope& scope, const std::string& name, VarType type, const ast::Expr* at,
                 SourceSpan span);
    SourceSpan span(const boost::spirit::x3::position_tagged& node) const {
        return parsed_.positions.spanOf(node);
    }
    std::string textOf(const boost::spirit::x3::position_tagged& node) const;
    void checkAggregationKeys(const ast::Expr& e, const std::set<std::string>& variables,
                              const std::set<std::string>& properties) const;

    // While binding ORDER BY and WITH ... WHERE: the source text of each projected item
    // (an expression written like an item reads that item's value).
    std::vector<std::string> projectedTexts_;

    void checkName(const std::string& name, const std::vector<std::string>& known,
                   const char* what, SourceSpan at) const;

    const ParsedStatement& parsed_;
    const std::string& text_;
    const NameCatalog* catalog_;
    NameCatalog withWrites_;  // the catalog plus the names the statement writes
};

// True when `e` is an aggregate call (count(*), collect(x), sum(x), ...).
bool isAggregateCall(const ast::Expr& e);
// True when `e` contains an aggregate call.
bool containsAggregate(const ast::Expr& e);
// CREATE, SET, REMOVE, DELETE and MERGE: the clauses that write and may end a query.
bool isWritingClause(ast::ClauseKind kind);

}  // namespace newsgraph::query
