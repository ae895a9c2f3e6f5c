# Helpers for the tmux pseudo-terminal tests (shell_pty*.sh), sourced after they set
# bin=$1 and root=$2. Sourcing skips the test when tmux is missing, makes $tmp (removed at
# exit with every tmux server started on a socket $tmp/tmux*.sock), sets $socket to the
# first such socket and fail=0. A test sets $session before its first new-session.
if ! command -v tmux >/dev/null; then echo "skipped: tmux is not installed"; exit 0; fi
tmp=$(mktemp -d)
socket="$tmp/tmux.sock"
pty_cleanup() {
    for s in "$tmp"/tmux*.sock; do tmux -S "$s" kill-server 2>/dev/null; done
    rm -rf "$tmp"
}
trap pty_cleanup EXIT
fail=0

screen() { tmux -S "$socket" capture-pane -p -t "$session"; }
send() { tmux -S "$socket" send-keys -t "$session" "$@"; }
# Types text literally (tmux would read a trailing ';' as its own separator), then Enter.
typeline() {
    tmux -S "$socket" send-keys -t "$session" -l "${1%;}"
    [[ $1 == *";" ]] && tmux -S "$socket" send-keys -t "$session" '\;'
    send Enter
}
# Waits up to 10 s for the screen to show a line matching $2 (an ERE); names the check $1.
expect() {
    for _ in $(seq 1 100); do
        if screen | grep -Eq -- "$2"; then echo "ok: $1"; return 0; fi
        sleep 0.1
    done
    echo "FAILED: $1 (no /$2/ on screen)"; screen | grep -v "^$" | sed "s/^/  | /"; fail=1
}
