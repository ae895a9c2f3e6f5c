#include "shell/query/memory_meter.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace newsgraph::query;

TEST_CASE("MemoryMeter: sizes with suffixes, and off", "[query][memory]") {
    CHECK(parseMemorySize("512M") == std::size_t{512} << 20);
    CHECK(parseMemorySize("2G") == std::size_t{2} << 30);
    CHECK(parseMemorySize("1.5G") == (std::size_t{3} << 30) / 2);
    CHECK(parseMemorySize("64MB") == std::size_t{64} << 20);
    CHECK(parseMemorySize("4096") == std::size_t{4096});
    CHECK(parseMemorySize("off") == std::size_t{0});
    CHECK_FALSE(parseMemorySize("lots").has_value());
    CHECK_FALSE(parseMemorySize("-1G").has_value());
    CHECK_FALSE(parseMemorySize("2X").has_value());
    CHECK(describeMemorySize(std::size_t{64} << 20) == "64 MB");
    CHECK(describeMemorySize((std::size_t{3} << 30) / 2) == "1.5 GB");
}

TEST_CASE("MemoryMeter: allocations are counted and freed", "[query][memory]") {
    const std::size_t before = heapBytesInUse();
    auto* block = new std::vector<char>(8 << 20);
    CHECK(heapBytesInUse() >= before + (8 << 20));
    delete block;
    CHECK(heapBytesInUse() < before + (1 << 20));
    CHECK(defaultMemoryLimit() > 0);
}

TEST_CASE("MemoryMeter: a ceiling refuses one large allocation before it is made",
          "[query][memory]") {
    const std::size_t before = heapBytesInUse();
    {
        AllocationCeiling ceiling(before + (4 << 20));
        CHECK_THROWS_AS(std::vector<char>(16 << 20), MemoryCeilingExceeded);
        CHECK(heapBytesInUse() < before + (1 << 20));
        std::vector<char> small(2 << 20);  // under the ceiling: allowed
        CHECK(small.size() == std::size_t{2} << 20);
    }
    // Gone with its scope.
    std::vector<char> large(16 << 20);
    CHECK(large.size() == std::size_t{16} << 20);
}
