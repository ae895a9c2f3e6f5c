#include "tests/tck/gherkin_reader.h"

#include <fstream>

namespace newsgraph::tck {

namespace {

std::string trim(const std::string& s) {
    std::size_t b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return "";
    std::size_t e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

bool startsWith(const std::string& s, const std::string& prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

// "| a | b\|c |" -> {"a", "b|c"}
std::vector<std::string> tableCells(const std::string& line) {
    std::vector<std::string> cells;
    std::string cell;
    bool started = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (c == '\\' && i + 1 < line.size() && (line[i + 1] == '|' || line[i + 1] == '\\')) {
            cell += line[i + 1];
            ++i;
        } else if (c == '|') {
            if (started) cells.push_back(trim(cell));
            started = true;
            cell.clear();
        } else {
            cell += c;
        }
    }
    return cells;
}

std::string substitute(std::string text, const std::vector<std::string>& names,
                       const std::vector<std::string>& values) {
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::string placeholder = "<" + names[i] + ">";
        std::size_t pos = 0;
        while ((pos = text.find(placeholder, pos)) != std::string::npos) {
            text.replace(pos, placeholder.size(), values[i]);
            pos += values[i].size();
        }
    }
    return text;
}

}  // namespace

std::string Scenario::key() const {
    return feature + " | " + name + " | " + std::to_string(example);
}

bool readFeature(const std::filesystem::path& file, const std::string& relative,
                 std::vector<Scenario>& out, std::string& error) {
    std::ifstream in(file);
    if (!in) {
        error = file.string() + ": cannot read";
        return false;
    }
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);

    Scenario current;
    std::vector<Step> background;  // Background: steps run before each scenario's own
    bool inBackground = false;
    bool inScenario = false, outline = false, inExamples = false;
    std::vector<std::vector<std::string>> examples;
    auto finish = [&]() {
        if (!inScenario) return;
        if (!outline) {
            out.push_back(current);
        } else if (examples.size() > 1) {
            const auto& names = examples[0];
            for (std::size_t r = 1; r < examples.size(); ++r) {
                Scenario expanded = current;
                expanded.example = static_cast<int>(r);
                for (auto& step : expanded.steps) {
                    step.text = substitute(step.text, names, examples[r]);
                    step.docString = substitute(step.docString, names, examples[r]);
                    for (auto& row : step.table) {
                        for (auto& cell : row) cell = substitute(cell, names, examples[r]);
                    }
                }
                out.push_back(std::move(expanded));
            }
        }
        inScenario = outline = inExamples = false;
        examples.clear();
    };

    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string t = trim(lines[i]);
        if (t.empty() || t[0] == '#' || t[0] == '@') continue;
        if (startsWith(t, "Feature:")) continue;
        if (startsWith(t, "Background:")) {
            finish();
            inBackground = true;
            current = Scenario{};
            continue;
        }
        if (startsWith(t, "Scenario Outline:") || startsWith(t, "Scenario:")) {
            finish();
            if (inBackground) background = current.steps;
            inBackground = false;
            current = Scenario{};
            current.steps = background;
            current.feature = relative;
            current.line = static_cast<int>(i + 1);
            outline = startsWith(t, "Scenario Outline:");
            current.name = trim(t.substr(t.find(':') + 1));
            inScenario = true;
            continue;
        }
        if (startsWith(t, "Examples:")) {
            inExamples = true;
            continue;
        }
        if (t[0] == '|') {
            if (inExamples) {
                examples.push_back(tableCells(t));
            } else if (!current.steps.empty()) {
                current.steps.back().table.push_back(tableCells(t));
            }
            continue;
        }
        if (startsWith(t, "\"\"\"")) {
            std::size_t indent = lines[i].find("\"\"\"");
            std::string doc;
            for (++i; i < lines.size() && trim(lines[i]) != "\"\"\""; ++i) {
                std::string l = lines[i];
                std::size_t cut = std::min(indent, l.find_first_not_of(' ') == std::string::npos
                                                       ? l.size()
                                                       : l.find_first_not_of(' '));
                doc += l.substr(cut) + "\n";
            }
            if (i >= lines.size()) {
                error = relative + ":" + std::to_string(current.line) + ": unterminated doc string";
                return false;
            }
            if (!current.steps.empty()) current.steps.back().docString = doc;
            continue;
        }
        for (const char* keyword : {"Given ", "When ", "Then ", "And ", "But "}) {
            if (startsWith(t, keyword)) {
                Step step;
                step.keyword = trim(keyword);
                step.text = trim(t.substr(std::string(keyword).size()));
                current.steps.push_back(step);
                inExamples = false;
                break;
            }
        }
    }
    finish();
    return true;
}

}  // namespace newsgraph::tck
