#pragma once

#include <sys/resource.h>

#include <chrono>

namespace newsgraph::bench {

// Peak resident memory of this process so far, in MiB (getrusage's ru_maxrss).
inline double peakMemoryMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// Seconds since `start`.
inline double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace newsgraph::bench
