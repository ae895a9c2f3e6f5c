#include "graph/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace newsgraph::graph {

Status writeFileAtomically(const std::string& path,
                           const std::function<bool(std::FILE*, std::string& error)>& write) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string pattern = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        return Status::error(path + ": cannot create a temporary file in " + dir.string() + ": " +
                             std::strerror(errno));
    }
    std::FILE* file = ::fdopen(fd, "wb");
    if (!file) {
        ::close(fd);
        ::unlink(pattern.c_str());
        return Status::error(path + ": " + std::strerror(errno));
    }
    std::string error;
    bool ok = write(file, error);
    if (ok && (std::fflush(file) != 0 || ::fsync(fd) != 0)) {
        ok = false;
        error = std::strerror(errno);
    }
    if (std::fclose(file) != 0 && ok) {
        ok = false;
        error = std::strerror(errno);
    }
    if (ok && std::rename(pattern.c_str(), path.c_str()) != 0) {
        ok = false;
        error = std::strerror(errno);
    }
    if (!ok) {
        ::unlink(pattern.c_str());
        return Status::error(path + ": cannot write: " + error);
    }
    return Status::ok();
}

Status writeFileAtomically(const std::string& path, std::string_view contents) {
    return writeFileAtomically(path, [&](std::FILE* file, std::string& error) {
        if (std::fwrite(contents.data(), 1, contents.size(), file) == contents.size()) return true;
        error = std::strerror(errno);
        return false;
    });
}

}  // namespace newsgraph::graph
