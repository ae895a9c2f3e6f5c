#pragma once

#include <vector>

#include "shell/query/runtime_value.h"

namespace newsgraph::query {

// Sets a variable for the duration of one branch of the search; a no-op for anonymous
// or already-bound variables.
class ScopedBind {
public:
    ScopedBind(std::vector<RuntimeValue>& values, std::vector<char>& bound, int slot,
               RuntimeValue value)
        : values_(values), bound_(bound), slot_(slot) {
        if (slot_ < 0 || bound_[slot_]) {
            slot_ = -1;
            return;
        }
        values_[slot_] = std::move(value);
        bound_[slot_] = 1;
    }
    ~ScopedBind() {
        if (slot_ < 0) return;
        values_[slot_] = RuntimeValue();
        bound_[slot_] = 0;
    }

private:
    std::vector<RuntimeValue>& values_;
    std::vector<char>& bound_;
    int slot_;
};

}  // namespace newsgraph::query
