#!/usr/bin/env bash
# Times `newsgraph build` on corpora of real article text (bench/make_corpus.sh) by size
# and thread count, with GNU time: median wall and CPU seconds of RUNS runs, MB/s and peak
# memory. With --split, also the two halves of a build run apart (docs/facts-json.md):
# `extract -j N` to a facts file, then `merge` of that file. A measurement, never a test.
# Usage: bench/bench_build.sh [--build DIR] [--runs N] [--jobs "1 2"] [--split] [SIZE_MB...]
#        (defaults: build/, 3 runs, jobs "1 2", sizes 5 20 80)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build runs=3 jobs="1 2" split=0 sizes=()
while [ $# -gt 0 ]; do
    case $1 in
    --build) build=$2; shift ;;
    --runs) runs=$2; shift ;;
    --jobs) jobs=$2; shift ;;
    --split) split=1 ;;
    *) sizes+=("$1") ;;
    esac
    shift
done
[ ${#sizes[@]} -gt 0 ] || sizes=(5 20 80)
[ -x /usr/bin/time ] || { echo "bench_build: needs GNU time (Debian package time)" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# measure MB JOBS STEP COMMAND...: runs COMMAND $runs times, prints one row of medians.
measure() {
    local mb=$1 j=$2 step=$3
    shift 3
    : >"$tmp/runs"
    for ((r = 0; r < runs; r++)); do
        /usr/bin/time -o "$tmp/t" -f '%e %U %S %M' "$@" 2>/dev/null >/dev/null
        cat "$tmp/t" >>"$tmp/runs"
    done
    local wall cpu peak
    wall=$(awk '{ print $1 }' "$tmp/runs" | median)
    cpu=$(awk '{ print $2 + $3 }' "$tmp/runs" | median)
    peak=$(awk '{ print $4 }' "$tmp/runs" | median)
    awk -v mb="$mb" -v j="$j" -v s="$step" -v w="$wall" -v c="$cpu" -v p="$peak" -v b="$bytes" \
        'BEGIN { printf "%8s %5s %8s %9.2f %9.2f %8.2f %10.0f\n", mb, j, s, w, c, b / 1048576 / w, p / 1024 }'
}

printf '%8s %5s %8s %9s %9s %8s %10s\n' MB jobs step wall_s cpu_s MB/s peak_MiB
for mb in "${sizes[@]}"; do
    "$root/bench/make_corpus.sh" "$mb" "$tmp/corpus" >/dev/null
    bytes=$(du -sb "$tmp/corpus" | cut -f1)
    for j in $jobs; do
        measure "$mb" "$j" build "$build/newsgraph" build "$tmp/corpus" -o "$tmp/g.json" -j "$j"
        if [ "$split" = 1 ]; then
            measure "$mb" "$j" extract "$build/newsgraph" extract "$tmp/corpus" -o "$tmp/f" -j "$j"
            measure "$mb" - merge "$build/newsgraph" merge "$tmp/f" -o "$tmp/g.json"
        fi
    done
done
