#include "parser/input/load_report.h"

namespace newsgraph::parser {

std::string LoadProblem::toString() const {
    std::string out = path;
    if (line > 0) out += ":" + std::to_string(line);
    out += ": input error: " + reason;
    return out;
}

}  // namespace newsgraph::parser
