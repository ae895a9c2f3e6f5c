#!/usr/bin/env bash
# Scores the parser on every set with gold and prints one table: seeds, examples, the
# held-out sets in bench/, and each development set in ../shared/corpus/. A measurement,
# not a test (the floors are checked on seeds and examples by tests/cli).
#
# The check set (NEWSGRAPH_CHECK_SET: a set's name, among the corpus sets or the extra
# sets) is left out unless --check is given: it is scored only to report a first-contact
# figure, never to tune on. d3 was the check set until 2026-12-02 and is now a
# development set; the next check set is a fresh, blind-annotated one kept outside the
# project (NEWSGRAPH_EXTRA_SETS=DIR NEWSGRAPH_CHECK_SET=NAME).
#
# Usage: bench/score_all.sh [--build DIR] [--check] [--json] [--verbose SET]
# More sets: NEWSGRAPH_EXTRA_SETS=DIR[:DIR...], each with articles/ and gold.json.
#   --json           also write each set's score.py report to $OUT/SET.json (OUT: --out DIR)
#   --verbose SET    print score.py's misses and false hits for SET after the table
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build
check=0 verbose_set="" out=""
check_set=${NEWSGRAPH_CHECK_SET:-}
while [ $# -gt 0 ]; do
    case $1 in
    --build) build=$2; shift ;;
    --check) check=1 ;;
    --verbose) verbose_set=$2; shift ;;
    --out) out=$2; shift ;;
    *) echo "usage: bench/score_all.sh [--build DIR] [--check] [--out DIR] [--verbose SET]" >&2; exit 2 ;;
    esac
    shift
done
shared=$root/../shared
score=$shared/eval/score.py
if [ ! -f "$score" ]; then echo "skipped: $score is not here"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
[ -n "$out" ] || out=$tmp
mkdir -p "$out"

sets=()   # name|articles|gold
[ -d "$shared/seeds" ] && sets+=("seeds|$shared/seeds|$shared/eval/gold/seeds.json")
sets+=("examples|$root/examples/articles|$root/examples/gold/examples.json")
for d in holdout blind blind2; do
    [ -f "$root/bench/$d/gold.json" ] && sets+=("$d|$root/bench/$d/articles|$root/bench/$d/gold.json")
done
# More sets with gold (not in the project), colon-separated folders: NEWSGRAPH_EXTRA_SETS.
IFS=':' read -r -a extra <<<"${NEWSGRAPH_EXTRA_SETS:-}"
for d in "${extra[@]}"; do
    [ -f "$d/gold.json" ] || continue
    if [ "$(basename "$d")" = "$check_set" ] && [ $check -eq 0 ]; then continue; fi
    sets+=("$(basename "$d")|$d/articles|$d/gold.json")
done
for d in "$shared"/corpus/*/; do
    name=$(basename "$d")
    [ -f "$d/gold.json" ] || continue
    if [ "$name" = "$check_set" ] && [ $check -eq 0 ]; then continue; fi
    sets+=("$name|$d/articles|$d/gold.json")
done

printf '%-10s %8s %8s %8s %8s   %s\n' set entities figures rep-by supers "reported-by P/R · supersedes P/R"
for entry in "${sets[@]}"; do
    IFS='|' read -r name articles gold <<<"$entry"
    if ! "$build/newsgraph" build "$articles" -o "$tmp/$name.graph.json" 2>"$tmp/$name.err" >/dev/null; then
        echo "$name: build failed"; cat "$tmp/$name.err"; continue
    fi
    python3 "$score" "$gold" "$tmp/$name.graph.json" --json >"$out/$name.json" 2>/dev/null
    python3 - "$name" "$out/$name.json" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
r = json.load(open(path))
f1 = [r[p]["f1"] for p in ("entities", "figures", "reported-by", "supersedes")]
pr = lambda p: f'{r[p]["precision"]:.2f}/{r[p]["recall"]:.2f}'
print(f"{name:10} " + " ".join(f"{x:8.3f}" for x in f1) + f"   {pr('reported-by')} · {pr('supersedes')}")
PY
    if [ "$name" = "$verbose_set" ]; then cp "$tmp/$name.graph.json" "$out/$name.graph.json" 2>/dev/null || true; fi
done
if [ -n "$verbose_set" ]; then
    for entry in "${sets[@]}"; do
        IFS='|' read -r name articles gold <<<"$entry"
        [ "$name" = "$verbose_set" ] || continue
        echo; echo "== $name"
        python3 "$score" "$gold" "$tmp/$name.graph.json" --verbose
    done
fi
