#pragma once

#include <string>
#include <vector>

#include "shell/query/query_result.h"

namespace newsgraph::query {

// How a result is printed. Lives beside the engine (not in the REPL) because both the
// `query` subcommand and the shell print results; it has no terminal code.
enum class OutputFormat { Table, Csv, Tsv, Json, Jsonl };

// Parses "table", "csv", "tsv", "json" or "jsonl"; false when unknown.
bool parseOutputFormat(const std::string& name, OutputFormat& format);

// The whole result in the format, ending with a newline.
// - table: aligned columns (terminal widths: wide characters count two), cells longer
//   than 60 columns cut with "…", and a row count;
// - csv: RFC 4180 quoting; tsv: the golden-file form (header, tabs, no quoting);
// - json: an array of objects keyed by column; nodes {"id","labels","properties"},
//   relationships {"id","type","start","end","properties"}, paths {"nodes",
//   "relationships"}; integers as JSON integers, floats in round-trip form.
std::string render(const QueryResult& result, OutputFormat format);

// The json form's parts: one object per row, and the array around such objects (so that
// the rows of several statements can make one array: `newsgraph query --format json`).
std::vector<std::string> jsonRows(const QueryResult& result);
std::string jsonArray(const std::vector<std::string>& rows);

// One value as the table/csv/tsv forms show it: strings bare, the rest as Cypher literals.
std::string displayValue(const RuntimeValue& value, const graph::PropertyGraph& g);

}  // namespace newsgraph::query
