#include "shell/repl/command_table.h"

#include "shell/repl/commands/commands.h"
#include "shell/query/source_location.h"

namespace newsgraph::shell {

namespace {

using namespace commands;

constexpr Command kCommands[] = {
    {"help", 1, ":help [COMMAND]", "list the commands, or tell more about one", "", help},
    {"schema", 2, ":schema", "labels, relationship types and property keys, with counts", "",
     schema},
    {"stats", 2, ":stats", "what the open graph holds: nodes and edges by kind, articles", "",
     stats},
    {"who", 1, ":who NAME | :who NUMBER | :who id ID",
     "an entity's or a figure's card: type, aliases, role, mentions and edges",
     "NAME matches a name or an alias, in any case, with or without punctuation.\n"
     "A NUMBER (600, 2,000) finds the figures of that value; `id ID` any node by its id.\n"
     "Every mention is shown with its sentence and article, each sentence once.",
     who},
    {"why", 3, ":why ID | :why edge ID", "why a figure's edges are there: cue, rule, sentence",
     "For a node (a figure, usually): the sentences that state it, then each REPORTED_BY\n"
     "and SUPERSEDES edge at it with its evidence: the cue, the rule that tied the cue to\n"
     "the figure (or the claim key and times that order two estimates) and the sentence it\n"
     "was read from. With `edge`, one edge. Ids are the `id` of nodes and relationships\n"
     "(`MATCH (f:Figure) RETURN id(f)`).",
     why},
    {"timeline", 2, ":timeline MEASURE [SUBJECT|PLACE] [--plot FILE.svg]",
     "the chain of estimates of one measure over time",
     "Figures whose measure is MEASURE (killed, wounded, deployed, ...) and, when SUBJECT\n"
     "is given, whose subject or place contains it, oldest first: value, qualifier, time,\n"
     "place, who reported it, in how many articles, and what superseded it. A figure comes\n"
     "after those it supersedes; dated figures go by date, then the undated ones (said so),\n"
     "a past time (\"last week\") before the present. With --plot, the same figures drawn\n"
     "as an SVG chart: date and value, qualifier as shape, source as colour, supersedes as\n"
     "arrows, each mark's sentence as its tooltip.",
     timeline},
    {"load", 1, ":load PATH...", "read more articles and merge them into the open graph",
     "PATH is a .txt or .jsonl file or a folder. Bad inputs are reported and skipped.", load},
    {"open", 1, ":open FILE", "open a graph.json, replacing the open graph", "", open},
    {"save", 2, ":save [FILE]", "write the open graph as graph.json",
     "Without FILE, writes where the graph was opened from. The file is written to a\n"
     "temporary name and renamed, so a failed save never loses the old file. The write\n"
     "statements run since the last save are appended to FILE.corrections.cypher, which\n"
     "`newsgraph build ... --corrections` replays on a rebuild (docs/shell.md).",
     save},
    {"export", 1, ":export FORMAT FILE [QUERY]",
     "write the graph, or the subgraph a query returns, as dot, graphml, neo4j, kuzu, "
     "cypher, json or html",
     "FORMAT is dot, graphml, neo4j (a folder of CSV files), kuzu (a folder), cypher, json\n"
     "or html (one page to open in a browser; click a node for its sentences).\n"
     "With a QUERY, the nodes, relationships and paths it returns are written:\n"
     "  :export dot sudan.dot MATCH p = (f:Figure)-[:REPORTED_BY]->(a) RETURN p",
     exportGraph},
    {"param", 3, ":param NAME VALUE", "set $NAME for the queries that follow",
     "VALUE is written as in a query: 42, 'Sudan', [1, 2], {measure: 'killed'}.", param},
    {"params", 6, ":params", "list the parameters that are set", "", params},
    {"source", 2, ":source FILE", "run the statements and commands in FILE", "", source},
    {"format", 1, ":format table|csv|tsv|json|jsonl", "how results are printed", "", format},
    {"timing", 1, ":timing on|off", "show how long each query took", "", timing},
    {"expanded", 4, ":expanded on|off", "print each row as a block of `column | value` lines",
     "As psql's \\x: for rows too wide to read across. Tables are otherwise fitted to the\n"
     "terminal's width, the widest cells cut with `…`.",
     expanded},
    {"pager", 2, ":pager on|off", "page results taller than the terminal (on by default)",
     "The pager is $NEWSGRAPH_PAGER, else $PAGER, else `less -FXS`. Only in a terminal.",
     pager},
    {"memory", 2, ":memory [SIZE|off]", "show or set how much memory a query may use",
     "SIZE is bytes with an optional K, M, G or T suffix: 512M, 2G. The default is half of\n"
     "the machine's memory; a query that needs more ends with a message, and the shell\n"
     "and its graph carry on. `off` removes the limit.",
     memory},
    {"quit", 1, ":quit", "leave the shell (Ctrl-D does too)", "", quit},
};

}  // namespace

std::span<const Command> commandTable() { return kCommands; }

const Command* findCommand(std::string_view word) {
    for (const auto& command : kCommands) {
        if (word.size() >= command.minAbbrev && word.size() <= command.name.size() &&
            command.name.substr(0, word.size()) == word) {
            return &command;
        }
    }
    return nullptr;
}

std::vector<std::string> commandNames() {
    std::vector<std::string> names;
    for (const auto& command : kCommands) names.push_back(":" + std::string(command.name));
    return names;
}

std::string unknownCommandMessage(std::string_view word) {
    std::vector<std::string> names;
    for (const auto& command : kCommands) names.emplace_back(command.name);
    std::string message = "Unknown command `:" + std::string(word) + "`;";
    if (std::string guess = query::nearestName(word, names); !guess.empty()) {
        message += " did you mean `:" + guess + "`?";
    }
    return message + " Type `:help` for help.";
}

}  // namespace newsgraph::shell
