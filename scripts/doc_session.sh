#!/usr/bin/env bash
# Writes the example session of docs/shell.md (between its `<!-- session -->` and
# `<!-- /session -->` lines) from scripts/doc_session.txt, by running the shell on
# examples/articles, so that the doc cannot go stale. The entries of doc_session.txt are
# separated by blank lines; each is shown after the prompt as typed, then its output.
#   scripts/doc_session.sh BIN          rewrite docs/shell.md
#   scripts/doc_session.sh BIN --check  exit 1 (with a diff) if docs/shell.md is stale
set -u
bin=${1:?usage: scripts/doc_session.sh BIN [--check]}; mode=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$bin" build examples/articles -o "$tmp/graph.json" >/dev/null 2>&1

# Entries, one file each.
awk -v dir="$tmp" 'BEGIN { n = 1 } /^$/ { if (open) { n++; open = 0 } next }
    { print > (dir "/entry" n); open = 1 }' scripts/doc_session.txt
# The output of entries 1..k run as one script, errors shown as the interactive shell
# shows them (without the script's -:LINE:COLUMN).
run() {
    for ((i = 1; i <= $1; i++)); do cat "$tmp/entry$i"; done >"$tmp/script"
    "$bin" shell "$tmp/graph.json" --keep-going <"$tmp/script" 2>&1 | sed -E 's/^-:[0-9]+:[0-9]+: //'
}
counts=$("$bin" query "$tmp/graph.json" --format csv -c "MATCH (n) RETURN count(n)" -c "MATCH ()-[r]->() RETURN count(r)" | grep -v count | tr '\n' ' ')
read -r nodes edges <<<"$counts"
{
    echo "    \$ build/newsgraph shell examples/articles"
    echo "    newsgraph shell: $nodes nodes, $edges edges. Type :help for help, :quit to leave."
    entries=$(ls "$tmp"/entry* | wc -l)
    previous=""
    for ((k = 1; k <= entries; k++)); do
        sed '1s/^/newsgraph> /; 2,$s/^/      ...> /' "$tmp/entry$k" | sed 's/^/    /'
        current=$(run "$k")
        # What entry k added to the output of the entries before it.
        tail -n +$(($(printf '%s' "$previous" | grep -c '^') + 1)) <<<"$current" | sed 's/^/    /'
        previous=$current
    done
    echo "    newsgraph> :quit"
} | sed 's/ *$//' >"$tmp/session"

awk -v session="$tmp/session" '
    /^<!-- session -->$/ { print; while ((getline line < session) > 0) print line; skip = 1; next }
    /^<!-- \/session -->$/ { skip = 0 }
    !skip { print }' docs/shell.md >"$tmp/shell.md"
if [ "$mode" == "--check" ]; then
    if diff -u docs/shell.md "$tmp/shell.md"; then echo "ok: docs/shell.md's session is current"; exit 0; fi
    echo "FAILED: docs/shell.md's session is stale; run scripts/doc_session.sh $bin"; exit 1
fi
cp "$tmp/shell.md" docs/shell.md
