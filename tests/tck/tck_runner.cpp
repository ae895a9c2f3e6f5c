// Runs the openCypher TCK (../shared/tck, or the full set in ../shared/tck-full) against
// the query engine and compares every failure with a known-failures list
// (known_failures.txt, known_failures_full.txt). Side effects (`+nodes`, `-properties`
// ...) are checked as the TCK defines them: the difference between the graph before and
// after the query, in nodes, relationships, label names in use and (entity, key, value)
// properties, so overwriting a property is one `-properties` and one `+properties`.
// Usage:
//   newsgraph_tck TCK_DIR KNOWN_FAILURES [--write-known-failures] [--verbose] [FILTER]
// Exit status 0 when no scenario outside the known failures fails; 1 on a regression.
// Prints the pass count per folder and in total; skips (exit 0) when TCK_DIR is absent.
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "shell/query/error.h"
#include "shell/query/query_engine.h"
#include "shell/query/statement_splitter.h"
#include "tests/tck/gherkin_reader.h"
#include "tests/tck/tck_value.h"

namespace fs = std::filesystem;
using namespace newsgraph;

namespace {

constexpr auto kQueryTimeout = std::chrono::seconds(60);

struct Outcome {
    bool pass = false;
    bool lenient = false;  // error type and phase right, detail different
    std::string reason;
};

// What the TCK's side effects count: the graph's nodes, relationships, label names in
// use and properties as (entity, key, value).
struct GraphState {
    std::set<graph::NodeId> nodes;
    std::set<graph::EdgeId> relationships;
    std::set<std::string> labels;
    std::set<std::string> properties;
};

GraphState snapshot(const graph::PropertyGraph& graph) {
    GraphState state;
    auto property = [&](const std::string& owner, const std::string& key, const graph::Value& v) {
        state.properties.insert(owner + "." + key + "=" +
                                query::toCypherLiteral(query::fromProperty(v), graph));
    };
    for (std::size_t v = 0; v < graph.nodeCount(); ++v) {
        const auto& node = graph.node(v);
        state.nodes.insert(node.id);
        for (const auto& label : node.labels) state.labels.insert(label);
        for (const auto& [key, value] : node.properties) {
            property("n" + std::to_string(node.id), key, value);
        }
    }
    for (auto e : graph.edges()) {
        const auto& edge = graph.edge(e);
        state.relationships.insert(edge.id);
        for (const auto& [key, value] : edge.properties) {
            property("r" + std::to_string(edge.id), key, value);
        }
    }
    return state;
}

template <typename T>
long countMissing(const std::set<T>& a, const std::set<T>& b) {  // in a, not in b
    long n = 0;
    for (const auto& x : a) n += b.count(x) == 0;
    return n;
}

std::map<std::string, long> sideEffects(const GraphState& before, const GraphState& after) {
    std::map<std::string, long> out{
        {"+nodes", countMissing(after.nodes, before.nodes)},
        {"-nodes", countMissing(before.nodes, after.nodes)},
        {"+relationships", countMissing(after.relationships, before.relationships)},
        {"-relationships", countMissing(before.relationships, after.relationships)},
        {"+labels", countMissing(after.labels, before.labels)},
        {"-labels", countMissing(before.labels, after.labels)},
        {"+properties", countMissing(after.properties, before.properties)},
        {"-properties", countMissing(before.properties, after.properties)},
    };
    return out;
}

bool isErrorScenario(const tck::Scenario& scenario) {
    for (const auto& step : scenario.steps) {
        if (step.text.find(" should be raised at ") != std::string::npos) return true;
    }
    return false;
}

// Runs a query, cancelling it if it takes longer than kQueryTimeout.
query::QueryResult runWithTimeout(query::QueryEngine& engine, const std::string& text,
                                  const query::Parameters& parameters) {
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    std::thread watchdog([&] {
        std::unique_lock lock(mutex);
        if (!done.wait_for(lock, kQueryTimeout, [&] { return finished; })) engine.cancel();
    });
    auto stop = [&] {
        {
            std::lock_guard lock(mutex);
            finished = true;
        }
        done.notify_one();
        watchdog.join();
    };
    try {
        auto result = engine.run(text, parameters);
        stop();
        return result;
    } catch (...) {
        stop();
        throw;
    }
}

std::string oneLine(std::string s) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    if (s.size() > 160) s = s.substr(0, 157) + "...";
    return s;
}

