#pragma once

#include <cstddef>
#include <new>
#include <optional>
#include <string>

namespace newsgraph::query {

// How much memory the process holds through operator new, for the query memory budget
// (QueryOptions::memoryLimit). Counting is done by replacing the global operator new and
// delete (memory_meter.cpp), with one relaxed atomic add per allocation, so it covers
// every table, string and list a query makes. Thread-safe.
std::size_t heapBytesInUse();

// Thrown by operator new, on a thread holding an AllocationCeiling, for one large
// allocation that would take heapBytesInUse() past the ceiling. The evaluator checks its
// budget between rows; this catches the single request that is too big on its own
// (reserving ten million list items) before the memory is touched.
struct MemoryCeilingExceeded : std::bad_alloc {
    const char* what() const noexcept override { return "memory budget exceeded"; }
};

// While one lives, allocations of 1 MiB or more on this thread are refused with
// MemoryCeilingExceeded when they would take heapBytesInUse() past `ceiling` bytes.
// Small allocations are not checked, to keep operator new's fast path one branch.
class AllocationCeiling {
public:
    explicit AllocationCeiling(std::size_t ceiling);
    ~AllocationCeiling();
    AllocationCeiling(const AllocationCeiling&) = delete;
    AllocationCeiling& operator=(const AllocationCeiling&) = delete;

private:
    std::size_t previous_;
};

// The budget a query gets when none is set: half of the machine's physical memory, so a
// runaway query ends with a message long before the system starts swapping.
std::size_t defaultMemoryLimit();

// Reads a size for `--memory-limit` and `:memory`: a number of bytes with an optional
// K, M, G or T suffix (powers of 1024; "1.5G" is allowed), or "off" / "0" for no limit
// (returned as 0). nullopt when `text` is none of these.
std::optional<std::size_t> parseMemorySize(const std::string& text);

// "512 MB", "1.5 GB": a budget for messages.
std::string describeMemorySize(std::size_t bytes);

}  // namespace newsgraph::query
