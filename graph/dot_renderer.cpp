#include "graph/dot_renderer.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

extern char** environ;

namespace newsgraph::graph {

bool dotInstalled() {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    std::size_t begin = 0;
    while (begin <= dirs.size()) {
        std::size_t end = dirs.find(':', begin);
        if (end == std::string::npos) end = dirs.size();
        std::string dir = dirs.substr(begin, end - begin);
        if (dir.empty()) dir = ".";
        if (::access((dir + "/dot").c_str(), X_OK) == 0) return true;
        begin = end + 1;
    }
    return false;
}

Status renderDot(const std::string& dotPath, const std::string& format,
                 const std::string& outputPath) {
    if (!dotInstalled()) {
        return Status::error("cannot render " + format +
                             ": GraphViz's `dot` is not installed "
                             "(on Debian: apt-get install graphviz); the DOT file is " +
                             dotPath);
    }
    // posix_spawnp with an argument vector: no shell, so any file name is safe.
    std::string typeFlag = "-T" + format;
    std::vector<char*> argv = {const_cast<char*>("dot"),
                               typeFlag.data(),
                               const_cast<char*>(dotPath.c_str()),
                               const_cast<char*>("-o"),
                               const_cast<char*>(outputPath.c_str()),
                               nullptr};
    pid_t pid = 0;
    int error = ::posix_spawnp(&pid, "dot", nullptr, nullptr, argv.data(), environ);
    if (error != 0) return Status::error("cannot run dot: " + std::string(std::strerror(error)));
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return Status::error("cannot wait for dot: " + std::string(std::strerror(errno)));
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        return Status::error("dot could not render " + dotPath + " as " + format);
    }
    return Status::ok();
}

}  // namespace newsgraph::graph
