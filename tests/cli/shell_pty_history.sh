#!/usr/bin/env bash
# History and pending statements in a real pseudo-terminal (tmux): a statement typed on
# several lines is one history entry (recalled whole with Up), a colon line is refused
# while a statement is pending, a history file that cannot be written gets a warning, and
# results taller than the screen go through the pager ($NEWSGRAPH_PAGER) unless :pager off.
set -u
bin=$1; root=$2
source "$(dirname "${BASH_SOURCE[0]}")/pty_helpers.bash"
session="newsgraph-history-$$"
socket="$tmp/tmux0.sock"
starts=0

start() {  # $1: the history file, $2: a pager; each shell gets its own tmux server
    tmux -S "$socket" kill-server 2>/dev/null
    starts=$((starts + 1)); socket="$tmp/tmux$starts.sock"
    tmux -S "$socket" new-session -d -s "$session" -x 120 -y 40 \
        "cd '$root' && HOME='$tmp' NEWSGRAPH_HISTORY='$1' NEWSGRAPH_PAGER='${2:-cat}' '$bin' shell tests/fixtures/newsroom/graph.json; echo EXITED-\$?; sleep 30"
    expect "the shell starts with a banner" "Type :help for help"
}

start "$tmp/history"
typeline "MATCH (a:Actor)"
expect "an unfinished statement shows the continuation prompt" "^ +\.\.\.>$"
typeline ":stats"
expect "a colon line is refused while a statement is pending, with a hint" "A statement is pending.*Ctrl-C"
typeline "RETURN a.name AS speaker;"
expect "the pending statement still runs after the refused line" "^\| speaker +\|$"
send C-d
expect "Ctrl-D leaves" "EXITED-0"
if grep -q "MATCH (a:Actor)" "$tmp/history" &&
   ! grep -q ":stats" "$tmp/history"; then
    echo "ok: the statement is in the history file, the refused line is not"
else
    echo "FAILED: history file:"; sed "s/^/  | /" "$tmp/history"; fail=1
fi

start "$tmp/history"
send C-l Up Enter
expect "Up recalls the whole two-line statement (one entry), which runs again" "^\| speaker +\|$"
send C-d
expect "Ctrl-D leaves" "EXITED-0"

start "$tmp/history" "sed s/^/PAGED:/"
typeline "UNWIND range(1, 60) AS i RETURN i;"
expect "a result taller than the terminal goes through the pager" "^PAGED:60 rows$"
typeline "RETURN 'short' AS fits;"
expect "a result that fits is printed as it is" "^\| short \|$"
typeline "RETURN 1 AS id, '$(printf 'word %.0s' $(seq 1 60))' AS sentence;"
# Unfitted, the row would wrap and no screen line would both hold the cut and end in `|`.
expect "a table wider than the terminal is fitted to it, its long cell cut" "^\| 1  \| word.*…  ?\|$"
typeline ":pager off"
typeline "UNWIND range(1, 60) AS i RETURN i + 1000 AS j;"
expect ":pager off prints long results directly" "^\| 1060 \|$"
if screen | grep -q "PAGED:| 10"; then echo "FAILED: paged after :pager off"; fail=1; fi
send C-d
expect "Ctrl-D leaves" "EXITED-0"

start "$tmp/no-such-folder/history"
typeline ":timing"
expect "an unwritable history file gets a warning" "warning: the history cannot be written to .*no-such-folder"
send C-d
expect "Ctrl-D leaves" "EXITED-0"
exit $fail
