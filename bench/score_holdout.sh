#!/usr/bin/env bash
# Measures the parser on the held-out articles in bench/holdout/ (articles the parser's
# rules were not tuned on) and prints score.py's figures. A measurement, not a test: the
# floors of the parser issues are checked on the seeds and examples by the tests.
# Usage: bench/score_holdout.sh [BUILD_DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
score=$root/../shared/eval/score.py
if [ ! -f "$score" ]; then echo "skipped: ../shared/eval/score.py is not here"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$build/newsgraph" build "$root/bench/holdout/articles" -o "$tmp/g.json"
python3 "$score" "$root/bench/holdout/gold.json" "$tmp/g.json" "${@:2}"
