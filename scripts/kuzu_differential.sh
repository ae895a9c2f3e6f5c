#!/usr/bin/env bash
# Differential check of the query language against a real Cypher engine, Kùzu (npm package
# kuzu): the graph is exported for Kùzu by newsgraph, loaded there, and every query in
# scripts/differential_queries.cypher runs on both; differences are printed.
# Not part of ctest (it needs npm and the registry the first time).
#
# usage: scripts/kuzu_differential.sh [GRAPH_JSON] [NEWSGRAPH]
#   GRAPH_JSON  default: the graph of examples/articles, built now
#   KUZU_DIR    where the kuzu package is installed (default /tmp/kuzu-check)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
newsgraph=${2:-$here/../build/newsgraph}
kuzu_dir=${KUZU_DIR:-/tmp/kuzu-check}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
graph=${1:-}
if [ -z "$graph" ]; then
    graph=$out/examples.json
    "$newsgraph" build "$here/../examples/articles" -o "$graph" 2>/dev/null
fi
if [ ! -d "$kuzu_dir/node_modules/kuzu" ]; then
    mkdir -p "$kuzu_dir"
    (cd "$kuzu_dir" && npm init -y >/dev/null && npm install kuzu >/dev/null)
fi
"$newsgraph" export "$graph" --format kuzu -o "$out/kuzu"
NODE_PATH="$kuzu_dir/node_modules" node "$here/kuzu_differential.js" "$out/kuzu" "$graph" \
    "$here/differential_queries.cypher" "$newsgraph"
