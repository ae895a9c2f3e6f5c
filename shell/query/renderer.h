#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "shell/query/query_result.h"

namespace newsgraph::query {

// How a result is printed. Lives beside the engine (not in the REPL) because both the
// `query` subcommand and the shell print results; it has no terminal code.
enum class OutputFormat { Table, Csv, Tsv, Json, Jsonl };

// Parses "table", "csv", "tsv", "json" or "jsonl" (lower case); false when unknown.
bool parseOutputFormat(const std::string& name, OutputFormat& format);
// The format's name as parseOutputFormat reads it.
const char* outputFormatName(OutputFormat format);

// What the table form may do to fit a screen. The other forms ignore it.
struct RenderOptions {
    // The widest a table may be, in terminal columns: when its cells would make it wider,
    // the widest columns are narrowed (cells cut with "…") until it fits, no column
    // narrower than 8. 0 for no limit (nothing is cut). Default: 0.
    std::size_t maxWidth = 0;
    // One block per row, a `column | value` line per column (psql's \x, sqlite's
    // `.mode line`): for rows too wide to read across. Values are not cut. Default: false.
    bool expanded = false;
};

// The whole result in the format, ending with a newline.
// - table: aligned columns (terminal widths: wide characters count two) and a row count;
//   strings bare, other values as Cypher literals, so a null is `null` and the string
//   'null' is quoted; tabs, newlines and carriage returns in a value show as \t, \n, \r.
//   A statement that wrote says what it created ("created 1 node, 2 relationships").
// - csv: RFC 4180 quoting; a null is an empty field, an empty string "".
// - tsv: the golden-file form: header, tabs, no quoting; null and 'null' as in the table;
//   backslash, tab, newline and carriage return escaped as \\, \t, \n, \r.
// - json: an array of objects keyed by column; nodes {"id","labels","properties"},
//   relationships {"id","type","start","end","properties"}, paths {"nodes",
//   "relationships"}; integers as JSON integers, floats in round-trip form.
// - jsonl: one such object a line.
// A statement without columns (a CREATE with no RETURN) prints nothing in csv, tsv, json
// and jsonl.
std::string render(const QueryResult& result, OutputFormat format,
                   const RenderOptions& options = {});

// The json form's parts: one object per row, and the array around such objects (so that
// the rows of several statements can make one array: `newsgraph query --format json`).
std::vector<std::string> jsonRows(const QueryResult& result);
std::string jsonArray(const std::vector<std::string>& rows);

// One value as the table and tsv forms show it, before escaping: strings bare (the string
// 'null' quoted, so that it differs from null), the rest as Cypher literals.
std::string displayValue(const RuntimeValue& value, const graph::PropertyGraph& g);

// The table form alone (render_table.cpp).
std::string renderTable(const QueryResult& result, const RenderOptions& options);

}  // namespace newsgraph::query
