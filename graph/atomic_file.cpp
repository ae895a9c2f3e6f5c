#include "graph/atomic_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>

namespace newsgraph::graph {

namespace {

namespace fs = std::filesystem;

// The file a save must replace: `path`, or what its chain of symbolic links ends at
// (which need not exist yet). Renaming over the link itself would turn it into a file.
fs::path resolveLinks(const fs::path& path) {
    fs::path current = path;
    for (int hops = 0; hops < 40; ++hops) {  // 40: the kernel's own limit (ELOOP)
        std::error_code error;
        if (!fs::is_symlink(fs::symlink_status(current, error)) || error) return current;
        fs::path next = fs::read_symlink(current, error);
        if (error) return current;
        current = next.is_absolute() ? next : current.parent_path() / next;
    }
    return current;
}

// The process's umask; reading it means setting it, so it is set straight back.
mode_t currentUmask() {
    mode_t mask = ::umask(022);
    ::umask(mask);
    return mask;
}

// Removes the temporaries killed saves of `target` left in `dir` that have not changed
// for kStaleTemporaryMinutes; errors are ignored (they are only leftovers).
void removeStaleTemporaries(const fs::path& dir, const fs::path& target) {
    const std::string prefix = "." + target.filename().string() + ".tmp.";
    std::error_code error;
    const auto now = fs::file_time_type::clock::now();
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.size() != prefix.size() + 6 || name.compare(0, prefix.size(), prefix) != 0) continue;
        std::error_code statError;
        if (!it->is_regular_file(statError) || statError) continue;
        const auto changed = fs::last_write_time(it->path(), statError);
        if (statError || now - changed < std::chrono::minutes(kStaleTemporaryMinutes)) continue;
        fs::remove(it->path(), statError);
    }
}

}  // namespace

Status writeFileAtomically(const std::string& path,
                           const std::function<bool(std::FILE*, std::string& error)>& write,
                           FileKind kind) {
    const fs::path target = resolveLinks(fs::path(path));
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string pattern = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        return Status::error(path + ": cannot create a temporary file in " + dir.string() + ": " +
                             std::strerror(errno));
    }
    // mkstemp makes the file 0600; give it the mode the replaced file had, or a new
    // file's mode under the umask.
    struct stat old {};
    if (::stat(target.c_str(), &old) == 0) {
        ::fchmod(fd, old.st_mode & 07777);
        if (::fchown(fd, static_cast<uid_t>(-1), old.st_gid) != 0) {
            // Not a member of the old file's group: the new file keeps ours.
        }
    } else {
        const mode_t base = kind == FileKind::Executable ? 0777 : 0666;
        ::fchmod(fd, base & ~currentUmask());
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
    if (ok && std::rename(pattern.c_str(), target.c_str()) != 0) {
        ok = false;
        error = std::strerror(errno);
    }
    if (!ok) {
        ::unlink(pattern.c_str());
        return Status::error(path + ": cannot write: " + error);
    }
    removeStaleTemporaries(dir, target);
    return Status::ok();
}

Status writeFileAtomically(const std::string& path, std::string_view contents, FileKind kind) {
    return writeFileAtomically(
        path,
        [&](std::FILE* file, std::string& error) {
            if (std::fwrite(contents.data(), 1, contents.size(), file) == contents.size()) {
                return true;
            }
            error = std::strerror(errno);
            return false;
        },
        kind);
}

}  // namespace newsgraph::graph
