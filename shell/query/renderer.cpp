// Result rendering: the format names, csv and tsv, and the dispatch (json in
// render_json.cpp, the table in render_table.cpp).
#include "shell/query/renderer.h"

#include "temporal/temporal_format.h"

namespace newsgraph::query {

namespace {

constexpr const char* kFormatNames[] = {"table", "csv", "tsv", "json", "jsonl"};

std::string csvField(const std::string& s) {
    // An empty string is quoted, so that it differs from null's empty field.
    if (!s.empty() && s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string tsvField(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            default: out += c;
        }
    }
    return out;
}

std::string delimited(const QueryResult& result, OutputFormat format) {
    if (result.columns.empty()) return "";
    const graph::PropertyGraph& g = *result.graph;
    const bool csv = format == OutputFormat::Csv;
    const char* sep = csv ? "," : "\t";
    std::string out;
    for (std::size_t c = 0; c < result.columns.size(); ++c) {
        out += (c ? sep : "") + (csv ? csvField(result.columns[c]) : tsvField(result.columns[c]));
    }
    out += "\n";
    for (const auto& row : result.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c) out += sep;
            if (csv) {
                if (!row[c].isNull()) out += csvField(row[c].isString() ? row[c].asString()
                                                                        : displayValue(row[c], g));
            } else {
                out += tsvField(displayValue(row[c], g));
            }
        }
        out += "\n";
    }
    return out;
}

}  // namespace

bool parseOutputFormat(const std::string& name, OutputFormat& format) {
    for (std::size_t i = 0; i < std::size(kFormatNames); ++i) {
        if (name == kFormatNames[i]) {
            format = static_cast<OutputFormat>(i);
            return true;
        }
    }
    return false;
}

const char* outputFormatName(OutputFormat format) {
    return kFormatNames[static_cast<std::size_t>(format)];
}

std::string displayValue(const RuntimeValue& value, const graph::PropertyGraph& g) {
    if (value.isString() && value.asString() != "null") return value.asString();
    // A date or duration on its own shows as its text, as a string does.
    if (value.isTemporal()) return temporal::formatTemporal(value.asTemporal());
    if (value.isDuration()) return temporal::formatDuration(value.asDuration());
    return toCypherLiteral(value, g);
}

std::string render(const QueryResult& result, OutputFormat format, const RenderOptions& options) {
    switch (format) {
        case OutputFormat::Table: return renderTable(result, options);
        case OutputFormat::Csv:
        case OutputFormat::Tsv: return delimited(result, format);
        case OutputFormat::Json: return result.columns.empty() ? "" : jsonArray(jsonRows(result));
        case OutputFormat::Jsonl: {
            std::string out;
            for (const auto& row : jsonRows(result)) out += row + "\n";
            return out;
        }
    }
    return "";
}

}  // namespace newsgraph::query
