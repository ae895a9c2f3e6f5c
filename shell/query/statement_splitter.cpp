#include "shell/query/statement_splitter.h"

#include <cctype>

namespace newsgraph::query {

namespace {
bool isBlank(std::string_view s) {
    for (char c : s) {
        if (!std::isspace(static_cast<unsigned char>(c))) return false;
    }
    return true;
}
}  // namespace

void StatementSplitter::addLine(std::string_view line) {
    ++lineNo_;
    if (state_ == State::LineComment) state_ = State::Code;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        const char next = i + 1 < line.size() ? line[i + 1] : '\0';
        switch (state_) {
            case State::Code:
                if (c == ';') {
                    if (started_) ready_.push_back({buffer_, startLine_, startColumn_});
                    buffer_.clear();
                    started_ = false;
                    continue;
                }
                if (c == '/' && next == '/') {
                    state_ = State::LineComment;
                } else if (c == '/' && next == '*') {
                    state_ = State::BlockComment;
                    buffer_ += "/*";
                    ++i;
                    continue;
                } else if (c == '\'') {
                    state_ = State::Single;
                } else if (c == '"') {
                    state_ = State::Double;
                } else if (c == '`') {
                    state_ = State::Backtick;
                }
                if (state_ != State::LineComment && !started_ &&
                    !std::isspace(static_cast<unsigned char>(c))) {
                    started_ = true;
                    buffer_.clear();  // only blanks and comments so far: text starts here
                    startLine_ = lineNo_;
                    startColumn_ = i + 1;
                }
                break;
            case State::Single:
            case State::Double:
                if (c == '\\' && i + 1 < line.size()) {
                    buffer_ += c;
                    buffer_ += line[++i];
                    continue;
                }
                if ((state_ == State::Single && c == '\'') || (state_ == State::Double && c == '"')) {
                    state_ = State::Code;
                }
                break;
            case State::Backtick:
                if (c == '`') state_ = State::Code;
                break;
            case State::LineComment:
                break;
            case State::BlockComment:
                if (c == '*' && next == '/') {
                    state_ = State::Code;
                    buffer_ += "*/";
                    ++i;
                    continue;
                }
                break;
        }
        if (state_ == State::LineComment) {
            // Keep the comment's text out of the statement but keep columns right.
            buffer_.append(line.size() - i, ' ');
            break;
        }
        buffer_ += c;
    }
    buffer_ += '\n';
}

std::optional<PendingStatement> StatementSplitter::next() {
    if (ready_.empty()) return std::nullopt;
    PendingStatement statement = std::move(ready_.front());
    ready_.pop_front();
    return statement;
}

bool StatementSplitter::pending() const { return started_ && !isBlank(buffer_); }

std::optional<PendingStatement> StatementSplitter::takeRest() {
    std::optional<PendingStatement> rest;
    if (pending()) rest = PendingStatement{buffer_, startLine_, startColumn_};
    clear();
    return rest;
}

void StatementSplitter::clear() {
    buffer_.clear();
    started_ = false;
    state_ = State::Code;
}

std::vector<PendingStatement> splitStatements(std::string_view script) {
    StatementSplitter splitter;
    std::vector<PendingStatement> statements;
    std::size_t start = 0;
    while (start <= script.size()) {
        std::size_t end = script.find('\n', start);
        if (end == std::string_view::npos) end = script.size();
        splitter.addLine(script.substr(start, end - start));
        while (auto statement = splitter.next()) statements.push_back(std::move(*statement));
        start = end + 1;
    }
    if (auto rest = splitter.takeRest()) statements.push_back(std::move(*rest));
    return statements;
}

}  // namespace newsgraph::query
