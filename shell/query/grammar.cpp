// The only translation unit that instantiates the X3 grammar (build time: see
// docs/query-language.md, "Implementation notes").
#include "shell/query/grammar_def.h"

#include "shell/query/config.h"

namespace newsgraph::query::grammar {

BOOST_SPIRIT_INSTANTIATE(StatementRule, Iterator, Context)

const StatementRule& statement() { return statementRule; }

}  // namespace newsgraph::query::grammar
