#!/usr/bin/env bash
# Times the queries of bench_query on the same synthetic graph in newsgraph and in Kùzu
# (the npm package kuzu, one thread), side by side in one run: the median of five runs
# of each query, the ratio, and both row counts (they must agree). A measurement, never
# a test. Kùzu is installed with npm into KUZU_DIR on first use (default
# /tmp/newsgraph-kuzu-bench), outside the repository; the tests never need it.
# Usage: bench/compare_kuzu.sh [--build DIR] [NODES]   (default build/, 1,000,000 nodes)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build nodes=1000000
while [ $# -gt 0 ]; do
    case $1 in
    --build) build=$2; shift ;;
    *) nodes=$1 ;;
    esac
    shift
done
kuzu_dir=${KUZU_DIR:-/tmp/newsgraph-kuzu-bench}
[ -x "$build/bench/bench_query" ] || { echo "compare_kuzu: build bench_query first (cmake --build $build --target bench_query)" >&2; exit 2; }
if [ ! -d "$kuzu_dir/node_modules/kuzu" ]; then
    command -v npm >/dev/null || { echo "compare_kuzu: needs npm (Debian package npm)" >&2; exit 2; }
    mkdir -p "$kuzu_dir"
    (cd "$kuzu_dir" && npm init -y >/dev/null && npm install kuzu >/dev/null)
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/csv"
"$build/bench/bench_query" "$nodes" --csv "$tmp/csv" >"$tmp/newsgraph.txt"
NODE_PATH="$kuzu_dir/node_modules" node "$root/bench/compare_kuzu.js" "$tmp/csv" "$tmp/db" 1 >"$tmp/kuzu.tsv"
head -1 "$tmp/newsgraph.txt"
echo "kuzu: COPY of the same graph from CSV $(awk -F'\t' '$1 == "load" { print $2 }' "$tmp/kuzu.tsv") s (one thread)"
python3 - "$tmp/newsgraph.txt" "$tmp/kuzu.tsv" <<'PY'
import re, sys
ours = {}
for line in open(sys.argv[1]):
    m = re.match(r"^(.*?)\s{2,}([\d.]+)\s+(\d+)$", line.rstrip())
    if m:
        ours[m.group(1).strip()] = (float(m.group(2)), m.group(3))
print(f"{'query':30} {'newsgraph ms':>13} {'kuzu ms':>10} {'ratio':>8} {'rows':>13}")
for line in open(sys.argv[2]):
    name, *rest = line.rstrip("\n").split("\t")
    if name == "load":
        continue
    kuzu_ms, kuzu_rows = float(rest[0]), rest[1]
    ng_ms, ng_rows = ours.get(name, (float("nan"), "?"))
    ratio = ng_ms / kuzu_ms if kuzu_ms > 0 else float("nan")
    rows = ng_rows if ng_rows == kuzu_rows else f"{ng_rows}/{kuzu_rows}"
    print(f"{name:30} {ng_ms:13.3f} {kuzu_ms:10.3f} {ratio:7.2f}x {rows:>13}")
PY
