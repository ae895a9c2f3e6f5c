#!/usr/bin/env bash
# Quality gate: builds the seeds (../shared/seeds) and our own examples (examples/articles)
# and scores them with ../shared/eval/score.py against their gold files, printing each
# score line. Fails when, on either corpus:
#   entities F1 or precision < 0.90,
#   figures F1 < 0.85 or qualifier accuracy < 0.90,
#   reported-by F1 < 0.75, supersedes F1 < 0.70.
# Skips (exit 77, which CTest reports as skipped) when ../shared/eval is not beside the
# repository.
set -u
bin=$1; root=$2
eval_dir="$root/../shared/eval"
if [ ! -f "$eval_dir/score.py" ]; then
    echo "skipped: $eval_dir/score.py is not here, so seeds and examples are not scored"
    exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
score() {  # name, articles folder, gold file
    "$bin" build "$2" -o "$tmp/$1.json" 2>"$tmp/$1.err" || { cat "$tmp/$1.err"; fail=1; return; }
    python3 "$eval_dir/score.py" "$3" "$tmp/$1.json" --json >"$tmp/$1.score" 2>/dev/null
    python3 - "$1" "$tmp/$1.score" <<'PY' || fail=1
import json, sys
name, path = sys.argv[1], sys.argv[2]
report = json.load(open(path))
floors = {"entities": 0.90, "figures": 0.85, "reported-by": 0.75, "supersedes": 0.70}
ok_all = True
for part, floor in floors.items():
    r = report[part]
    ok = r["f1"] >= floor and (part != "entities" or r["precision"] >= 0.90)
    line = (f'{name}: {part} P {r["precision"]:.3f} R {r["recall"]:.3f} F1 {r["f1"]:.3f}'
            f' (tp {r["tp"]}, fp {r["fp"]}, fn {r["fn"]}; floor {floor})')
    print(("ok: " if ok else "FAILED: ") + line)
    for x in r.get("false_hits", []): print("    false hit:", x)
    for x in r.get("misses", []): print("    miss:", x)
    ok_all = ok_all and ok
qa = report["figures"]["qualifier_accuracy"]
ok = qa is not None and qa >= 0.90
print(("ok: " if ok else "FAILED: ") + f"{name}: qualifier accuracy {qa} (floor 0.9)")
sys.exit(0 if ok_all and ok else 1)
PY
}
if [ -d "$root/../shared/seeds" ] && [ -f "$eval_dir/gold/seeds.json" ]; then
    score seeds "$root/../shared/seeds" "$eval_dir/gold/seeds.json"
else
    echo "skipped: ../shared/seeds or its gold is not here"
fi
score examples "$root/examples/articles" "$root/examples/gold/examples.json"
exit $fail
