#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "graph/status.h"

namespace newsgraph::graph {

// How old a leftover temporary of an atomic save must be to be removed (see below).
inline constexpr int kStaleTemporaryMinutes = 10;

// What a written file is for, which decides its mode when it is new.
enum class FileKind {
    Data,        // 0666 less the umask (0644 under umask 022)
    Executable,  // 0777 less the umask (0755): a script meant to be run, e.g. import.sh
};

// Writes a file so that a crash or a failed write never leaves half of it: `write` fills
// a temporary file beside the target, which is flushed to disk and then renamed over it.
// On any failure the temporary is removed and whatever was at `path` stays as it was.
// `write` returns false to abandon the file (with its own message in `error`).
//
// A file that replaces another keeps that file's mode (and group, where allowed); a new
// file gets the mode `kind` names, less the umask. When `path` is a symbolic link (or a
// chain of them), the file it points to is replaced and the link stays a link.
// A process killed mid-write (SIGKILL, power loss) leaves its temporary behind
// (".NAME.tmp.XXXXXX"); a later successful save of the same file removes such leftovers
// that have not changed for kStaleTemporaryAge, which no save still running can own.
// Not thread-safe with respect to other threads changing the umask.
Status writeFileAtomically(const std::string& path,
                           const std::function<bool(std::FILE*, std::string& error)>& write,
                           FileKind kind = FileKind::Data);

// As above, with the whole contents at hand.
Status writeFileAtomically(const std::string& path, std::string_view contents,
                           FileKind kind = FileKind::Data);

}  // namespace newsgraph::graph
