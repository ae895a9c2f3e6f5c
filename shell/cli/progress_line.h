#pragma once

#include <chrono>
#include <cstdio>
#include <string_view>

#include "parser/pipeline.h"

namespace newsgraph::cli {

// A build's progress on one line of a terminal: articles done, MB/s and the time left,
// redrawn at most four times a second and cleared when the build is done. Silent when
// the stream is not a terminal (a log, a pipe), so scripted output never carries it.
class ProgressLine {
  public:
    explicit ProgressLine(std::FILE* out);
    ~ProgressLine() { clear(); }

    bool active() const { return terminal_; }
    // For BuildOptions::progress.
    void update(const parser::BuildProgress& progress);
    // Erases the line, if one is drawn.
    void clear();

  private:
    std::FILE* out_;
    bool terminal_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace newsgraph::cli
