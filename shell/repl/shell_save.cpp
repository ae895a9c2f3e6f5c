// Shell::save: the graph and its corrections journal.
#include "graph/graph_json.h"
#include "shell/repl/corrections_journal.h"
#include "shell/repl/shell.h"

namespace newsgraph::shell {

Status Shell::save(const std::string& path, std::size_t& journaled) {
    journaled = 0;
    // The journal first: a graph saved without its corrections would lose them on the
    // next rebuild, while a journal entry whose graph save failed is only replayed on a
    // graph that lacks it.
    if (Status status = appendToJournal(journalPathFor(path), corrections_); !status) {
        return Status::error(status.message() + "; " + path + " was not saved");
    }
    journaled = corrections_.size();
    corrections_.clear();
    if (Status status = graph::saveGraphJson(*graph_, path); !status) return status;
    graphPath_ = path;
    markSaved();
    return Status::ok();
}

}  // namespace newsgraph::shell
