// :timeline MEASURE [SUBJECT|PLACE] [--plot FILE.svg]: the chain of estimates of one
// measure, oldest first (graph/timeline.h), listed or drawn (graph/timeline_svg.h).
#include <ostream>

#include "graph/atomic_file.h"
#include "graph/timeline.h"
#include "graph/timeline_svg.h"
#include "shell/repl/commands/commands.h"
#include "shell/repl/display_text.h"
#include "shell/repl/shell.h"

namespace newsgraph::shell::commands {

CommandResult timeline(Shell& shell, std::span<const std::string> args) {
    std::vector<std::string> words;
    std::string plot;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--plot") {
            if (i + 1 >= args.size()) return CommandResult::failure("`--plot` needs a FILE.svg.", true);
            plot = args[++i];
            continue;
        }
        words.push_back(args[i]);
    }
    if (words.empty()) return CommandResult::failure("`:timeline` needs a MEASURE.", true);
    std::string filter;
    for (std::size_t i = 1; i < words.size(); ++i) filter += (i > 1 ? " " : "") + words[i];

    graph::PropertyGraph& g = shell.graph();
    const graph::Timeline t = graph::buildTimeline(g, words[0], filter);
    if (t.entries.empty()) {
        std::string known;
        for (const auto& m : t.measures) known += (known.empty() ? "" : ", ") + m;
        return CommandResult::failure("No figures of `" + words[0] + "`" +
                                      (t.filter.empty() ? "" : " about `" + t.filter + "`") + "." +
                                      (known.empty() ? "" : " Measures in this graph: " + known + "."));
    }
    auto& out = shell.out();
    if (!plot.empty()) {
        if (Status status = graph::writeFileAtomically(plot, graph::renderTimelineSvg(t)); !status) {
            return CommandResult::failure(status.message());
        }
        out << "Wrote the timeline of `" << words[0] << "`" << (t.filter.empty() ? "" : " about `" + t.filter + "`")
            << " (" << t.entries.size() << " figure" << (t.entries.size() == 1 ? "" : "s") << ") to " << plot << "\n";
        return CommandResult::success();
    }

    std::size_t undated = 0;
    for (const auto& e : t.entries) undated += e.date.empty();
    out << "Timeline of `" << words[0] << "`" << (t.filter.empty() ? "" : " about `" + t.filter + "`") << ": "
        << t.entries.size() << " figure" << (t.entries.size() == 1 ? "" : "s") << ", oldest first";
    if (undated == t.entries.size()) {
        out << " (none is dated: past times before the present)";
    } else if (undated > 0) {
        out << " (" << undated << " undated, after the dated: past times before the present)";
    }
    out << "\n";
    for (const auto& e : t.entries) {
        const graph::NodeRecord& node = g.node(e.figure);
        std::string reporters, newer;
        for (const auto& r : e.reporters) reporters += (reporters.empty() ? "" : ", ") + r;
        for (std::size_t k : e.supersededBy) {
            newer += (newer.empty() ? "" : ", ") + figureValueText(g.node(t.entries[k].figure));
        }
        out << "  " << figureValueText(node) << "  " << e.subject << "\n"
            << "      when: " << e.when << (e.date.empty() ? " (undated)" : " (" + e.date + ")") << "\n"
            << (e.places.empty() ? "" : "      where: " + e.places + "\n")
            << "      reported by: " << (reporters.empty() ? "(no source named)" : reporters) << "\n"
            << "      in " << e.articles << " article" << (e.articles == 1 ? "" : "s")
            << (newer.empty() ? "" : "; superseded by " + newer) << "\n";
    }
    return CommandResult::success();
}

}  // namespace newsgraph::shell::commands
