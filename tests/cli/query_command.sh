#!/usr/bin/env bash
# `newsgraph query` end to end: formats, scripts of several statements, error diagnostics
# as file:line:column with a caret, and exit statuses.
set -u
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi; }
graph="$root/tests/fixtures/newsroom/graph.json"

"$bin" query "$graph" -c "MATCH (a:Actor) RETURN a.name, count(*)" --format json >"$tmp/out"
check "json output exits 0" '[ $? -eq 0 ]'
check "json keys are the columns as written" 'grep -q "\"a.name\":\"Maria Lind\",\"count(\*)\":1" "$tmp/out"'
"$bin" query "$graph" -c "MATCH (f:Figure)-[r:SUPERSEDES]->() RETURN f, r" --format json >"$tmp/out"
check "nodes and relationships in json" 'grep -q "\"labels\":\[\"Figure\"\]" "$tmp/out" && grep -q "\"type\":\"SUPERSEDES\",\"start\":5,\"end\":4" "$tmp/out"'
"$bin" query "$graph" --format json -c "RETURN 1 AS a; RETURN 2 AS b; RETURN nope" >"$tmp/out" 2>"$tmp/err"
check "json: a script prints one array of every statement's rows, even after an error" \
    'python3 -c "import json,sys; assert json.load(open(sys.argv[1])) == [{\"a\": 1}, {\"b\": 2}]" "$tmp/out"'
"$bin" query "$graph" --format json -c "RETURN 0.0/0.0 AS n, -1.0/0.0 AS i, 9223372036854775807 AS big, 0.1 AS f" >"$tmp/out"
check "json: bare NaN and infinities, full 64-bit integers, round-trip floats" 'grep -qF "{\"n\":NaN,\"i\":-Infinity,\"big\":9223372036854775807,\"f\":0.1}" "$tmp/out"'
"$bin" query "$graph" -c "RETURN 1 AS a, 'x,y' AS b" --format csv >"$tmp/out"
check "csv quotes fields with commas" 'grep -q "^1,\"x,y\"$" "$tmp/out"'
printf 'RETURN 1 AS one;\n// a comment; with a semicolon\nMATCH (n:Place)\nRETURN n.nam + ;\nRETURN 3;\n' >"$tmp/script.cypher"
"$bin" query "$graph" -f "$tmp/script.cypher" >"$tmp/out" 2>"$tmp/err"
check "a bad statement in a script exits 1" '[ $? -eq 1 ]'
check "statements before it ran" 'grep -q "| one |" "$tmp/out"'
check "the error names file, line and column" 'grep -q "script.cypher:4:15: syntax error: expected an expression, found the end of the query" "$tmp/err"'
check "the caret is under the problem" '[ "$(sed -n 3p "$tmp/err")" = "              ^" ]'
check "statements after it did not run" '! grep -q "| 3 |" "$tmp/out"'
"$bin" query "$graph" -c "MATCH (n) DELETE n" 2>"$tmp/err"
check "DELETE of a connected node is refused with a sentence, exit 1" '[ $? -eq 1 ] && grep -q "it still has .* use DETACH DELETE" "$tmp/err"'
printf 'RETURN 2 AS two;\n' >"$tmp/two.cypher"
printf 'RETURN 3 AS three' | "$bin" query "$graph" --format csv -c "RETURN 1 AS one" -f "$tmp/two.cypher" -f - -c "RETURN 4 AS four" >"$tmp/out"
check "repeated -c and -f (- is standard input) all run, in the order given" \
    '[ "$(tr "\n" " " <"$tmp/out")" = "one 1 two 2 three 3 four 4 " ]'
"$bin" query "$graph" -c "RETURN nope" -c "RETURN 2 AS two" >"$tmp/out" 2>"$tmp/err"
check "the first failing -c stops the rest (exit 1)" '[ $? -eq 1 ] && ! grep -q two "$tmp/out"'
"$bin" query "$graph" --keep-going -c "RETURN nope" -c "RETURN 2 AS two" >"$tmp/out" 2>"$tmp/err"
check "with --keep-going the later -c still runs (exit 1)" '[ $? -eq 1 ] && grep -q "| two |" "$tmp/out"'
"$bin" query "$graph" -f - -f - -c "RETURN 1" </dev/null 2>"$tmp/err"
check "-f - twice is a usage error (exit 2)" '[ $? -eq 2 ] && grep -q "standard input" "$tmp/err"'
"$bin" query "$graph" --format csv --param "who='Maria Lind'" --param 'n=[1, 2]' \
    -c 'MATCH (a:Actor {name: $who}) RETURN a.name, size($n) AS n' >"$tmp/out"
check "--param NAME=VALUE sets parameters (VALUE as in a query)" '[ "$(sed -n 2p "$tmp/out")" = "Maria Lind,2" ]'
"$bin" query "$graph" --param "x=1 +" -c "RETURN 1" 2>"$tmp/err"
check "--param with a bad value names it, exit 1" '[ $? -eq 1 ] && grep -q "value of .\$x. is not a valid expression" "$tmp/err"'
"$bin" query "$graph" --param "x" -c "RETURN 1" 2>"$tmp/err"
check "--param without = is a usage error (exit 2)" '[ $? -eq 2 ]'
"$bin" query --help >"$tmp/out"
check "query --help tells every option and format" \
    'for w in -c -f --param --format --keep-going tsv jsonl; do grep -q -- "$w" "$tmp/out" || exit 1; done'
"$bin" export --help >"$tmp/out"
check "export --help tells --query" 'grep -q -- "--query QUERY" "$tmp/out"'
"$bin" shell --help >"$tmp/out"
check "shell --help tells --keep-going" 'grep -q -- "--keep-going" "$tmp/out"'
printf 'RETURN 40 + 2 AS answer;\n:format csv\nRETURN 7 AS seven;\n' | "$bin" query "$graph" >"$tmp/out"
check "a script on standard input, with colon commands" '[ $? -eq 0 ] && grep -q "| 42 " "$tmp/out" && grep -qx "7" "$tmp/out"'
printf 'RETURN x;\nRETURN 2 AS two;\n' | "$bin" query "$graph" --keep-going >"$tmp/out" 2>"$tmp/err"
check "--keep-going reports the error, runs the rest and exits 1" '[ $? -eq 1 ] && grep -q "^-:1:8: semantic error" "$tmp/err" && grep -q "| two |" "$tmp/out"'
"$bin" query "$graph" -f "$root/examples/queries/who_reported_what.cypher" >"$tmp/out" 2>"$tmp/err"
check "the example queries run" '[ $? -eq 0 ] && grep -q "workers on strike | 1200 | 1500" "$tmp/out"'
printf '{"format":"newsgraph-1","nodes":[],"edges":[]}' >"$tmp/empty.json"
"$bin" query "$tmp/empty.json" -f "$root/examples/queries/who_reported_what.cypher" >"$tmp/out" 2>"$tmp/err"
check "schema names are known even in an empty graph" '[ $? -eq 0 ]'
exit $fail
