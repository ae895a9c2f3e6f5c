#!/usr/bin/env bash
# `newsgraph query GRAPH --write`: a write script that ran whole is saved to GRAPH; without
# --write, or when a statement failed, GRAPH is left byte-identical and stderr says why.
set -u
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi; }
cp "$root/tests/fixtures/newsroom/graph.json" "$tmp/g.json"
cp "$tmp/g.json" "$tmp/original.json"
count() { "$bin" query "$tmp/g.json" --format csv -c "MATCH (n) RETURN count(*) AS n" | tail -1; }
before=$(count)

"$bin" query "$tmp/g.json" -c "CREATE (:Actor {name: 'Ada Quill'})" >/dev/null 2>"$tmp/err"
check "without --write a write script exits 0" '[ $? -eq 0 ]'
check "and says its writes were not saved" 'grep -q "the writes were not saved to .*add --write" "$tmp/err"'
check "and leaves the graph byte-identical" 'cmp -s "$tmp/g.json" "$tmp/original.json"'

"$bin" query "$tmp/g.json" --write -c "CREATE (:Actor {name: 'Ada Quill'}); RETURN nope" >/dev/null 2>"$tmp/err"
check "with --write, a script with a failed statement exits 1" '[ $? -eq 1 ]'
check "and saves nothing" 'cmp -s "$tmp/g.json" "$tmp/original.json" && grep -q "not saved.*a statement failed" "$tmp/err"'

"$bin" query "$tmp/g.json" --write -c "CREATE (:Actor {name: 'Ada Quill'})" >/dev/null 2>"$tmp/err"
check "with --write, a script that ran whole exits 0" '[ $? -eq 0 ]'
check "and says where it saved" 'grep -q "saved [0-9]* nodes and [0-9]* edges to $tmp/g.json" "$tmp/err"'
check "and the graph holds the write" '[ "$(count)" -eq $((before + 1)) ]'

"$bin" query "$tmp/g.json" -c "MATCH (n) RETURN count(*)" >/dev/null 2>"$tmp/err"
check "a script that writes nothing says nothing of saving" '[ ! -s "$tmp/err" ]'
exit $fail
