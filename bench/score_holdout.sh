#!/usr/bin/env bash
# Measures the parser on held-out articles (articles its rules were not tuned on) and
# prints score.py's figures. A measurement, not a test: the floors of the parser issues
# are checked on the seeds and examples by the tests.
#   bench/holdout/  three articles, first measured (and then tuned on) in session one
#   bench/blind/    eight articles of three stories written blind to the parser (now tuned on)
#   bench/blind2/   nine articles of three stories written blind to the parser
# Usage: bench/score_holdout.sh [BUILD_DIR [SET_DIR]] [score.py options such as --verbose]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build
set_dir=$root/bench/holdout
if [ $# -gt 0 ] && [ -d "$1" ]; then build=$1; shift; fi
if [ $# -gt 0 ] && [ -d "$1" ]; then set_dir=$1; shift; fi
score=$root/../shared/eval/score.py
if [ ! -f "$score" ]; then echo "skipped: ../shared/eval/score.py is not here"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$build/newsgraph" build "$set_dir/articles" -o "$tmp/g.json"
python3 "$score" "$set_dir/gold.json" "$tmp/g.json" "$@"
