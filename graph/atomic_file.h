#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "graph/status.h"

namespace newsgraph::graph {

// Writes a file so that a crash or a failed write never leaves half of it: `write` fills
// a temporary file beside `path`, which is flushed to disk and then renamed over `path`.
// On any failure the temporary is removed and whatever was at `path` stays as it was.
// `write` returns false to abandon the file (with its own message in `error`).
Status writeFileAtomically(const std::string& path,
                           const std::function<bool(std::FILE*, std::string& error)>& write);

// As above, with the whole contents at hand.
Status writeFileAtomically(const std::string& path, std::string_view contents);

}  // namespace newsgraph::graph
