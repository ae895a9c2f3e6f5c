#!/usr/bin/env bash
# `newsgraph export` end to end: every format on examples/, the export fixture and (when
# ../shared is here) the seeds; GraphViz's dot must accept every DOT file without a
# warning, GraphML must be well-formed XML, the CSV sets must parse with the right counts.
set -u
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi; }
have_dot=0; command -v dot >/dev/null && have_dot=1
[ $have_dot = 1 ] || echo "skipped: dot is not installed, so DOT files are not rendered"

# Counts a graph.json's nodes and edges, for comparison with each format.
counts() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["nodes"]), len(d["edges"]))' "$1"; }

export_all() {  # export_all NAME GRAPH_JSON
    local name=$1 graph=$2 out="$tmp/$1"
    mkdir -p "$out"
    read -r nodes edges < <(counts "$graph")
    for format in dot graphml cypher json; do
        "$bin" export "$graph" --format $format -o "$out/g.$format" 2>"$tmp/err"
        check "$name: export --format $format exits 0" '[ $? -eq 0 ] && [ -s "$out/g.$format" ]'
    done
    for format in neo4j kuzu; do
        "$bin" export "$graph" --format $format -o "$out/$format" 2>"$tmp/err"
        check "$name: export --format $format exits 0" '[ $? -eq 0 ]'
    done
    "$bin" export "$graph" --format dot --clusters -o "$out/clusters.dot" 2>"$tmp/err"
    check "$name: export --format dot --clusters exits 0" '[ $? -eq 0 ]'
    check "$name: GraphML is well-formed with $nodes nodes and $edges edges" \
        'python3 - "$out/g.graphml" $nodes $edges <<"PY"
import sys, xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(sys.argv[1]).getroot()
graph = root.find("g:graph", ns)
assert len(graph.findall("g:node", ns)) == int(sys.argv[2])
assert len(graph.findall("g:edge", ns)) == int(sys.argv[3])
PY'
    if python3 -c "import networkx" 2>/dev/null; then
        check "$name: NetworkX reads the GraphML with $nodes nodes and $edges edges" \
            'python3 - "$out/g.graphml" $nodes $edges <<"PY"
import sys, networkx
g = networkx.read_graphml(sys.argv[1])
assert g.number_of_nodes() == int(sys.argv[2]) and g.number_of_edges() == int(sys.argv[3])
assert all(isinstance(d.get("label"), str) for _, d in g.nodes(data=True))
PY'
    else
        echo "skipped: NetworkX is not installed, so it does not read the GraphML"
    fi
    check "$name: Neo4j CSV files hold $nodes nodes and $edges relationships" \
        'python3 - "$out/neo4j" $nodes $edges <<"PY"
import csv, glob, sys
def rows(pattern):
    total = 0
    for name in glob.glob(sys.argv[1] + "/" + pattern):
        with open(name, newline="", encoding="utf-8") as f:
            table = list(csv.reader(f))
        assert all(len(row) == len(table[0]) for row in table), name
        total += len(table) - 1
    return total
assert rows("nodes_*.csv") == int(sys.argv[2])
assert rows("relationships_*.csv") == int(sys.argv[3])
PY'
    check "$name: Neo4j import.sh names every CSV file" \
        '[ "$(ls "$out/neo4j"/*.csv 2>/dev/null | wc -l)" -eq "$(grep -c -- "--nodes=\|--relationships=" "$out/neo4j/import.sh")" ]'
    check "$name: Kùzu load.cypher copies every CSV file" \
        '[ "$(ls "$out/kuzu"/*.csv 2>/dev/null | wc -l)" -eq "$(grep -c "^COPY " "$out/kuzu/load.cypher")" ]'
    check "$name: the Cypher script creates $nodes nodes and $edges relationships" \
        '[ "$(grep -c "^CREATE (n[0-9]*[: ]" "$out/g.cypher")" -eq $nodes ] && [ "$(grep -c "^CREATE (n[0-9]*)-\[" "$out/g.cypher")" -eq $edges ]'
    "$bin" export "$out/g.json" --format json -o "$out/again.json" 2>"$tmp/err"
    check "$name: graph.json exported twice is the same bytes" 'cmp -s "$out/g.json" "$out/again.json"'
}

"$bin" build "$root/examples/articles" -o "$tmp/examples.json" 2>/dev/null
export_all examples "$tmp/examples.json"
export_all fixture "$root/tests/fixtures/export/news.json"
if [ -d "$root/../shared/seeds" ]; then
    "$bin" build "$root/../shared/seeds" -o "$tmp/seeds.json" 2>/dev/null
    export_all seeds "$tmp/seeds.json"
