#!/usr/bin/env bash
# The timeline chart: `newsgraph export --format timeline-svg` and the shell's
# `:timeline MEASURE --plot FILE.svg` write the same SVG, byte-identical to the golden
# chart of tests/fixtures/timeline_plot (regenerate it with the export command below after
# a deliberate change, and look at it: rsvg-convert -w 1200 killed.svg -o killed.png). The
# SVG is well-formed XML, has one mark per figure of the measure, each with its sentence
# (escaped) as its tooltip, and a measure with no figures writes nothing.
set -u
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi; }
fixture="$root/tests/fixtures/timeline_plot"
"$bin" export "$fixture/graph.json" --format timeline-svg --measure killed -o "$tmp/export.svg" 2>"$tmp/err"
check "export writes the chart" '[ $? -eq 0 ] && [ -s "$tmp/export.svg" ]'
check "the chart is the golden one" 'cmp -s "$tmp/export.svg" "$fixture/killed.svg"'
printf ':timeline killed --plot %s\n' "$tmp/shell.svg" | "$bin" shell "$fixture/graph.json" >"$tmp/out" 2>&1
check "the shell's --plot writes the same chart" 'cmp -s "$tmp/shell.svg" "$tmp/export.svg"'
check "the shell says where" 'grep -q "Wrote the timeline of .killed. (5 figures) to" "$tmp/out"'
python3 - "$tmp/export.svg" >"$tmp/xml" 2>&1 <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"s": "http://www.w3.org/2000/svg"}
root = ET.parse(sys.argv[1]).getroot()
marks = root.findall(".//s:g[@class='figure']", ns)
tips = [m.find("s:title", ns).text for m in marks]
print(len(marks))
print("sentence" if any("At least 45 people died in the floods" in t for t in tips) else "no sentence")
print("escaped" if any('About 100 people & "more" <died>' in t for t in tips) else "not escaped")
print("no displaced" if not any("displaced" in t for t in tips) else "displaced")
PY
check "the SVG is well-formed XML" '[ $(head -1 "$tmp/xml") = 5 ]'
check "each tooltip holds its sentence" 'grep -qx sentence "$tmp/xml"'
check "text is escaped and reads back" 'grep -qx escaped "$tmp/xml"'
check "only the measure's figures" 'grep -qx "no displaced" "$tmp/xml"'
"$bin" export "$fixture/graph.json" --format timeline-svg --measure rescued -o "$tmp/none.svg" 2>"$tmp/err"
check "a measure with no figures fails and writes nothing" '[ $? -eq 1 ] && [ ! -e "$tmp/none.svg" ]'
"$bin" export "$fixture/graph.json" --format timeline-svg -o "$tmp/none.svg" 2>"$tmp/err"
check "timeline-svg needs --measure" '[ $? -eq 2 ] && grep -q "needs --measure" "$tmp/err"'
exit $fail
