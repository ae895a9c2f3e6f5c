#!/usr/bin/env bash
# Corrections survive a rebuild (issue 12). An analyst corrects a graph of 20 of the 22
# examples with `query --write`, which appends each write to GRAPH.corrections.cypher;
# `build --corrections` on all 22 replays the journal. A merge of two entities, a deleted
# SUPERSEDES edge and a property set on a figure all survive (the figure and the edge
# are named by id: ids come from content, so the rebuild gives them the same ids), and a
# stale correction is reported by name and skipped while the rest are applied.
set -u
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi; }
# One CSV cell per line, header dropped.
q() { "$bin" query "$1" --format csv -c "$2" | tail -n +2; }

mkdir "$tmp/some"
for f in "$root"/examples/articles/*.txt; do
    case $(basename "$f") in greece_wildfire.txt | fed_rates.txt) ;; *) cp "$f" "$tmp/some/" ;; esac
done
"$bin" build "$tmp/some" -o "$tmp/g.json" 2>/dev/null
edge=$(q "$tmp/g.json" "MATCH (:Figure {value: 300})-[r:SUPERSEDES]->(:Figure {value: 290}) RETURN id(r)")
figure=$(q "$tmp/g.json" "MATCH (f:Figure {value: 290, measure: 'killed'}) RETURN id(f)")
check "the examples have one 300 -> 290 SUPERSEDES edge and one 290 killed figure" \
    '[ "$(wc -w <<<"$edge")" -eq 1 ] && [ "$(wc -w <<<"$figure")" -eq 1 ]'

cat >"$tmp/fix.cypher" <<CYPHER
// Merge 'Israeli military' into 'Israel Defense Forces'.
MATCH (dup:Agency {name: 'Israeli military'})<-[m:MENTIONS]-(article),
      (keep:Agency {name: 'Israel Defense Forces'})
CREATE (article)-[:MENTIONS]->(keep)
DELETE m;
MATCH (dup:Agency {name: 'Israeli military'}), (keep:Agency {name: 'Israel Defense Forces'})
SET keep.aliases = keep.aliases + dup.name
DETACH DELETE dup;
// A wrong chain, and a checked figure.
MATCH ()-[r:SUPERSEDES]->() WHERE id(r) = $edge DELETE r;
MATCH (f:Figure) WHERE id(f) = $figure SET f.reviewed = 'desk';
// A read is no correction.
MATCH (n) RETURN count(n);
CYPHER
"$bin" query "$tmp/g.json" --write -f "$tmp/fix.cypher" >/dev/null 2>"$tmp/err"
journal=$tmp/g.json.corrections.cypher
check "query --write saves and says it journaled the 4 writes" \
    'grep -q "added 4 corrections to $journal" "$tmp/err"'
check "the journal holds 4 statements, each after a line with its time" \
    '[ "$(grep -cE "^// [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" "$journal")" -eq 4 ] &&
     [ "$(grep -c ";$" "$journal")" -eq 4 ] && ! grep -q "count(n)" "$journal"'
cp "$journal" "$tmp/journal.before"
"$bin" query "$tmp/g.json" --write -c "MATCH (a:Agency {name: 'Ministry of Health'}) SET a.checked = true" \
    >/dev/null 2>&1
check "a later write is appended and what was there is kept" \
    '[ "$(head -c "$(wc -c <"$tmp/journal.before")" "$journal" | cmp - "$tmp/journal.before" && echo same)" = same ] &&
     [ "$(grep -c ";$" "$journal")" -eq 5 ]'

# Without the journal a rebuild brings the mistakes back, under the same ids.
"$bin" build "$root/examples/articles" -o "$tmp/plain.json" 2>/dev/null
check "a plain rebuild has the edge and the figure under the same ids" \
    '[ "$(q "$tmp/plain.json" "MATCH (:Figure {value: 300})-[r:SUPERSEDES]->(:Figure {value: 290}) RETURN id(r)")" = "$edge" ] &&
     [ "$(q "$tmp/plain.json" "MATCH (f:Figure {value: 290, measure: '"'killed'"'}) RETURN id(f)")" = "$figure" ]'
check "and both agencies" \
    '[ "$(q "$tmp/plain.json" "MATCH (a:Agency {name: '"'Israeli military'"'}) RETURN count(a)")" = 1 ]'

# The journal is plain Cypher: one more entry, by hand, for a node no build has.
printf "// 2026-01-01T00:00:00Z\nMATCH (a:Agency {name: 'Ministry of Magic'}) SET a.checked = true;\n" >>"$journal"
stale_line=$(grep -n "Ministry of Magic" "$journal" | cut -d: -f1)
cp "$journal" "$tmp/journal.before"
"$bin" build "$root/examples/articles" -o "$tmp/rebuilt.json" --corrections "$journal" 2>"$tmp/err"
check "the rebuild with corrections exits 0 with all 22 articles" \
    '[ $? -eq 0 ] && grep -q "22 articles" "$tmp/err"'
check "the merge survives: one agency left, the other's name its alias, its article now names it" \
    '[ "$(q "$tmp/rebuilt.json" "MATCH (a:Agency {name: '"'Israeli military'"'}) RETURN count(a)")" = 0 ] &&
     q "$tmp/rebuilt.json" "MATCH (a:Agency {name: '"'Israel Defense Forces'"'}) RETURN a.aliases" | grep -q "Israeli military" &&
     [ "$(q "$tmp/rebuilt.json" "MATCH (x:Article {file: '"'west_bank.txt'"'})-[:MENTIONS]->(a:Agency {name: '"'Israel Defense Forces'"'}) RETURN count(*)")" = 1 ]'
check "the deleted SUPERSEDES edge stays deleted" \
    '[ "$(q "$tmp/rebuilt.json" "MATCH (:Figure {value: 300})-[r:SUPERSEDES]->(:Figure {value: 290}) RETURN count(r)")" = 0 ]'
check "the figure keeps its property" \
    '[ "$(q "$tmp/rebuilt.json" "MATCH (f:Figure) WHERE id(f) = $figure RETURN f.reviewed")" = desk ]'
check "the stale correction is reported by line and node, and skipped" \
    'grep -qF "$journal:$stale_line: correction skipped: no node matches (:Agency {name: '"'Ministry of Magic'"'})" "$tmp/err"'
check "the rest are applied, and the summary says so" \
    'grep -q "5 of 6 corrections applied, 1 skipped" "$tmp/err" &&
     [ "$(q "$tmp/rebuilt.json" "MATCH (a:Agency {name: '"'Ministry of Health'"'}) RETURN a.checked")" = true ]'
check "the rebuilt graph passes its check, and the journal is unchanged" \
    '"$bin" check "$tmp/rebuilt.json" >/dev/null 2>&1 && cmp -s "$journal" "$tmp/journal.before"'

"$bin" build "$root/examples/articles" -o "$tmp/none.json" --corrections "$tmp/missing.cypher" 2>"$tmp/err"
check "a journal that cannot be read stops the build, which writes nothing" \
    '[ $? -ne 0 ] && [ ! -e "$tmp/none.json" ] && grep -q "missing.cypher" "$tmp/err"'
exit $fail
