#pragma once

#include <string>
#include <utility>

namespace newsgraph {

// The outcome of an operation that can fail for expected reasons (a bad file, a missing
// path): ok, or an error message written for people. Cheap to copy; after LevelDB.
class Status {
public:
    Status() = default;
    static Status ok() { return Status(); }
    static Status error(std::string message) { return Status(std::move(message)); }

    bool isOk() const { return !failed_; }
    explicit operator bool() const { return isOk(); }
    const std::string& message() const { return message_; }

private:
    explicit Status(std::string message) : failed_(true), message_(std::move(message)) {}

    bool failed_ = false;
    std::string message_;
};

}  // namespace newsgraph
