#pragma once

#include <stdexcept>
#include <string>

#include "shell/query/source_location.h"

namespace newsgraph::query {

// Which stage failed: the word printed in "<source>:<l>:<c>: <kind> error: ...".
enum class ErrorKind { Syntax, Semantic, Runtime };

const char* kindWord(ErrorKind kind);

// Every query failure: kind, where in the query text, a message for people, and the
// openCypher TCK classification (type such as "SyntaxError", detail such as
// "UndefinedVariable") so that conformance tests can compare errors.
class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, SourceSpan location, std::string message, std::string tckType,
          std::string tckDetail)
        : std::runtime_error(message),
          kind_(kind),
          location_(location),
          message_(std::move(message)),
          tckType_(std::move(tckType)),
          tckDetail_(std::move(tckDetail)) {}

    ErrorKind kind() const { return kind_; }
    SourceSpan location() const { return location_; }
    const std::string& message() const { return message_; }
    const std::string& tckType() const { return tckType_; }
    const std::string& tckDetail() const { return tckDetail_; }

private:
    ErrorKind kind_;
    SourceSpan location_;
    std::string message_;
    std::string tckType_;
    std::string tckDetail_;
};

// The query text could not be parsed.
class SyntaxError : public Error {
public:
    SyntaxError(SourceSpan at, std::string message, std::string detail = "UnexpectedSyntax")
        : Error(ErrorKind::Syntax, at, std::move(message), "SyntaxError", std::move(detail)) {}
};

// The query parsed but means nothing: unknown variable, function, wrong arity...
// Recurring messages have named factories so that each wording has one owner.
class BindError : public Error {
public:
    BindError(SourceSpan at, std::string message, std::string detail,
              std::string type = "SyntaxError")
        : Error(ErrorKind::Semantic, at, std::move(message), std::move(type),
                std::move(detail)) {}

    static BindError undefinedVariable(const std::string& name, SourceSpan at,
                                       const std::string& suggestion);
    static BindError unknownFunction(const std::string& name, SourceSpan at,
                                     const std::string& suggestion);
    static BindError wrongArgumentCount(const std::string& name, std::size_t given,
                                        std::size_t min, std::size_t max, SourceSpan at);
    static BindError variableAlreadyBound(const std::string& name, SourceSpan at);
    static BindError refusedClause(const std::string& keyword, SourceSpan at);
};

// Evaluation failed: a type mismatch, an overflow, a cancelled query...
class EvalError : public Error {
public:
    EvalError(SourceSpan at, std::string message, std::string type = "TypeError",
              std::string detail = "InvalidArgumentType")
        : Error(ErrorKind::Runtime, at, std::move(message), std::move(type),
                std::move(detail)) {}

    static EvalError typeMismatch(const std::string& what, const std::string& expected,
                                  const std::string& got, SourceSpan at);
    static EvalError cancelled();
    // The query holds more memory than QueryOptions::memoryLimit allows.
    static EvalError memoryLimit(std::size_t limit);
    // An allocation failed: the system could not give what the query asked for.
    static EvalError outOfMemory();
};

// "<source>:<line>:<column>: <kind> error: <message>\n<line>\n<carets>\n".
std::string formatDiagnostic(const std::string& sourceName, std::string_view text,
                             const Error& error, std::size_t baseOffset = 0);

// As above for a statement cut out of a longer source (a script) whose first character
// stands at `origin` there: the line and column are positions in that source; the
// quoted line is the statement's.
std::string formatDiagnostic(const std::string& sourceName, std::string_view statement,
                             const Error& error, LineColumn origin);

}  // namespace newsgraph::query
