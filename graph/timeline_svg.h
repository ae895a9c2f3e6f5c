#pragma once

#include <string>

#include "graph/timeline.h"

namespace newsgraph::graph {

// A timeline as a chart in plain SVG 1.1 (no script, no external font or file), for a
// story, a report or a browser: one mark per figure at its date and value (ranges as
// bars), its qualifier as the mark's shape (exact ●, approximately ◆, at least ▲, at most
// ▼), its first source as the colour, SUPERSEDES as thin arrows from the older estimate to
// the newer, and each mark's tooltip (<title>) its value, sources, date and sentence.
// Undated figures stand in a column of their own after the dated ones. The value axis
// is logarithmic when the values span more than a factor of 50. Deterministic: the same
// timeline gives the same bytes.
std::string renderTimelineSvg(const Timeline& timeline);

}  // namespace newsgraph::graph
