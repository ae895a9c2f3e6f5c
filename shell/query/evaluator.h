#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "shell/query/bound_query.h"
#include "shell/query/query_result.h"
#include "shell/query/stored_count.h"
#include "shell/query/temporal_functions.h"

namespace newsgraph::query {

using Parameters = std::map<std::string, RuntimeValue>;

// Variable-length patterns written without an upper bound (`*`, `*2..`) stop at this
// many hops, so that no query can run away on a cyclic graph (docs/query-language.md).
inline constexpr std::int64_t kMaxUnboundedHops = 64;

// sum() and avg() one value at a time, for aggregateValues and for grouping while
// matching (evaluate_stream.cpp): integers stay integers until one is not or the total
// overflows.
struct NumberSum {
    std::int64_t count = 0;
    double total = 0;
    std::int64_t intTotal = 0;
    bool allInts = true;
};

// Runs a bound statement over a graph. Writes are atomic: CREATE, SET, REMOVE and MERGE
// change the graph as they run (later clauses see their changes) and log how to undo each
// change; DELETE only collects what to delete, and the deletions are made when every
// clause has run, after checking that no node deleted without DETACH keeps a
// relationship. A statement that fails (any EvalError, a cancel, the memory limit) is
// undone, so the graph is as it was, except that the ids it took stay taken. Throws EvalError on a runtime failure, when `cancel` becomes true, or when the
// memory in use has grown by more than `memoryLimit` bytes since the Evaluator was made
// (0: no limit; memory_meter.h). Both are checked between rows and pattern steps.
// A MATCH whose rows go straight into an aggregating WITH or RETURN is grouped as it is
// matched, so `MATCH (a),(b),(c) RETURN count(*)` holds no table of rows.
// Not thread-safe; one Evaluator per run.
class Evaluator {
public:
    Evaluator(graph::PropertyGraph& graph, const Parameters& parameters,
              const BoundStatement& bound, const std::atomic<bool>* cancel = nullptr,
              std::size_t memoryLimit = 0);

    QueryResult run();

private:
    struct Table {
        std::vector<std::string> columns;
        std::vector<std::vector<RuntimeValue>> rows;
    };
    using Aggregates = std::map<const ast::Expr*, RuntimeValue>;
    // A MATCH's rows grouped for the aggregating projection after it, as they were found:
    // each group's first row, and its aggregates' values (evaluate_stream.cpp).
    struct Grouped {
        Table firstRows;
        std::vector<Aggregates> aggregates;
    };
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
    // The rows `clause` matches from each row of `table`, handed to `sink` one by one;
    // `columns` is set to their names before the first.
    void matchRows(const ast::Clause& clause, const Table& table, std::vector<std::string>& columns,
                   const std::function<void(const std::vector<RuntimeValue>&)>& sink);
    void applyMatchGrouped(const ast::Clause& match, const ast::Clause& projection, Table& table);
    // ORDER BY ... LIMIT over a MATCH through a bounded heap (evaluate_top_k.cpp); false,
    // with nothing done, when the projection is not one it can take.
    bool applyMatchTopK(const ast::Clause& match, const ast::Clause& projection, Table& table);
    // A count the store answers (stored_count.h): the projection of its one group.
    void applyStoredCount(const StoredCount& count, const ast::Clause& projection, Table& table);
    void applyUnwind(const ast::Clause& clause, Table& table);
    void applyCreate(const ast::Clause& clause, Table& table);

    // Writes (evaluate_writes.cpp).
    void applySet(const std::vector<ast::SetItem>& items, bool remove, Table& table);
    void applySetItem(const ast::SetItem& item, bool remove, const Scope& scope);
    void setEntityProperty(const RuntimeValue& entity, const std::string& key,
                           const RuntimeValue& value, const ast::Expr& at);
    void applyDelete(const ast::Clause& clause, Table& table);
    void queueDelete(const RuntimeValue& value, bool detach, const ast::Expr& at);
    void applyMerge(const ast::Clause& clause, Table& table);
    // Throws EntityNotFound.DeletedEntityAccess when `v` is a node or relationship this
    // statement has deleted (reading its labels or properties after the DELETE).
    void checkNotDeleted(const RuntimeValue& v, const ast::Expr& at) const;
    // Makes the collected deletions, or throws (and changes nothing) when a node deleted
    // without DETACH has a relationship that is not deleted too; then remaps `result`.
    void commitDeletes(QueryResult& result);
    // Throws when the statement's writes left a mention naming no article (an article's
    // key, text or label changed): the caller then rolls back.
    void checkMentionsKept() const;
    // Undoes every logged change, newest first.
    void rollback();

