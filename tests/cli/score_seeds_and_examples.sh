#!/usr/bin/env bash
# Entity quality gate: builds the seeds (../shared/seeds) and our own examples
# (examples/articles) and scores them with ../shared/eval/score.py against their gold
# files. Fails when entities F1 or precision falls below 0.90. Skips, saying so, when
# ../shared/eval is not beside the repository.
set -u
bin=$1; root=$2
eval_dir="$root/../shared/eval"
if [ ! -f "$eval_dir/score.py" ]; then
    echo "skipped: $eval_dir/score.py is not here, so seeds and examples are not scored"
    exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
score() {  # name, articles folder, gold file
    "$bin" build "$2" -o "$tmp/$1.json" 2>"$tmp/$1.err" || { cat "$tmp/$1.err"; fail=1; return; }
    python3 "$eval_dir/score.py" "$3" "$tmp/$1.json" --json >"$tmp/$1.score" 2>/dev/null
    python3 - "$1" "$tmp/$1.score" <<'PY' || fail=1
import json, sys
name, path = sys.argv[1], sys.argv[2]
r = json.load(open(path))["entities"]
line = f'{name}: entities P {r["precision"]:.3f} R {r["recall"]:.3f} F1 {r["f1"]:.3f} (tp {r["tp"]}, fp {r["fp"]}, fn {r["fn"]})'
ok = r["f1"] >= 0.90 and r["precision"] >= 0.90
print(("ok: " if ok else "FAILED: ") + line)
for x in r["false_hits"]: print("    false hit:", x)
for x in r["misses"]: print("    miss:", x)
sys.exit(0 if ok else 1)
PY
}
if [ -d "$root/../shared/seeds" ] && [ -f "$eval_dir/gold/seeds.json" ]; then
    score seeds "$root/../shared/seeds" "$eval_dir/gold/seeds.json"
else
    echo "skipped: ../shared/seeds or its gold is not here"
fi
score examples "$root/examples/articles" "$root/examples/gold/examples.json"
exit $fail
