#include "shell/query/query_engine.h"

#include "shell/query/binder.h"
#include "shell/query/parser.h"
#include "shell/query/plan.h"

namespace newsgraph::query {

QueryResult QueryEngine::run(const std::string& text, const Parameters& parameters) {
    cancelled_.store(false);
    ParsedStatement parsed = parseStatement(text);
    BoundStatement bound = Binder(parsed, text).bind();
    if (parsed.statement.explain) {
        QueryResult plan;
        plan.graph = &graph_;
        plan.columns = {"plan"};
        plan.ordered = true;
        for (auto& line : describePlan(bound)) plan.rows.push_back({RuntimeValue(line)});
        return plan;
    }
    return Evaluator(graph_, parameters, bound, &cancelled_).run();
}

}  // namespace newsgraph::query
