#!/usr/bin/env bash
# The interactive shell in a real pseudo-terminal (tmux): completion, the continuation
# prompt, Ctrl-C on a half-typed statement, persistent history, Ctrl-D to leave.
set -u
bin=$1; root=$2
source "$(dirname "${BASH_SOURCE[0]}")/pty_helpers.bash"
session="newsgraph-pty-$$"

tmux -S "$socket" new-session -d -s "$session" -x 120 -y 40 \
    "cd '$root' && HOME='$tmp' NEWSGRAPH_HISTORY='$tmp/history' '$bin' shell examples/articles; echo EXITED-\$?; sleep 30"
expect "the shell starts with a banner" "Type :help for help"
send ":he" Tab
expect "tab completes a colon command" "newsgraph> :help"
send C-u ":stats" Enter
expect "a colon command runs" "nodes, [0-9]+ edges"
send "MATCH (n)" Enter
expect "an unfinished statement shows the continuation prompt" "^ +\.\.\.>$"
send C-c
sleep 0.3
send ":timing" Enter
expect "Ctrl-C drops the statement and returns to the main prompt" "^timing: off"
typeline "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b WITH a, b WHERE a + b < 0 RETURN count(*);"
# The query may not have started when the first Ctrl-C lands (a loaded machine, a
# sanitizer build): press it again each second until the shell reports the cancel.
for _ in $(seq 1 10); do
    sleep 1
    send C-c
    if screen | grep -q "cancel"; then break; fi
done
expect "Ctrl-C cancels a running query" "cancel"
typeline "MATCH (p:Place) RETURN count(*) AS places;"
expect "the shell runs queries after a cancel" "^\| places \|$"
send C-d
expect "Ctrl-D leaves with status 0" "EXITED-0"
if grep -qx ":stats" "$tmp/history" 2>/dev/null; then echo "ok: history is kept"; else echo "FAILED: history file lacks :stats"; fail=1; fi
exit $fail
