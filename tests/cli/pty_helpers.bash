# Helpers for the tmux pseudo-terminal tests (shell_pty*.sh), sourced after they set
# $socket (the tmux server's socket), $session (the pane's session) and fail=0.

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
