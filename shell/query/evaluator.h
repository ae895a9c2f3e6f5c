#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "shell/query/bound_query.h"
#include "shell/query/query_result.h"

namespace newsgraph::query {

using Parameters = std::map<std::string, RuntimeValue>;

// Variable-length patterns written without an upper bound (`*`, `*2..`) stop at this
// many hops, so that no query can run away on a cyclic graph (docs/query-language.md).
inline constexpr std::int64_t kMaxUnboundedHops = 64;

// Runs a bound statement over a graph. CREATE writes through PropertyGraph::addNode /
// addEdge. Throws EvalError on a runtime failure, or when `cancel` becomes true (checked
// between rows and pattern steps). Not thread-safe; one Evaluator per run.
class Evaluator {
public:
    Evaluator(graph::PropertyGraph& graph, const Parameters& parameters,
              const BoundStatement& bound, const std::atomic<bool>* cancel = nullptr)
        : graph_(graph), parameters_(parameters), bound_(bound), cancel_(cancel) {}

    QueryResult run();

private:
    struct Table {
        std::vector<std::string> columns;
        std::vector<std::vector<RuntimeValue>> rows;
    };
    using Aggregates = std::map<const ast::Expr*, RuntimeValue>;
    // Variables visible to an expression: one frame of names and values, then its parent.
    struct Scope {
        const std::vector<std::string>* names = nullptr;
        const std::vector<RuntimeValue>* values = nullptr;
        const Scope* parent = nullptr;
        const Aggregates* aggregates = nullptr;
    };
    // The bindings being built while matching a pattern.
    struct Binding {
        std::vector<std::string> names;
        std::vector<RuntimeValue> values;
        std::vector<char> bound;
        std::vector<graph::EdgeId> usedEdges;
        int slot(const std::string& name) const;
        int addSlot(const std::string& name);
    };
    using Emit = std::function<void(Binding&)>;

    // Clauses (evaluate_clauses.cpp).
    Table runSingle(const ast::SingleQuery& query, bool& ordered);
    void applyMatch(const ast::Clause& clause, Table& table);
    void applyUnwind(const ast::Clause& clause, Table& table);
    void applyCreate(const ast::Clause& clause, Table& table);
    void applyProjection(const ast::Clause& clause, Table& table);
    std::int64_t evalCount(const ast::Expr& e, const char* what);

    // Expressions (evaluate_expression.cpp).
    RuntimeValue eval(const ast::Expr& e, const Scope& scope);
    RuntimeValue evalBinary(const ast::Expr& e, const Scope& scope);
    RuntimeValue evalArithmetic(const std::string& op, const RuntimeValue& a,
                                const RuntimeValue& b, const ast::Expr& e);
    RuntimeValue evalSubscript(const ast::Expr& e, const Scope& scope);
    RuntimeValue evalPatternExpression(const ast::Expr& e, const Scope& scope);
    std::optional<bool> truth(const RuntimeValue& v, const ast::Expr& e);
    RuntimeValue aggregate(const ast::Expr& call, const std::vector<const Scope*>& rows);

    // Patterns (pattern_matcher.cpp).
    void matchParts(const std::vector<ast::PatternPart>& parts, std::size_t index,
                    Binding& binding, const Emit& emit);
    void expand(const ast::PatternPart& part, std::size_t index, bool reversed, std::size_t step,
                Vertex current, PathValue& path, const std::vector<ast::PatternPart>& parts,
                std::size_t partIndex, Binding& binding, const Emit& emit);
    void matchShortest(const std::vector<ast::PatternPart>& parts, std::size_t index,
                       Binding& binding, const Emit& emit);
    bool nodeMatches(const ast::NodePattern& pattern, Vertex v, Binding& binding);
    bool relMatches(const ast::RelPattern& pattern, Edge e, Binding& binding);
    bool propertiesMatch(const ast::Expr& properties, const graph::PropertyMap& actual,
                         Binding& binding);
    std::vector<Vertex> startCandidates(const ast::NodePattern& pattern, Binding& binding);
    Binding bindingFrom(const Scope& scope);

    SourceSpan span(const boost::spirit::x3::position_tagged& node) const {
        return bound_.positions->spanOf(node);
    }
    std::string textOf(const boost::spirit::x3::position_tagged& node) const;
    void checkCancelled();

    graph::PropertyGraph& graph_;
    const Parameters& parameters_;
    const BoundStatement& bound_;
    const std::atomic<bool>* cancel_;
    std::size_t steps_ = 0;
    // Node ids fixed by the current MATCH's WHERE (`id(n) = 42`): start from the id index.
    std::map<std::string, graph::NodeId> idHints_;
};

}  // namespace newsgraph::query
