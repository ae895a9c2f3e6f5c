// The global operator new and delete, replaced to count the bytes in use (memory_meter.h).
#include "shell/query/memory_meter.h"

#include <malloc.h>
#include <unistd.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <new>

namespace newsgraph::query {

namespace {

std::atomic<std::size_t> gBytes{0};
constexpr std::size_t kLargeAllocation = std::size_t{1} << 20;
thread_local std::size_t tCeiling = 0;  // 0: no ceiling on this thread

void* allocate(std::size_t size) noexcept {
    void* p = std::malloc(size == 0 ? 1 : size);
    if (p) gBytes.fetch_add(::malloc_usable_size(p), std::memory_order_relaxed);
    return p;
}

void release(void* p) noexcept {
    if (!p) return;
    gBytes.fetch_sub(::malloc_usable_size(p), std::memory_order_relaxed);
    std::free(p);
}

void* allocateOrThrow(std::size_t size) {
    if (size >= kLargeAllocation && tCeiling != 0 &&
        gBytes.load(std::memory_order_relaxed) + size > tCeiling) {
        throw MemoryCeilingExceeded();
    }
    for (;;) {
        if (void* p = allocate(size)) return p;
        std::new_handler handler = std::get_new_handler();
        if (!handler) throw std::bad_alloc();
        handler();
    }
}

}  // namespace

AllocationCeiling::AllocationCeiling(std::size_t ceiling) : previous_(tCeiling) {
    tCeiling = ceiling;
}

AllocationCeiling::~AllocationCeiling() { tCeiling = previous_; }

std::size_t heapBytesInUse() { return gBytes.load(std::memory_order_relaxed); }

std::size_t defaultMemoryLimit() {
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0) return std::size_t{4} << 30;
    return static_cast<std::size_t>(pages) * static_cast<std::size_t>(pageSize) / 2;
}

std::optional<std::size_t> parseMemorySize(const std::string& text) {
    if (text == "off" || text == "0") return std::size_t{0};
    char* end = nullptr;
    const double number = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || !(number > 0) || !std::isfinite(number)) return std::nullopt;
    std::string suffix(end);
    if (!suffix.empty() && (suffix.back() == 'B' || suffix.back() == 'b')) suffix.pop_back();
    double scale = 1;
    if (suffix == "K" || suffix == "k") scale = 1024.0;
    else if (suffix == "M" || suffix == "m") scale = 1024.0 * 1024;
    else if (suffix == "G" || suffix == "g") scale = 1024.0 * 1024 * 1024;
    else if (suffix == "T" || suffix == "t") scale = 1024.0 * 1024 * 1024 * 1024;
    else if (!suffix.empty()) return std::nullopt;
    const double bytes = number * scale;
    if (bytes < 1 || bytes > 1e18) return std::nullopt;
    return static_cast<std::size_t>(bytes);
}

std::string describeMemorySize(std::size_t bytes) {
    static const char* const kUnits[] = {"bytes", "KB", "MB", "GB", "TB"};
    double value = static_cast<double>(bytes);
    int unit = 0;
    while (value >= 1024 && unit < 4) {
        value /= 1024;
        ++unit;
    }
    char text[32];
    if (unit == 0 || value == std::floor(value)) {
        std::snprintf(text, sizeof text, "%.0f %s", value, kUnits[unit]);
    } else {
        std::snprintf(text, sizeof text, "%.1f %s", value, kUnits[unit]);
    }
    return text;
}

}  // namespace newsgraph::query

void* operator new(std::size_t size) { return newsgraph::query::allocateOrThrow(size); }
void* operator new[](std::size_t size) { return newsgraph::query::allocateOrThrow(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    return newsgraph::query::allocate(size);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    return newsgraph::query::allocate(size);
}
void operator delete(void* p) noexcept { newsgraph::query::release(p); }
void operator delete[](void* p) noexcept { newsgraph::query::release(p); }
void operator delete(void* p, std::size_t) noexcept { newsgraph::query::release(p); }
void operator delete[](void* p, std::size_t) noexcept { newsgraph::query::release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { newsgraph::query::release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { newsgraph::query::release(p); }
