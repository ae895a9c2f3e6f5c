// libFuzzer target: the query parser and binder. Any text is parsed and bound or refused
// with a query::Error; nothing else may escape.
#include <string>

#include "shell/query/binder.h"
#include "shell/query/error.h"
#include "shell/query/parser.h"

using namespace newsgraph::query;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        ParsedStatement parsed = parseStatement(text);
        Binder(parsed, text, nullptr).bind();
    } catch (const Error&) {
    }
    return 0;
}
