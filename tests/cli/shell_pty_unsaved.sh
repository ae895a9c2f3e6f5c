#!/usr/bin/env bash
# Unsaved writes in the interactive shell (tmux pseudo-terminal): the first :quit or
# Ctrl-D after a write says so and stays; the second leaves; after :save one :quit leaves.
set -u
bin=$1; root=$2
source "$(dirname "${BASH_SOURCE[0]}")/pty_helpers.bash"

# Each run in a session of its own: killing the server's last session would make it exit
# while the next one starts.
runs=0
start() {
    runs=$((runs + 1))
    session="newsgraph-pty-unsaved-$$-$runs"
    tmux -S "$socket" new-session -d -s "$session" -x 120 -y 40 \
        "cd '$root' && HOME='$tmp' NEWSGRAPH_HISTORY='$tmp/history' '$bin' shell examples/articles; echo EXITED-\$?; sleep 30"
    expect "the shell starts" "Type :help for help"
}

start
typeline ":quit"
expect "with no write, one :quit leaves" "EXITED-0"

start
typeline "CREATE (:Actor {name: 'Someone New'});"
expect "the write is summarised" "created 1 node"
typeline ":quit"
expect "the first :quit after a write warns" "unsaved writes"
typeline ":stats"
expect "and the shell goes on" "nodes, [0-9]+ edges"
send C-d
expect "the second quit (Ctrl-D) leaves without saving" "EXITED-0"

start
typeline "CREATE (:Actor {name: 'Someone Else'});"
typeline ":save $tmp/saved.json"
expect "the graph is saved" "^Saved [0-9]+ nodes"
typeline ":quit"
expect "after :save one :quit leaves" "EXITED-0"
if screen | grep -q "unsaved writes"; then echo "FAILED: a saved graph warned of unsaved writes"; fail=1; fi
exit $fail
