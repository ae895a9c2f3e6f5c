#include "shell/cli/progress_line.h"

#include <unistd.h>

namespace newsgraph::cli {

ProgressLine::ProgressLine(std::FILE* out)
    : out_(out), terminal_(::isatty(::fileno(out)) != 0),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

void ProgressLine::update(const parser::BuildProgress& p) {
    if (!terminal_) return;
    const auto now = std::chrono::steady_clock::now();
    const bool resolving = std::string_view(p.stage) == "resolving";
    if (!resolving && drawn_ && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    if (resolving) {
        std::fprintf(out_, "\r\033[Knewsgraph build: %zu articles read, resolving across articles...",
                     p.articlesTotal);
    } else {
        const double rate = seconds > 0 ? static_cast<double>(p.bytesDone) / seconds : 0;
        const double left = rate > 0 ? static_cast<double>(p.bytesTotal - p.bytesDone) / rate : 0;
        std::fprintf(out_, "\r\033[Knewsgraph build: %zu/%zu articles, %.1f MB/s, %d:%02d left",
                     p.articlesDone, p.articlesTotal, rate / 1e6, static_cast<int>(left) / 60,
                     static_cast<int>(left) % 60);
    }
    std::fflush(out_);
    drawn_ = true;
}

void ProgressLine::clear() {
    if (!drawn_) return;
    std::fprintf(out_, "\r\033[K");
    std::fflush(out_);
    drawn_ = false;
}

}  // namespace newsgraph::cli