else
    echo "skipped: ../shared/seeds is not here, so the seeds are not exported"
fi

if [ $have_dot = 1 ]; then
    "$bin" export "$tmp/examples.json" --format dot --render svg -o "$tmp/r.dot" 2>"$tmp/err"
    check "--render svg draws beside the DOT file" '[ $? -eq 0 ] && grep -q "<svg" "$tmp/r.svg"'
    "$bin" export "$tmp/examples.json" --format dot --render png -o "$tmp/r.gv" 2>"$tmp/err"
    check "--render png draws a PNG" '[ $? -eq 0 ] && [ "$(head -c 4 "$tmp/r.png" | tail -c 3)" = PNG ]'
fi
PATH=/nonexistent "$bin" export "$tmp/examples.json" --format dot --render svg -o "$tmp/n.dot" 2>"$tmp/err"
check "--render without dot says so with exit 1" '[ $? -eq 1 ] && grep -q "dot. is not installed" "$tmp/err"'
check "... and the DOT file is still written" '[ -s "$tmp/n.dot" ]'

# Every DOT file this script wrote must render with no error and no warning.
if [ $have_dot = 1 ]; then
    while IFS= read -r file; do
        dot -Tsvg "$file" -o "$file.check.svg" 2>"$tmp/dot-err"
        check "dot renders ${file#$tmp/} with no error or warning" \
            '[ $? -eq 0 ] && [ ! -s "$tmp/dot-err" ]'
    done < <(find "$tmp" -name '*.dot' -o -name '*.gv')
fi

# Usage errors exit 2, bad input and failed writes exit 1.
"$bin" export "$tmp/examples.json" --format svg -o "$tmp/x" 2>"$tmp/err"
check "an unknown format exits 2 and lists the formats" '[ $? -eq 2 ] && grep -q "dot|graphml|neo4j|kuzu|cypher|json" "$tmp/err"'
"$bin" export "$tmp/examples.json" --format kuzu 2>"$tmp/err"
check "kuzu without -o asks for a folder" '[ $? -eq 2 ] && grep -q "output folder is required" "$tmp/err"'
"$bin" export "$tmp/examples.json" --format graphml --clusters -o "$tmp/x" 2>"$tmp/err"
check "--clusters with another format exits 2" '[ $? -eq 2 ]'
"$bin" export "$tmp/examples.json" --format dot --render pdf -o "$tmp/x" 2>"$tmp/err"
check "--render pdf exits 2" '[ $? -eq 2 ]'
"$bin" export "$tmp/examples.json" --format dot -o "$tmp/sub.dot" \
    --query "MATCH p = (a:Article)-[:MENTIONS]->(:Place) RETURN p LIMIT 3" 2>"$tmp/err"
check "--query exports the subgraph a query returns" '[ $? -eq 0 ] && dot -Tsvg "$tmp/sub.dot" >/dev/null 2>"$tmp/dot-err" && [ ! -s "$tmp/dot-err" ]'
check "the subgraph holds only what the query returned (no actors)" '! grep -q "Actor" "$tmp/sub.dot"'
"$bin" export "$tmp/examples.json" --format json -o "$tmp/sub.json" --query "MATCH (p:Place) RETURN p LIMIT 2"
check "--query to graph.json keeps exactly the nodes returned" '[ $? -eq 0 ] && [ "$(grep -c "\"type\":\"place\"" "$tmp/sub.json")" -eq 2 ]'
"$bin" export "$tmp/examples.json" --format dot --query "MATCH (n RETURN n" -o "$tmp/x" 2>"$tmp/err"
check "a bad --query is refused with its diagnostic, exit 1" '[ $? -eq 1 ] && grep -q "<query>:1:" "$tmp/err"'
"$bin" export "$tmp/examples.json" --format dot --query "RETURN 1" -o "$tmp/x" 2>"$tmp/err"
check "a --query returning no graph element is refused, exit 1" '[ $? -eq 1 ] && grep -q "no nodes, relationships or paths" "$tmp/err"'
"$bin" export "$tmp/missing.json" --format dot -o "$tmp/x.dot" 2>"$tmp/err"
check "a missing graph exits 1" '[ $? -eq 1 ]'
"$bin" export "$tmp/examples.json" --format dot -o "$tmp/no/such/dir/x.dot" 2>"$tmp/err"
check "an unwritable output exits 1 with the path" '[ $? -eq 1 ] && grep -q "no/such/dir/x.dot" "$tmp/err"'
"$bin" export --help >"$tmp/help"
check "--help lists every format" 'grep -q "neo4j " "$tmp/help" && grep -q "kuzu " "$tmp/help" && grep -q -- "--render" "$tmp/help"'
exit $fail
