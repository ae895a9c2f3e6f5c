#pragma once

#include <string>
#include <vector>

#include "graph/utf8.h"
#include "parser/input/article.h"
#include "parser/input/load_report.h"

namespace newsgraph::parser {

// Reads articles from inputs: .txt files (optional `Title:`, `Date:`, `Source:`, `URL:`
// header lines, then a blank line), .jsonl files (one {"id","title","date","source",
// "url","text"} object per line), folders (read recursively, files sorted by path, only
// .txt and .jsonl), and "-" for standard input (JSON lines if it opens with '{').
//
// Never throws on bad input: an unreadable, empty, binary or non-UTF-8 file, or a bad
// JSON line, is added to `report` with its path (and line) and skipped.
std::vector<Article> readInputs(const std::vector<std::string>& inputs, LoadReport& report);

// Parses one article file's contents (header block and body). `path` is for messages.
// Returns false (and reports) when the contents cannot be an article.
bool parseTextArticle(std::string contents, const std::string& path, Article& article,
                      LoadReport& report);

// Parses JSON-lines contents, appending an article per good line.
void parseJsonLines(const std::string& contents, const std::string& path,
                    std::vector<Article>& articles, LoadReport& report);

// The readers check UTF-8 with the graph's own validator (graph/utf8.h), so an article
// and a graph.json accept the same bytes.
using graph::findInvalidUtf8;

}  // namespace newsgraph::parser
