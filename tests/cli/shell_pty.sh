#!/usr/bin/env bash
# The interactive shell in a real pseudo-terminal (tmux): completion, the continuation
# prompt, Ctrl-C on a half-typed statement, persistent history, Ctrl-D to leave.
set -u
bin=$1; root=$2
if ! command -v tmux >/dev/null; then echo "skipped: tmux is not installed"; exit 0; fi
tmp=$(mktemp -d)
session="newsgraph-pty-$$"
socket="$tmp/tmux.sock"
cleanup() { tmux -S "$socket" kill-server 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
fail=0

screen() { tmux -S "$socket" capture-pane -p -t "$session"; }
send() { tmux -S "$socket" send-keys -t "$session" "$@"; }
# Waits up to 10 s for the screen to show a line matching $2 (an ERE); names the check $1.
expect() {
    for _ in $(seq 1 100); do
        if screen | grep -Eq -- "$2"; then echo "ok: $1"; return 0; fi
        sleep 0.1
    done
    echo "FAILED: $1 (no /$2/ on screen)"; screen | sed 's/^/  | /'; fail=1
}

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
send C-d
expect "Ctrl-D leaves with status 0" "EXITED-0"
if grep -qx ":stats" "$tmp/history" 2>/dev/null; then echo "ok: history is kept"; else echo "FAILED: history file lacks :stats"; fail=1; fi
exit $fail
