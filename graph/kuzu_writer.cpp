#include "graph/kuzu_writer.h"

#include <cctype>
#include <filesystem>
#include <map>
#include <set>

#include "graph/atomic_file.h"
#include "graph/export_tables.h"
#include "graph/text_escape.h"
#include "graph/value_json.h"

namespace newsgraph::graph {

namespace {

constexpr ListSyntax kListSyntax{"[", "]", ","};
constexpr const char* kCopyOptions = "header=true, parallel=false";  // quoted line breaks

// Kùzu names always in backticks: labels such as `Node` or keys such as `date` are also
// Kùzu keywords.
std::string quotedName(std::string_view name) {
    std::string out = "`";
    for (char c : name) {
        if (c == '`') out += '`';
        out += c;
    }
    return out + "`";
}

std::string lowered(std::string_view name) {
    std::string out;
    for (char c : name) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Kùzu's names are case-insensitive and share one namespace for node and rel tables, and
// some column names are its own. Names that clash that way get a suffix (tables: `_2`,
// `_3`, ...) or a prefix (columns: `prop_`), so the DDL always loads.
class KuzuNames {
  public:
    std::string table(const std::string& name) {
        std::string unique = name;
        for (int n = 2; !tables_.insert(lowered(unique)).second; ++n) {
            unique = name + "_" + std::to_string(n);
        }
        return unique;
    }

    static void renameColumns(std::vector<PropertyColumn>& columns,
                              std::initializer_list<const char*> structure) {
        std::set<std::string> taken = {"_id", "_label", "_src", "_dst"};
        for (const char* name : structure) taken.insert(name);
        for (auto& column : columns) {
            while (!taken.insert(lowered(column.name)).second) column.name = "prop_" + column.name;
        }
    }

  private:
    std::set<std::string> tables_;
};

const char* kuzuType(ColumnType type) {
    switch (type) {
        case ColumnType::Bool:
            return "BOOLEAN";
        case ColumnType::Int:
            return "INT64";
        case ColumnType::Double:
            return "DOUBLE";
        case ColumnType::BoolList:
            return "BOOLEAN[]";
        case ColumnType::IntList:
            return "INT64[]";
        case ColumnType::DoubleList:
            return "DOUBLE[]";
        case ColumnType::StringList:
            return "STRING[]";
        default:
            return "STRING";
    }
}

void appendColumnsDdl(std::string& out, const std::vector<PropertyColumn>& columns) {
    for (const auto& column : columns) {
        out += ", " + quotedName(column.name) + " " + kuzuType(column.type);
    }
}

void appendHeader(std::string& out, const std::vector<PropertyColumn>& columns) {
    for (const auto& column : columns) out += "," + csvField(column.name);
    out += "\n";
}

// Kùzu's CSV reader reads a quoted empty field ("") as null, like an empty one. The empty
// strings are therefore set after the COPY: column name -> ids of the rows that hold one.
using EmptyStrings = std::map<std::string, std::vector<std::int64_t>>;

void appendProperties(std::string& out, const std::vector<PropertyColumn>& columns,
                      const PropertyMap& properties, std::int64_t id, EmptyStrings& empty) {
    for (const auto& column : columns) {
        out += ",";
        auto it = properties.find(column.key);
        if (it == properties.end()) continue;
        if (it->second.isString() && it->second.asString().empty()) {
            empty[column.name].push_back(id);
            continue;
        }
        if (auto text = cellText(it->second, column.type, kListSyntax)) out += csvField(*text);
    }
    out += "\n";
}

// `pattern` binds `x`: "(x:`Figure`)" or "()-[x:`REPORTED_BY`]->()".
std::string setEmptyStrings(const std::string& pattern, const EmptyStrings& empty) {
    std::string out;
    for (const auto& [column, ids] : empty) {
        out += "MATCH " + pattern + " WHERE x.id IN [";
        for (std::size_t i = 0; i < ids.size(); ++i)
            out += (i ? ", " : "") + std::to_string(ids[i]);
        out += "] SET x." + quotedName(column) + " = '';\n";
    }
    return out;
}

// The `labels` column: STRING[] when every label can be a list element, else JSON text.
bool labelsAsList(const PropertyGraph& graph, const NodeTable& table) {
    for (auto v : table.nodes) {
        for (const auto& label : graph.node(v).labels) {
            if (!kuzuListElementOk(label)) return false;
        }
    }
    return true;
}

std::string nodesCsv(const PropertyGraph& graph, const NodeTable& table, bool labelList,
                     EmptyStrings& empty) {
    std::string out = "id,labels";
    appendHeader(out, table.columns);
    for (auto v : table.nodes) {
        const NodeRecord& node = graph.node(v);
        Value::List labels(node.labels.begin(), node.labels.end());
        out += std::to_string(node.id) + ",";
        out +=
            csvField(*cellText(Value(std::move(labels)),
                               labelList ? ColumnType::StringList : ColumnType::Json, kListSyntax));
        appendProperties(out, table.columns, node.properties, node.id, empty);
    }
    return out;
}

std::string relsCsv(const PropertyGraph& graph, const RelTable& table, const RelTable::Pair& pair,
                    EmptyStrings& empty) {
    std::string out = "from,to,id";
    appendHeader(out, table.columns);
    for (auto e : pair.edges) {
        out += std::to_string(graph.node(graph.source(e)).id) + "," +
               std::to_string(graph.node(graph.target(e)).id) + "," +
               std::to_string(graph.edge(e).id);
        appendProperties(out, table.columns, graph.edge(e).properties, graph.edge(e).id, empty);
    }
    return out;
}

}  // namespace

bool kuzuListElementOk(std::string_view element) {
    if (element.empty() || element.front() == '\'' ||
        std::isspace(static_cast<unsigned char>(element.front())) ||
        std::isspace(static_cast<unsigned char>(element.back()))) {
        return false;
    }
    for (char c : element) {
        if (std::string_view(",[]{}\"\\").find(c) != std::string_view::npos) return false;
        if (static_cast<unsigned char>(c) < 0x20) return false;
    }
    std::string lower;
    for (char c : element) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower != "null";
}

Status saveKuzu(const PropertyGraph& graph, const GraphSelection& selection,
                const std::string& dir) {
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) return Status::error(dir + ": cannot make the folder: " + error.message());
    ExportTables tables = makeExportTables(graph, resolveSelection(graph, selection),
                                           kuzuListElementOk, {"id", "labels"}, {"id"});
    KuzuNames names;
    std::map<std::string, std::string> tableNames;  // primary label -> Kùzu table
    for (auto& table : tables.nodeTables) {
        tableNames[table.name] = names.table(table.name);
        table.name = tableNames[table.name];
        KuzuNames::renameColumns(table.columns, {"id", "labels"});
    }
    for (auto& table : tables.relTables) {
        table.type = names.table(table.type);
        for (auto& pair : table.pairs) {
            pair.from = tableNames.at(pair.from);
            pair.to = tableNames.at(pair.to);
        }
        KuzuNames::renameColumns(table.columns, {"id"});
    }
    const std::filesystem::path folder(dir);
    std::string schema, copies, fixes;
    for (const auto& table : tables.nodeTables) {
        bool labelList = labelsAsList(graph, table);
        schema += "CREATE NODE TABLE " + quotedName(table.name) + "(id INT64, labels " +
                  (labelList ? "STRING[]" : "STRING");
        appendColumnsDdl(schema, table.columns);
        schema += ", PRIMARY KEY(id));\n";
        std::string file = "nodes_" + fileNamePart(table.name) + ".csv";
        EmptyStrings empty;
        Status s =
            writeFileAtomically((folder / file).string(), nodesCsv(graph, table, labelList, empty));
        if (!s) return s;
        copies += "COPY " + quotedName(table.name) + " FROM " + cypherString(file) + " (" +
                  kCopyOptions + ");\n";
        fixes += setEmptyStrings("(x:" + quotedName(table.name) + ")", empty);
    }
    for (const auto& table : tables.relTables) {
        schema += "CREATE REL TABLE " + quotedName(table.type) + "(";
        for (std::size_t i = 0; i < table.pairs.size(); ++i) {
            schema += (i ? ", FROM " : "FROM ") + quotedName(table.pairs[i].from) + " TO " +
                      quotedName(table.pairs[i].to);
        }
        schema += ", id INT64";
        appendColumnsDdl(schema, table.columns);
        schema += ");\n";
        for (const auto& pair : table.pairs) {
            std::string file = "rels_" + fileNamePart(table.type) + "_" + fileNamePart(pair.from) +
                               "_" + fileNamePart(pair.to) + ".csv";
            EmptyStrings empty;
            Status s =
                writeFileAtomically((folder / file).string(), relsCsv(graph, table, pair, empty));
            if (!s) return s;
            fixes += setEmptyStrings("()-[x:" + quotedName(table.type) + "]->()", empty);
            copies += "COPY " + quotedName(table.type) + " FROM " + cypherString(file) + " (" +
                      kCopyOptions + ", from=" + cypherString(pair.from) +
                      ", to=" + cypherString(pair.to) + ");\n";
        }
    }
    std::string script =
        "// Loads this folder into Kùzu. Run it from inside the folder, for example\n"
        "// `kuzu DATABASE < load.cypher`; the tables must not exist yet.\n" +
        schema + copies + fixes;
    return writeFileAtomically((folder / "load.cypher").string(), script);
}

}  // namespace newsgraph::graph
