#include "parser/input/input_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "parser/input/json_depth.h"

namespace newsgraph::parser {

namespace fs = std::filesystem;

namespace {

bool readWholeFile(const std::string& path, std::string& contents, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = std::strerror(errno);
        return false;
    }
    contents.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
        error = "read failed";
        return false;
    }
    return true;
}

bool isBlank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    });
}

bool isIsoDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    }
    return true;
}

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return std::string(s.substr(b, e - b));
}

bool isJsonLinesPath(const fs::path& p) { return p.extension() == ".jsonl"; }
bool isArticlePath(const fs::path& p) { return p.extension() == ".txt" || isJsonLinesPath(p); }

void readOne(const fs::path& path, std::vector<Article>& articles, LoadReport& report) {
    std::string contents, error;
    const std::string name = path.string();
    if (!readWholeFile(name, contents, error)) {
        report.add(name, 0, "cannot read: " + error);
        return;
    }
    if (isJsonLinesPath(path)) {
        parseJsonLines(contents, name, articles, report);
        return;
    }
    Article article;
    if (parseTextArticle(std::move(contents), name, article, report)) {
        article.file = path.filename().string();
        articles.push_back(std::move(article));
    }
}

}  // namespace

bool parseTextArticle(std::string contents, const std::string& path, Article& article,
                      LoadReport& report) {
    article.path = path;
    if (contents.find('\0') != std::string::npos) {
        report.add(path, 0, "binary file (it contains NUL bytes), not an article");
        return false;
    }
    if (std::size_t bad = findInvalidUtf8(contents); bad != std::string::npos) {
        report.add(path, 0, "invalid UTF-8 at byte " + std::to_string(bad));
        return false;
    }
    if (isBlank(contents)) {
        report.add(path, 0, "empty file");
        return false;
    }
    // Optional header block: "Key: value" lines of known keys, closed by a blank line.
    // Anything else on the first lines means there is no header block.
    const std::size_t bodyStart = contents.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    Article headers;
    std::size_t scan = bodyStart;
    std::size_t headerEnd = std::string::npos;  // where the body starts, if headers close
    bool sawHeader = false;
    while (scan < contents.size()) {
        std::size_t eol = contents.find('\n', scan);
        if (eol == std::string::npos) eol = contents.size();
        std::string_view line(contents.data() + scan, eol - scan);
        if (isBlank(line)) {
            if (sawHeader) headerEnd = std::min(eol + 1, contents.size());
            break;
        }
        std::size_t colon = line.find(':');
        std::string key = colon == std::string::npos ? "" : trim(line.substr(0, colon));
        std::string value = colon == std::string::npos ? "" : trim(line.substr(colon + 1));
        if (key == "Title")
            headers.title = value;
        else if (key == "Date")
            headers.date = value;
        else if (key == "Source")
            headers.source = value;
        else if (key == "URL")
            headers.url = value;
        else
            break;
        sawHeader = true;
        scan = eol + 1;
    }
    if (headerEnd == std::string::npos) {
        article.text = contents.substr(bodyStart);
    } else {
        article.title = headers.title;
        article.source = headers.source;
        article.url = headers.url;
        if (!headers.date.empty()) {
            if (isIsoDate(headers.date.substr(0, 10))) {
                article.date = headers.date.substr(0, 10);
            } else {
                report.add(path, 0,
                           "Date header \"" + headers.date +
                               "\" is not an ISO date (YYYY-MM-DD); ignored");
            }
        }
        article.text = contents.substr(headerEnd);
    }
    if (isBlank(article.text)) {
        report.add(path, 0, "the article has headers but no text");
        return false;
    }
    return true;
}

void parseJsonLines(const std::string& contents, const std::string& path,
                    std::vector<Article>& articles, LoadReport& report) {
    std::size_t lineNo = 0;
    std::istringstream in(contents);
    std::string line;
    while (std::getline(in, line)) {
        ++lineNo;
        if (isBlank(line)) continue;
        if (std::size_t bad = findInvalidUtf8(line); bad != std::string::npos) {
            report.add(path, lineNo,
                       "invalid UTF-8 at byte " + std::to_string(bad) + " of the line");
            continue;
        }
        if (nestsDeeperThan(line, kMaxJsonDepth)) {
            report.add(path, lineNo,
                       "JSON nested more than " + std::to_string(kMaxJsonDepth) + " levels deep; refused");
            continue;
        }
        rapidjson::Document doc;
        doc.Parse<rapidjson::kParseIterativeFlag>(line.c_str(), line.size());
        if (doc.HasParseError()) {
            report.add(path, lineNo,
                       std::string("bad JSON at column ") +
                           std::to_string(doc.GetErrorOffset() + 1) + ": " +
                           rapidjson::GetParseError_En(doc.GetParseError()));
            continue;
        }
        if (!doc.IsObject()) {
            report.add(path, lineNo, "a JSON line must be an object");
            continue;
        }
        auto text = [&](const char* key) -> std::string {
            auto it = doc.FindMember(key);
            if (it == doc.MemberEnd() || !it->value.IsString()) return {};
            return std::string(it->value.GetString(), it->value.GetStringLength());
        };
        Article article;
        article.path = path;
        article.line = lineNo;
        article.text = text("text");
        if (isBlank(article.text)) {
            report.add(path, lineNo, "no \"text\" (a non-empty string is required)");
            continue;
        }
        article.file = text("id");
        if (article.file.empty())
            article.file = fs::path(path).filename().string() + ":" + std::to_string(lineNo);
        article.title = text("title");
        article.source = text("source");
        article.url = text("url");
        std::string date = text("date");
        if (!date.empty()) {
            if (isIsoDate(date.substr(0, 10))) {
                article.date = date.substr(0, 10);
            } else {
                report.add(path, lineNo, "\"date\" \"" + date + "\" is not an ISO date; ignored");
            }
        }
        articles.push_back(std::move(article));
    }
}

std::vector<Article> readInputs(const std::vector<std::string>& inputs, LoadReport& report) {
    std::vector<Article> articles;
    for (const auto& input : inputs) {
        if (input == "-") {
            std::string contents((std::istreambuf_iterator<char>(std::cin)),
                                 std::istreambuf_iterator<char>());
            std::size_t first = contents.find_first_not_of(" \t\r\n");
            if (first != std::string::npos && contents[first] == '{') {
                parseJsonLines(contents, "-", articles, report);
            } else {
                Article article;
                if (parseTextArticle(std::move(contents), "-", article, report)) {
                    article.file = "stdin";
                    articles.push_back(std::move(article));
                }
            }
            continue;
        }
        std::error_code ec;
        fs::path path(input);
        if (fs::is_directory(path, ec)) {
            std::vector<fs::path> files;
            fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied,
                                                ec),
                end;
            if (ec) {
                report.add(input, 0, "cannot read folder: " + ec.message());
                continue;
            }
            for (; it != end; it.increment(ec)) {
                if (ec) break;
                if (it->is_regular_file(ec) && isArticlePath(it->path()))
                    files.push_back(it->path());
            }
            std::sort(files.begin(), files.end());
            if (files.empty()) report.add(input, 0, "the folder holds no .txt or .jsonl files");
            for (const auto& file : files) readOne(file, articles, report);
        } else if (fs::exists(path, ec)) {
            readOne(path, articles, report);
        } else {
            report.add(input, 0, "no such file or folder");
        }
    }
    report.articlesRead += articles.size();
    return articles;
}

}  // namespace newsgraph::parser
