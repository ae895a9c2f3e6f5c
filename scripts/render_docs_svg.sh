#!/usr/bin/env bash
# Regenerates the diagrams in docs/: docs/examples-graph.svg (the graph of
# examples/articles) and docs/export-fixture.svg (tests/fixtures/export/news.json, which
# shows every node kind and relationship style). Run after the parser or the DOT style
# changes: scripts/render_docs_svg.sh [NEWSGRAPH]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
newsgraph=${1:-$root/build/newsgraph}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$newsgraph" build "$root/examples/articles" -o "$tmp/examples.json"
"$newsgraph" export "$tmp/examples.json" --format dot --clusters -o "$tmp/examples.dot"
dot -Tsvg "$tmp/examples.dot" -o "$root/docs/examples-graph.svg"
"$newsgraph" export "$root/tests/fixtures/export/news.json" --format dot --clusters \
    -o "$tmp/fixture.dot"
dot -Tsvg "$tmp/fixture.dot" -o "$root/docs/export-fixture.svg"
"$newsgraph" build "$root"/examples/articles/sudan_*.txt -o "$tmp/sudan.json"
"$newsgraph" export "$tmp/sudan.json" --format dot -o "$tmp/figures.dot" \
    --query "MATCH p = (f:Figure)-[:REPORTED_BY|SUPERSEDES|LOCATED_IN]->() RETURN p"
dot -Tsvg "$tmp/figures.dot" -o "$root/docs/examples-figures.svg"
echo "wrote docs/examples-graph.svg, docs/examples-figures.svg and docs/export-fixture.svg"
