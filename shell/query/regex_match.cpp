#include "shell/query/regex_match.h"

#include <re2/re2.h>

#include <cstdint>
#include <memory>
#include <unordered_map>

namespace newsgraph::query {

namespace {

// How many compiled patterns a thread keeps: a query applies one or a few patterns to
// every row, so even a small cache compiles each once.
constexpr std::size_t kCachedPatterns = 32;

// Memory one pattern may use for its program and automata (RE2's default is 8 MiB): a
// pattern past it matches more slowly, never wrongly. 32 x 2 MiB bounds the cache; the
// evaluator fuzz target grew to 2 GiB with 256 patterns at 8 MiB each.
constexpr std::int64_t kPatternMemory = 2 << 20;

}  // namespace

std::optional<bool> regexFullMatch(const std::string& text, const std::string& pattern, std::string& error) {
    thread_local std::unordered_map<std::string, std::unique_ptr<RE2>> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        if (cache.size() >= kCachedPatterns) cache.clear();
        RE2::Options options;
        options.set_log_errors(false);
        options.set_encoding(RE2::Options::EncodingUTF8);
        options.set_max_mem(kPatternMemory);
        it = cache.emplace(pattern, std::make_unique<RE2>(pattern, options)).first;
    }
    const RE2& re = *it->second;
    if (!re.ok()) {
        error = re.error();
        return std::nullopt;
    }
    return RE2::FullMatch(text, re);
}

}  // namespace newsgraph::query
