#!/usr/bin/env bash
# extract + merge give the graph build gives: the examples read whole, through standard
# input and output, on one thread or two, and split into shards that GNU parallel
# (Debian `parallel`) extracts side by side, merged from one stream (`parallel -k`) or
# from one file per shard. Without GNU parallel the shard checks are skipped (exit 77
# when nothing else failed).
set -u
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi; }
articles="$root/examples/articles"
"$bin" build "$articles" -o "$tmp/build.json" 2>/dev/null
check "build writes the examples graph" '[ -s "$tmp/build.json" ]'

"$bin" extract "$articles" -o "$tmp/all.facts" 2>"$tmp/err"
check "extract writes one line per article" \
    '[ "$(wc -l <"$tmp/all.facts")" -eq "$(ls "$articles" | wc -l)" ] && grep -q "22 articles -> " "$tmp/err"'
"$bin" merge "$tmp/all.facts" -o "$tmp/merged.json" 2>/dev/null
check "merge of one facts file is build's graph, byte for byte" 'cmp -s "$tmp/build.json" "$tmp/merged.json"'
"$bin" extract -j 1 "$articles" >"$tmp/one.facts" 2>/dev/null
"$bin" extract -j 2 "$articles" >"$tmp/two.facts" 2>/dev/null
check "the lines are the same on one thread or two, to a file or standard output" \
    'cmp -s "$tmp/one.facts" "$tmp/two.facts" && cmp -s "$tmp/one.facts" "$tmp/all.facts"'
"$bin" extract "$articles" 2>/dev/null | "$bin" merge - -o "$tmp/piped.json" 2>/dev/null
check "extract | merge - is build's graph" 'cmp -s "$tmp/build.json" "$tmp/piped.json"'
first=$(ls "$articles"/*.txt | head -1)
"$bin" extract "$first" -o "$tmp/first.facts" 2>/dev/null
python3 - "$tmp/first.facts" "$first" >"$tmp/line" <<'PY'
import json, sys
line = json.loads(open(sys.argv[1]).read())
text = open(sys.argv[2], encoding="utf-8").read()
body = line["article"]["text"]
spans = [m for f in line["figures"] for m in f["mentions"]] + [m for e in line["entities"] for m in e["mentions"]]
print("format" if line["format"] == "newsgraph-facts-1" else "no format")
print("text" if body in text else "no text")
print("spans" if spans and all(0 <= b <= e <= len(body.encode()) for b, e in spans) else "bad spans")
PY
check "a line names its format, holds the article's text and spans inside it" \
    '[ "$(cat "$tmp/line")" = "$(printf "format\ntext\nspans")" ]'

if ! command -v parallel >/dev/null 2>&1; then
    echo "skip: GNU parallel is not installed (./setup.sh installs it); the shard checks did not run"
    [ $fail -eq 0 ] && exit 77
    exit $fail
fi
# Shards of five articles, extracted two at a time; -k keeps the shards' order.
ls "$articles"/*.txt | parallel -k -j 2 -N 5 "$bin" extract -j 1 {} 2>/dev/null >"$tmp/sharded.facts"
"$bin" merge "$tmp/sharded.facts" -o "$tmp/sharded.json" 2>/dev/null
check "GNU parallel over shards, one stream: build's graph" 'cmp -s "$tmp/build.json" "$tmp/sharded.json"'
ls "$articles"/*.txt | parallel -j 2 -N 5 "$bin" extract -j 1 {} -o "$tmp/part{#}.facts" 2>/dev/null
shards=$(ls "$tmp"/part*.facts | sort -V)
# shellcheck disable=SC2086
"$bin" merge $shards -o "$tmp/files.json" 2>/dev/null
check "GNU parallel over shards, one file each, merged in shard order: build's graph" \
    '[ "$(echo "$shards" | wc -l)" -eq 5 ] && cmp -s "$tmp/build.json" "$tmp/files.json"'
exit $fail