Outcome runScenario(const tck::Scenario& scenario, const fs::path& tckDir) {
    graph::PropertyGraph graph;
    query::QueryEngine engine(graph);
    query::Parameters parameters;
    std::string queryText;
    std::optional<query::QueryResult> result;
    std::optional<query::Error> error;
    std::string otherError;
    GraphState before;

    for (const auto& step : scenario.steps) {
        const std::string& t = step.text;
        if (t.size() > 10 && t.rfind("the ", 0) == 0 && t.find(" graph") != std::string::npos &&
            step.keyword == "Given") {
            std::string name = t.substr(4, t.find(" graph") - 4);
            fs::path file = tckDir / "graphs" / name / (name + ".cypher");
            std::ifstream in(file);
            if (!in) return {false, false, "named graph " + name + " not found"};
            std::string script((std::istreambuf_iterator<char>(in)), {});
            for (const auto& s : query::splitStatements(script)) {
                try {
                    engine.run(s.text);
                } catch (const std::exception& e) {
                    return {false, false, "building graph " + name + ": " + oneLine(e.what())};
                }
            }
        } else if (t == "having executed:") {
            try {
                engine.run(step.docString);
            } catch (const std::exception& e) {
                return {false, false, "setup query failed: " + oneLine(e.what())};
            }
        } else if (t == "parameters are:") {
            for (const auto& row : step.table) {
                if (row.size() != 2) continue;
                auto v = tck::parseLiteral(row[1]);
                if (!v) return {false, false, "cannot read parameter " + row[0]};
                parameters[row[0]] = *v;
            }
        } else if (t == "executing query:" || t == "executing control query:") {
            // A control query reads the graph the query left; side effects stay the query's.
            queryText = step.docString;
            if (t == "executing query:") before = snapshot(graph);
            result.reset();
            error.reset();
            otherError.clear();
            try {
                result = runWithTimeout(engine, queryText, parameters);
            } catch (const query::Error& e) {
                error = e;
            } catch (const std::exception& e) {
                otherError = e.what();
            }
        } else if (t.rfind("the result should be", 0) == 0) {
            if (error) return {false, false, "unexpected " + error->tckType() + "." + error->tckDetail() + ": " + oneLine(error->message())};
            if (!otherError.empty()) return {false, false, "internal error: " + oneLine(otherError)};
            if (!result) return {false, false, "no query was run"};
            bool unorderedLists = t.find("ignoring element order for lists") != std::string::npos;
            bool inOrder = t.find("in order") != std::string::npos;
            if (t == "the result should be empty") {
                if (!result->rows.empty()) return {false, false, "expected no rows, got " + std::to_string(result->rows.size())};
                continue;
            }
            const auto& table = step.table;
            if (table.empty()) return {false, false, "no expected table"};
            if (table[0] != result->columns) {
                std::string got;
                for (const auto& c : result->columns) got += c + " ";
                return {false, false, "columns differ: got " + oneLine(got)};
            }
            std::vector<std::string> expected, actual;
            for (std::size_t r = 1; r < table.size(); ++r) {
                std::string row;
                for (const auto& cell : table[r]) {
                    auto c = tck::canonical(cell, unorderedLists);
                    if (!c) return {false, false, "cannot read expected value " + cell};
                    row += *c + " | ";
                }
                expected.push_back(row);
            }
            for (const auto& values : result->rows) {
                std::string row;
                for (const auto& v : values) {
                    std::string literal = query::toCypherLiteral(v, graph);
                    auto c = tck::canonical(literal, unorderedLists);
                    row += (c ? *c : "?" + literal) + " | ";
                }
                actual.push_back(row);
            }
            if (!inOrder) {
                std::sort(expected.begin(), expected.end());
                std::sort(actual.begin(), actual.end());
            }
            if (expected != actual) {
                std::string first;
                for (std::size_t i = 0; i < std::max(expected.size(), actual.size()); ++i) {
                    std::string e = i < expected.size() ? expected[i] : "(none)";
                    std::string a = i < actual.size() ? actual[i] : "(none)";
                    if (e != a) {
                        first = "row " + std::to_string(i + 1) + ": expected " + e + " got " + a;
                        break;
                    }
                }
                return {false, false, "rows differ (" + std::to_string(actual.size()) + " vs " +
                                          std::to_string(expected.size()) + " expected); " + oneLine(first)};
            }
        } else if (t == "no side effects" || t == "the side effects should be:") {
            if (!result) continue;  // the error step says what went wrong
            std::map<std::string, long> expected{
                {"+nodes", 0}, {"-nodes", 0}, {"+relationships", 0}, {"-relationships", 0},
                {"+labels", 0}, {"-labels", 0}, {"+properties", 0}, {"-properties", 0}};
            for (const auto& row : step.table) {
                if (row.size() == 2) expected[row[0]] = std::stol(row[1]);
            }
            auto actual = sideEffects(before, snapshot(graph));
            if (expected != actual) {
                std::string diff;
                for (const auto& [name, count] : expected) {
                    if (actual[name] != count) {
                        diff += " " + name + " " + std::to_string(actual[name]) + " (expected " +
                                std::to_string(count) + ")";
                    }
                }
                return {false, false, "side effects differ:" + diff};
            }
        } else if (t.rfind("a ", 0) == 0 && t.find(" should be raised at ") != std::string::npos) {
            // "a SyntaxError should be raised at compile time: UndefinedVariable"
            std::string type = t.substr(2, t.find(' ', 2) - 2);
            std::size_t at = t.find(" raised at ") + 11;
            std::size_t colon = t.find(':', at);
            std::string phase = t.substr(at, colon == std::string::npos ? std::string::npos : colon - at);
            std::string detail = colon == std::string::npos ? "" : t.substr(colon + 2);
            if (!error) {
                if (!otherError.empty()) return {false, false, "internal error: " + oneLine(otherError)};
                return {false, false, "expected " + type + "." + detail + ", query succeeded"};
            }
            bool compileTime = error->kind() != query::ErrorKind::Runtime;
            bool phaseOk = phase == "any time" || (phase == "compile time") == compileTime;
            // "*" is the TCK's "any detail".
            if (error->tckType() == type && phaseOk && (detail == "*" || error->tckDetail() == detail)) {
                continue;
            }
            std::string got = error->tckType() + "." + error->tckDetail() + " at " +
                              (compileTime ? "compile time" : "runtime");
            if (error->tckType() == type && phaseOk) {
                return {true, true, "detail differs: expected " + detail + ", got " + got};
            }
            return {false, false, "expected " + type + "." + detail + " at " + phase + ", got " + got};
        }
    }
    return {true, false, ""};
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: newsgraph_tck TCK_DIR KNOWN_FAILURES [--write-known-failures] [--verbose] [FILTER]\n";
        return 2;
    }
    fs::path tckDir = argv[1];
    fs::path knownFile = argv[2];
    bool write = false, verbose = false;
    std::string filter;
    for (int i = 3; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--write-known-failures") write = true;
        else if (a == "--verbose") verbose = true;
        else filter = a;
    }
    if (!fs::exists(tckDir / "features")) {
        std::cout << "SKIPPED: no openCypher TCK at " << tckDir.string() << "\n";
        return 0;
    }
    std::vector<tck::Scenario> scenarios;
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(tckDir / "features")) {
        if (entry.path().extension() == ".feature") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        std::string error;
        std::string relative = fs::relative(file, tckDir / "features").generic_string();
        if (!tck::readFeature(file, relative, scenarios, error)) {
            std::cerr << error << "\n";
            return 1;
        }
    }
    std::map<std::string, std::string> known;  // key -> reason
    {
        std::ifstream in(knownFile);
        for (std::string line; std::getline(in, line);) {
            if (line.empty() || line[0] == '#') continue;
            // The key is the first three fields; the reason may hold " | " itself (a
            // row of a result table), so it is all the rest.
            std::size_t end = 0;
            for (int field = 0; field < 3 && end != std::string::npos; ++field) {
                end = line.find(" | ", field == 0 ? 0 : end + 3);
            }
            if (end == std::string::npos) continue;
            known[line.substr(0, end)] = line.substr(end + 3);
        }
    }
    struct Counts {
        int pass = 0, total = 0, resultPass = 0, resultTotal = 0;
    };
    std::map<std::string, Counts> perFolder;
    int pass = 0, lenient = 0, total = 0, regressions = 0, fixed = 0;
    int resultPass = 0, resultTotal = 0;
    std::vector<std::string> failures;
    for (const auto& scenario : scenarios) {
        if (!filter.empty() && scenario.key().find(filter) == std::string::npos) continue;
        Outcome outcome = runScenario(scenario, tckDir);
        std::string folder = scenario.feature.substr(0, scenario.feature.rfind('/'));
        const bool resultScenario = !isErrorScenario(scenario);
        Counts& counts = perFolder[folder];
        ++total;
        ++counts.total;
        resultTotal += resultScenario;
        counts.resultTotal += resultScenario;
        if (outcome.pass) {
            ++pass;
            ++counts.pass;
            resultPass += resultScenario;
            counts.resultPass += resultScenario;
            if (outcome.lenient) ++lenient;
            if (known.count(scenario.key())) ++fixed;
            if (verbose && outcome.lenient) std::cout << "LENIENT " << scenario.key() << ": " << outcome.reason << "\n";
            continue;
        }
        failures.push_back(scenario.key() + " | " + outcome.reason);
        if (!known.count(scenario.key())) {
            ++regressions;
            if (!write) std::cout << "REGRESSION " << scenario.key() << ": " << outcome.reason << "\n";
        } else if (verbose) {
            std::cout << "FAIL " << scenario.key() << ": " << outcome.reason << "\n";
        }
    }
    std::cout << "openCypher TCK (" << tckDir.filename().string()
              << "): pass count per folder (all; result scenarios; error scenarios)\n";
    for (const auto& [folder, c] : perFolder) {
        std::cout << "  " << folder << ": " << c.pass << "/" << c.total << "; results "
                  << c.resultPass << "/" << c.resultTotal << "; errors "
                  << c.pass - c.resultPass << "/" << c.total - c.resultTotal << "\n";
    }
    std::cout << "result scenarios: " << resultPass << "/" << resultTotal << " pass ("
              << (resultTotal ? 100.0 * resultPass / resultTotal : 0.0) << "%); error scenarios: "
              << pass - resultPass << "/" << total - resultTotal << "\n";
    std::cout << "total: " << pass << "/" << total << " scenarios pass ("
              << (total ? 100.0 * pass / total : 0.0) << "%), of which " << lenient
              << " with a different error detail; " << failures.size() << " fail\n";
    if (fixed) std::cout << fixed << " scenarios in known_failures now pass: remove them\n";
    if (write) {
        std::ofstream out(knownFile);
        out << "# openCypher TCK scenarios that fail, one per line:\n"
            << "# feature file | scenario name | example row (0: not an outline) | reason\n";
        for (const auto& f : failures) out << f << "\n";
        std::cout << "wrote " << failures.size() << " known failures to " << knownFile.string() << "\n";
        return 0;
    }
    if (regressions) std::cout << regressions << " scenarios fail that are not known failures\n";
    return regressions ? 1 : 0;
}
