#include "shell/cli/subcommands.h"

#include <iostream>

#include "shell/cli/arguments.h"

namespace newsgraph::cli {

const std::vector<Subcommand>& subcommands() {
    static const std::vector<Subcommand> kSubcommands = {
        {"build", "newsgraph build INPUT... -o GRAPH [-j N] [--corrections FILE]",
         "read articles and write their graph as graph.json",
         "INPUT is a .txt article, a .jsonl file (one article per line), a folder (read\n"
         "recursively) or - for standard input. Bad inputs are reported and skipped.\n"
         "Inputs are told apart by content: one graph.json among them is read as the\n"
         "graph the articles are added to (two are refused).\n"
         "Exit status 1 when any input was skipped (the graph is still written), or\n"
         "when no article could be read (then GRAPH is not written).\n\n"
         "  -o, --output GRAPH   where to write graph.json (required)\n"
         "  -j, --jobs N         read articles on N threads (default: one per core); the\n"
         "                       graph is the same whatever N\n"
         "  --corrections FILE   replay a corrections journal (GRAPH.corrections.cypher,\n"
         "                       written by :save and query --write) on the new graph;\n"
         "                       a correction whose node is gone (or that now fails) is\n"
         "                       reported and skipped, which leaves the exit status as it is\n",
         runBuild},
        {"extract", "newsgraph extract INPUT... [-o FACTS] [-j N]",
         "read articles and write each one's facts as a JSON line, to merge later",
         "The per-article half of `build`, for running over shards on many machines\n"
         "(GNU parallel, Hadoop streaming, Spark's pipe; docs/facts-json.md). INPUT is read\n"
         "as by `build`. Each article's facts (its text, sentences, entities, figures and\n"
         "their sources) become one line of JSON, in input order. `newsgraph merge`\n"
         "joins any number of such files into the graph `build` would write.\n"
         "Exit status 1 when any input was skipped, or when no article could be read\n"
         "(then nothing is written).\n\n"
         "  -o, --output FACTS   where to write the lines (written whole or not at all);\n"
         "                       default, or -: standard output\n"
         "  -j, --jobs N         read articles on N threads (default: one per core); the\n"
         "                       lines are the same whatever N\n",
         runExtract},
        {"merge", "newsgraph merge FACTS... -o GRAPH",
         "join facts lines from `extract` into one graph.json",
         "The cross-article half of `build`: entities resolved across articles, claims,\n"
         "supersedes. FACTS is a file of lines written by `newsgraph extract`, or - for\n"
         "standard input; the articles are taken in the order given, so the facts of the\n"
         "articles `build` would read, in its order, give the same graph byte for byte.\n"
         "A bad line is reported as FACTS:LINE and skipped.\n"
         "Exit status 1 when any line was skipped (the graph is still written), or when\n"
         "no line could be read (then GRAPH is not written).\n\n"
         "  -o, --output GRAPH   where to write graph.json (required)\n",
         runMerge},
        {"facts", "newsgraph facts INPUT...",
         "print what the parser reads in each article (entities, figures, sources)",
         "INPUT is read as by `newsgraph build`. Each article's facts are printed before\n"
         "they are resolved across articles: entities with aliases and mentions (byte\n"
         "offsets), then figures with qualifier, measure, time, subject, reporters, place\n"
         "and mentions. docs/extraction.md tells the rules behind them.\n",
         runFacts},
        {"query",
         "newsgraph query GRAPH [-c QUERY | -f FILE]... [--param NAME=VALUE]...\n"
         "       [--format table|csv|tsv|json|jsonl] [--keep-going] [--write]",
         "run queries over a graph and print the results",
         "Queries are openCypher (MATCH, WHERE, WITH, UNWIND, RETURN, UNION, CREATE, SET,\n"
         "MERGE, DELETE...); see\n"
         "docs/query-language.md. A script holds statements separated by ';', `//` comments\n"
         "and colon commands, as in the shell. With no -c or -f, the script is read from\n"
         "standard input. The first error is printed as FILE:LINE:COLUMN with a caret and\n"
         "stops with exit status 1. Ctrl-C cancels a running query.\n\n"
         "  -c QUERY             run QUERY (a script); may be repeated\n"
         "  -f FILE              run the script in FILE, - for standard input; may be\n"
         "                       repeated, and -c and -f run in the order given\n"
         "  --param NAME=VALUE   set $NAME; VALUE is written as in a query: 42, 'Sudan',\n"
         "                       [1, 2] (may be repeated)\n"
         "  --format FORMAT      table (default), csv, tsv, json (one array of every\n"
         "                       statement's rows) or jsonl (one row object a line)\n"
         "  --keep-going         report every error and run the rest; exit status 1 if any\n"
         "  --write              when every statement succeeded, save the writes to GRAPH\n"
         "                       (atomically); without it, writes are not saved, and a\n"
         "                       script that wrote says so on standard error\n"
         "  --memory-limit SIZE  the most memory one query may use (512M, 2G, off);\n"
         "                       default: half of the machine's memory\n",
         runQuery},
        {"shell", "newsgraph shell [GRAPH] [INPUT...] [--keep-going] [--memory-limit SIZE]",
         "open the interactive shell on a graph.json or on articles",
         "GRAPH is a graph.json (recognised by its content, or by the .json name); INPUTs are\n"
         "articles, read as by `newsgraph build` and added to it. Two graph.json files are\n"
         "refused: merging graphs is not supported. With neither, the shell starts on an\n"
         "empty graph (:load or :open later). When standard input is not a terminal it is\n"
         "read as a script, without prompts; the first error stops it with exit status 1.\n"
         "docs/shell.md tells the commands.\n\n"
         "  --keep-going         in a script, report every error and run the rest; exit\n"
         "                       status 1 if any\n"
         "  --memory-limit SIZE  the most memory one query may use (512M, 2G, off);\n"
         "                       default: half of the machine's memory (`:memory` changes it)\n",
         runShell},
        {"export",
         "newsgraph export GRAPH --format dot|graphml|neo4j|kuzu|cypher|json|timeline-svg|html\n"
         "       [--query QUERY] [--clusters] [--render svg|png] [--measure M [--filter F]]\n"
         "       -o FILE|DIR",
         "write a graph in a format other tools read",
         "GRAPH is a graph.json. Formats (docs/export.md tells how each is loaded):\n"
         "  dot       GraphViz diagram (FILE)\n"
         "  graphml   GraphML for Gephi, yEd, Cytoscape, NetworkX (FILE)\n"
         "  neo4j     CSV files for neo4j-admin database import, with import.sh (DIR)\n"
         "  kuzu      CSV files and load.cypher for Kuzu (DIR)\n"
         "  cypher    a Cypher CREATE script (FILE)\n"
         "  json      graph.json (FILE)\n"
         "  timeline-svg  a chart of the estimates of one measure over time (FILE)\n"
         "  html      one page that draws the graph in a browser; click a node for its\n"
         "            sentences (FILE)\n\n"
         "  --format FORMAT      one of the above (required)\n"
         "  -o, --output PATH    the file, or the folder for neo4j and kuzu (required)\n"
         "  --query QUERY        write only the nodes, relationships and paths QUERY\n"
         "                       returns (a relationship brings its two ends)\n"
         "  --clusters           dot: group the nodes of each article in a box\n"
         "  --render svg|png     dot: also run GraphViz's dot to draw FILE as an image,\n"
         "                       beside it (g.dot -> g.svg)\n"
         "  --measure MEASURE    timeline-svg: the measure charted (killed, wounded, ...)\n"
         "  --filter WORDS       timeline-svg: only figures whose subject or place has them\n\n"
         "Exit status 1 when GRAPH cannot be read or the output cannot be written.\n",
         runExport},
        {"check", "newsgraph check GRAPH",
         "check a graph.json against its contract and list every problem",
         "Prints each problem as GRAPH: offset N: what is wrong (docs/graph-json.md):\n"
         "malformed JSON, nesting or string length over the limits, unknown node types,\n"
         "mentions of unknown articles or past their text, edges to undefined nodes,\n"
         "repeated ids, no \"format\". These are the files `query`, `shell` and `:open`\n"
         "refuse.\n\n"
         "Exit status 0 when the file is sound, 1 when it has problems.\n",
         runCheck},
    };
    return kSubcommands;
}

int usageError(std::string_view name, const std::string& message) {
    std::cerr << "newsgraph " << name << ": " << message << "\n";
    for (const auto& sub : subcommands()) {
        if (sub.name == name) std::cerr << "usage: " << sub.usage << "\n";
    }
    std::cerr << "Try 'newsgraph " << name << " --help'.\n";
    return kExitBadUsage;
}

}  // namespace newsgraph::cli
