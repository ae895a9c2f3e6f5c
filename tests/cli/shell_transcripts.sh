#!/usr/bin/env bash
# Golden transcripts of the shell run as a script: each tests/shell/transcripts/NAME.script
# opens with a line `// args: ARGS...` (what `newsgraph shell` gets, relative to the
# repository root); its standard output and error together must equal NAME.expect, and
# its exit status the number on the expect file's last line (`exit: N`).
set -u
bin=$1; root=$2
cd "$root" || exit 1
fail=0; count=0
for script in tests/shell/transcripts/*.script; do
    name=${script%.script}
    read -r -a args < <(sed -n '1s|^// args: *||p' "$script")
    actual=$("$bin" shell "${args[@]}" <"$script" 2>&1; echo "exit: $?")
    count=$((count + 1))
    if [ "$actual" == "$(cat "$name.expect")" ]; then
        echo "ok: $name"
    else
        echo "FAILED: $name"; diff <(echo "$actual") "$name.expect" | head -40
        fail=1
    fi
done
[ "$count" -gt 0 ] || { echo "FAILED: no transcripts found"; fail=1; }
exit $fail