    // One change to the graph and how to undo it.
    struct Undo {
        enum class Kind { NodeCreated, EdgeCreated, NodeProperty, EdgeProperty, LabelAdded, LabelRemoved };
        Kind kind;
        Vertex vertex = 0;
        Edge edge{};
        std::string key;                 // property key or label
        std::optional<graph::Value> old;  // the property before (nullopt: absent)
    };
    std::vector<Undo> undo_;
    struct PendingNode {
        Vertex vertex;
        bool detach;
        SourceSpan at;
    };
    std::vector<PendingNode> deleteNodes_;
    std::vector<Edge> deleteEdges_;
    // Their ids, so that MATCH and MERGE after the DELETE no longer find them (a DETACH
    // DELETE's relationships are in deletedEdgeIds_ from the start).
    std::unordered_set<graph::NodeId> deletedNodeIds_;
    std::unordered_set<graph::EdgeId> deletedEdgeIds_;
    QueryResult counts_;  // the write counts as they are made
    // With `grouped`, the aggregating projection's groups were made as the rows were
    // matched, and `table` holds their first rows.
    void applyProjection(const ast::Clause& clause, Table& table, Grouped* grouped = nullptr);
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
    // An aggregate over the non-null values of its argument; `first` is the group's first
    // row (for percentiles' second argument), nullptr for an empty group.
    RuntimeValue aggregateValues(const ast::Expr& call, std::vector<RuntimeValue> values,
                                 const Scope* first);
    // Adds v (not null) to `sum`; a TypeError naming `call` when v is no number.
    void addToSum(const ast::Expr& call, const RuntimeValue& v, NumberSum& sum);
    // The sum ("sum") or the mean ("avg", null when no value was added).
    static RuntimeValue sumResult(const std::string& name, const NumberSum& sum);

    // Patterns (pattern_matcher.cpp).
    void matchParts(const std::vector<ast::PatternPart>& parts, std::size_t index,
                    Binding& binding, const Emit& emit);
    void expand(const ast::PatternPart& part, std::size_t index, bool reversed, std::size_t step,
                Vertex current, PathValue& path, const std::vector<ast::PatternPart>& parts,
                std::size_t partIndex, Binding& binding, const Emit& emit);
    void matchShortest(const std::vector<ast::PatternPart>& parts, std::size_t index,
                       Binding& binding, const Emit& emit);
    // Whether node v fits the pattern; its first `labelsKnown` labels are not checked again.
    bool nodeMatches(const ast::NodePattern& pattern, Vertex v, Binding& binding, std::size_t labelsKnown = 0);
    bool relMatches(const ast::RelPattern& pattern, Edge e, Binding& binding);
    bool propertiesMatch(const ast::Expr& properties, const graph::PropertyMap& actual,
                         Binding& binding);
    // Where a pattern's first node may be; `labelsKnown`, when given, is set to how many
    // of the pattern's leading labels every candidate is known to have (from the index).
    std::vector<Vertex> startCandidates(const ast::NodePattern& pattern, Binding& binding,
                                        std::size_t* labelsKnown = nullptr);
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
    std::size_t memoryLimit_;
    std::size_t memoryStart_;  // heapBytesInUse() when the run began
    // The instant date(), datetime()... read: one for the whole statement.
    StatementClock clock_ = StatementClock::now();
    // Node ids fixed by the current MATCH's WHERE (`id(n) = 42`): start from the id index.
    std::map<std::string, graph::NodeId> idHints_;
    std::map<std::string, std::string> nameHints_;  // WHERE n.name = 'X', for the name index
};

}  // namespace newsgraph::query
