#include "shell/query/error.h"

#include "shell/query/memory_meter.h"

namespace newsgraph::query {

const char* kindWord(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::Syntax: return "syntax";
        case ErrorKind::Semantic: return "semantic";
        case ErrorKind::Runtime: return "runtime";
    }
    return "unknown";
}

namespace {
std::string didYouMean(const std::string& suggestion) {
    return suggestion.empty() ? "" : "; did you mean `" + suggestion + "`?";
}
}  // namespace

BindError BindError::undefinedVariable(const std::string& name, SourceSpan at,
                                       const std::string& suggestion) {
    return BindError(at, "variable `" + name + "` is not defined" + didYouMean(suggestion),
                     "UndefinedVariable");
}

BindError BindError::unknownFunction(const std::string& name, SourceSpan at,
                                     const std::string& suggestion) {
    return BindError(at, "unknown function `" + name + "`" + didYouMean(suggestion),
                     "UnknownFunction");
}

BindError BindError::wrongArgumentCount(const std::string& name, std::size_t given,
                                        std::size_t min, std::size_t max, SourceSpan at) {
    std::string expected = min == max ? std::to_string(min)
                                      : std::to_string(min) + " to " + std::to_string(max);
    return BindError(at,
                     "function `" + name + "` takes " + expected + " argument" +
                         (max == 1 ? "" : "s") + ", not " + std::to_string(given),
                     "InvalidNumberOfArguments");
}

BindError BindError::variableAlreadyBound(const std::string& name, SourceSpan at) {
    return BindError(at, "variable `" + name + "` is already bound", "VariableAlreadyBound");
}

BindError BindError::refusedClause(const std::string& keyword, SourceSpan at) {
    return BindError(at,
                     keyword + " is not supported: the query language has no procedures, "
                               "FOREACH or LOAD CSV",
                     "UnsupportedClause");
}

EvalError EvalError::typeMismatch(const std::string& what, const std::string& expected,
                                  const std::string& got, SourceSpan at) {
    return EvalError(at, what + " expects " + expected + ", not " + got);
}

EvalError EvalError::memoryLimit(std::size_t limit) {
    return EvalError({}, "the query needs more memory than its budget of " +
                             describeMemorySize(limit) +
                             "; narrow it (LIMIT, WHERE), or set a larger budget with "
                             "`:memory SIZE` or `--memory-limit SIZE`",
                     "RuntimeError", "MemoryLimitExceeded");
}

EvalError EvalError::outOfMemory() {
    return EvalError({}, "the query needs more memory than the system could give; narrow it "
                         "(LIMIT, WHERE)",
                     "RuntimeError", "OutOfMemory");
}

EvalError EvalError::cancelled() {
    return EvalError({}, "the query was cancelled", "RuntimeError", "Cancelled");
}

std::string formatDiagnostic(const std::string& sourceName, std::string_view text,
                             const Error& error, std::size_t baseOffset) {
    SourceSpan span = error.location();
    span.begin += baseOffset;
    span.end += baseOffset;
    LineColumn where = lineColumnOf(text, span.begin);
    return sourceName + ":" + std::to_string(where.line) + ":" + std::to_string(where.column) +
           ": " + kindWord(error.kind()) + " error: " + error.message() + "\n" +
           caretLines(text, span);
}

std::string formatDiagnostic(const std::string& sourceName, std::string_view statement,
                             const Error& error, LineColumn origin) {
    const SourceSpan span = error.location();
    const LineColumn where = lineColumnOf(statement, span.begin);
    const std::size_t line = origin.line + where.line - 1;
    const std::size_t column = where.line == 1 ? origin.column + where.column - 1 : where.column;
    return sourceName + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " +
           kindWord(error.kind()) + " error: " + error.message() + "\n" +
           caretLines(statement, span);
}

}  // namespace newsgraph::query
