#!/usr/bin/env bash
# The command line end to end: build from articles, errors and exit statuses.
set -u
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi; }

"$bin" --help >/dev/null; check "--help exits 0" '[ $? -eq 0 ]'
"$bin" frobnicate 2>"$tmp/err"; check "unknown command exits 2" '[ $? -eq 2 ]'
"$bin" build 2>"$tmp/err"; check "build without input exits 2" '[ $? -eq 2 ]'
"$bin" build "$root/examples/articles" -o "$tmp/g.json" 2>"$tmp/err"
check "build examples exits 0" '[ $? -eq 0 ]'
check "graph.json written" '[ -s "$tmp/g.json" ]'
printf ':timeline killed khartoum\n' >"$tmp/timeline.cypher"
"$bin" query "$tmp/g.json" -f "$tmp/timeline.cypher" >"$tmp/timeline" 2>"$tmp/err"
check ":timeline filters by place and shows it" \
    'grep -q "^Timeline of .killed. about .khartoum." "$tmp/timeline" && grep -q "where: Khartoum" "$tmp/timeline" && ! grep -q "where: [^K]" "$tmp/timeline"'
"$bin" query "$tmp/g.json" -c "MATCH (f:Figure)-[:LOCATED_IN]->(p:Place) RETURN count(*) AS n" --format csv >"$tmp/located" 2>"$tmp/err"
check "figures are LOCATED_IN places" '[ "$(tail -1 "$tmp/located")" -gt 10 ]'
# A three-day flood story: competing same-day estimates stand side by side, each newer
# estimate supersedes the latest older ones, a past year's toll and a neighbouring
# region's count stay out of the chain.
"$bin" build "$root/tests/fixtures/flood_story" -o "$tmp/story.json" 2>"$tmp/err"
"$bin" query "$tmp/story.json" --format csv -c "MATCH (a:Figure)-[:SUPERSEDES]->(b:Figure) RETURN a.measure + ' ' + a.value + '>' + b.value AS pair ORDER BY pair" >"$tmp/pairs" 2>"$tmp/err"
check "flood story: supersedes chains as a reader would draw them" \
    '[ "$(tail -n +2 "$tmp/pairs" | tr "\n" " ")" = "displaced 48000>40000 displaced 55000>40000 displaced 70000>48000 displaced 70000>55000 killed 41>23 killed 63>41 " ]'
# Articles are read on several threads; the graph is the same bytes whatever their number.
"$bin" build "$root/examples/articles" -o "$tmp/j1.json" -j 1 2>"$tmp/err"
"$bin" build "$root/examples/articles" -o "$tmp/j2.json" --jobs 2 2>"$tmp/err"
"$bin" build "$root/examples/articles" -o "$tmp/j7.json" --jobs=7 2>"$tmp/err"
check "build -j 1, -j 2 and -j 7 write the same graph.json as the default" \
    'cmp -s "$tmp/g.json" "$tmp/j1.json" && cmp -s "$tmp/g.json" "$tmp/j2.json" && cmp -s "$tmp/g.json" "$tmp/j7.json"'
"$bin" build "$root/examples/articles" -o "$tmp/j0.json" -j 0 2>"$tmp/err"
check "build -j 0 is bad usage, exit 2, and writes nothing" \
    '[ $? -eq 2 ] && [ ! -e "$tmp/j0.json" ] && grep -q "needs a number of threads" "$tmp/err"'
printf 'Fine.' >"$tmp/ok.txt"; printf '' >"$tmp/empty.txt"
"$bin" build "$tmp/ok.txt" "$tmp/empty.txt" -o "$tmp/h.json" 2>"$tmp/err"
check "a bad input gives exit 1" '[ $? -eq 1 ]'
check "the bad input is named" 'grep -q "empty.txt: input error: empty file" "$tmp/err"'
check "the rest is still built" 'grep -q "\"file\":\"ok.txt\"" "$tmp/h.json"'
printf 'Title: t\n\nAt least 12 people were killed in Lima, the ministry said.\n' >"$tmp/facts.txt"
"$bin" facts "$tmp/facts.txt" "$tmp/empty.txt" >"$tmp/facts" 2>"$tmp/err"
check "facts exits 1 when an input is bad" '[ $? -eq 1 ]'
check "facts prints each article's figures with their place" \
    'grep -q "^figure 12 at least killed" "$tmp/facts" && grep -q "^  place \"Lima\"" "$tmp/facts"'
printf '{"nodes":[' >"$tmp/trunc.json"
"$bin" export "$tmp/trunc.json" --format json -o "$tmp/out.json" 2>"$tmp/err"
check "a truncated graph is refused with exit 1" '[ $? -eq 1 ]'
check "with its name and offset" 'grep -q "trunc.json: offset 10:" "$tmp/err"'
if [ -f "$root/../shared/eval/score.py" ]; then
    "$bin" build "$root/../shared/seeds" -o "$tmp/seeds.json" 2>"$tmp/err"
    check "score.py reads the seeds graph" 'python3 "$root/../shared/eval/score.py" "$root/../shared/eval/gold/seeds.json" "$tmp/seeds.json" >"$tmp/score"'
else
    echo "skipped: ../shared/eval is not here, so the seeds are not scored"
fi
exit $fail
