#!/usr/bin/env bash
# Builds one libFuzzer target (fuzz/) with clang, AddressSanitizer and UBSan in
# build-fuzz/, and runs it for SECONDS on a copy of its seed corpus (fuzz/corpus/TARGET).
# Prints libFuzzer's figures (executions, coverage); a crash leaves crash-* here and
# exits non-zero. Usage: bench/fuzz.sh graph_json|query|evaluator|articles SECONDS
set -eu
target=${1:?usage: bench/fuzz.sh TARGET SECONDS}; seconds=${2:?usage: bench/fuzz.sh TARGET SECONDS}
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build-fuzz
if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DNEWSGRAPH_FUZZ=ON -DBUILD_TESTING=OFF -DNEWSGRAPH_BENCH=OFF >/dev/null
fi
cmake --build "$build" -j1 --target "fuzz_$target"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp -r "$root/fuzz/corpus/$target/." "$work/"
NEWSGRAPH_LEXICONS=${NEWSGRAPH_LEXICONS:-$root/parser/lexicons} \
    "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
    -timeout=10 -print_final_stats=1 "$work"
