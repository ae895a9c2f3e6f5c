#!/usr/bin/env bash
# Tab completion in a real pseudo-terminal (tmux), as docs/shell.md promises it: labels
# after `:`, relationship types after `[:`, property keys after `.`, entity names in
# quotes, and paths after :load and :open (with their directory part, and `~/`).
set -u
bin=$1; root=$2
source "$(dirname "${BASH_SOURCE[0]}")/pty_helpers.bash"
session="newsgraph-complete-$$"

# Types $2 literally, presses Tab, and expects the prompt line to read $3 (a fixed string;
# tmux drops trailing blanks, so the space readline adds after a whole word is not seen).
completes() {
    send C-u
    send -l "$2"
    send Tab
    expect "$1" "^newsgraph> $(printf '%s' "${3% }" | sed 's/[][\.*^$()+?{}|]/\\&/g')\$"
}

mkdir -p "$tmp/home" "$tmp/articles/nested"
: >"$tmp/home/saved_graph.json"
: >"$tmp/articles/nested/harbour_strike.txt"
tmux -S "$socket" new-session -d -s "$session" -x 160 -y 40 \
    "cd '$root' && HOME='$tmp/home' NEWSGRAPH_HISTORY='$tmp/history' '$bin' shell tests/fixtures/newsroom/graph.json; echo EXITED-\$?; sleep 30"
expect "the shell starts with a banner" "Type :help for help"

completes "a colon command" ":he" ":help "
completes "a label after (a:" "MATCH (a:Act" "MATCH (a:Actor"
completes "a label after (:" "MATCH (:Ag" "MATCH (:Agency"
completes "a relationship type after -[:" "MATCH (a)-[:REP" "MATCH (a)-[:REPORTED_BY"
completes "a relationship type after [r:" "MATCH ()-[r:SUP" "MATCH ()-[r:SUPERSEDES"
completes "a relationship type after |" "MATCH ()-[:REPORTED_BY|SUP" "MATCH ()-[:REPORTED_BY|SUPERSEDES"
completes "a property key after ." "MATCH (f:Figure) RETURN f.qua" "MATCH (f:Figure) RETURN f.qualifier"
completes "a relationship's property key after ." "MATCH ()-[r]->() RETURN r.arti" "MATCH ()-[r]->() RETURN r.article"
completes "a keyword" "MATCH (n) RET" "MATCH (n) RETURN "
completes "an entity name inside quotes" "MATCH (a {name: 'Maria L" "MATCH (a {name: 'Maria Lind' "
completes "a path with its directory part after :load" ":load $tmp/articles/nes" ":load $tmp/articles/nested/"
completes "a file inside that directory" ":load $tmp/articles/nested/har" ":load $tmp/articles/nested/harbour_strike.txt "
completes "a path under ~/ after :open" ":open ~/sav" ":open ~/saved_graph.json "
send C-u C-d
expect "Ctrl-D leaves with status 0" "EXITED-0"
exit $fail
