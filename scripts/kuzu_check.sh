#!/usr/bin/env bash
# Exports a graph.json as Kùzu CSV + load.cypher with newsgraph, loads it into a real Kùzu
# (the npm package kuzu) and checks it against the graph.json: scripts/kuzu_check.js.
#
# usage: scripts/kuzu_check.sh GRAPH_JSON [NEWSGRAPH]
#   NEWSGRAPH   the newsgraph executable (default: build/newsgraph)
#   KUZU_DIR    where the kuzu package is installed (default /tmp/kuzu-check); it is
#               installed there with npm on first use. Outside the repository on purpose.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
graph=${1:?usage: scripts/kuzu_check.sh GRAPH_JSON [NEWSGRAPH]}
newsgraph=${2:-$here/../build/newsgraph}
kuzu_dir=${KUZU_DIR:-/tmp/kuzu-check}

if [ ! -d "$kuzu_dir/node_modules/kuzu" ]; then
    command -v npm >/dev/null || { echo "kuzu check: npm is not installed" >&2; exit 1; }
    mkdir -p "$kuzu_dir"
    (cd "$kuzu_dir" && npm init -y >/dev/null && npm install kuzu >/dev/null)
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$newsgraph" export "$graph" --format kuzu -o "$out/kuzu"
NODE_PATH="$kuzu_dir/node_modules" node "$here/kuzu_check.js" "$out/kuzu" "$graph"
