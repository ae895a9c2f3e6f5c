#!/usr/bin/env bash
# Prints how long `newsgraph facts` takes on one paragraph with no line breaks, at doubling
# sizes, with and without full stops (one sentence of the whole size): the times should
# double with the size (linear), not quadruple.
# Usage: bench/long_paragraph.sh [NEWSGRAPH] [LARGEST_KB]   (default build/newsgraph, 4096)
set -u
bin=${1:-build/newsgraph}; largest=${2:-4096}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/base.txt" "$largest" <<'PY'
import random, sys
random.seed(1)
words = ("the council said that river water rose near the old bridge while officials "
         "counted damaged homes and roads").split()
out, n, i = [], 0, 0
while n < int(sys.argv[2]) * 1024:
    s = " ".join(random.choice(words) for _ in range(12)).capitalize() + " in District %d." % i
    out.append(s); n += len(s) + 1; i += 1
open(sys.argv[1], "w").write(" ".join(out))
PY
for kind in stops none; do
    kb=256
    while [ "$kb" -le "$largest" ]; do
        if [ "$kind" = stops ]; then head -c $((kb * 1024)) "$tmp/base.txt"; else
            tr -d '.' <"$tmp/base.txt" | head -c $((kb * 1024)); fi >"$tmp/p.txt"
        echo >>"$tmp/p.txt"
        start=$(date +%s.%N)
        "$bin" facts "$tmp/p.txt" >/dev/null 2>&1
        end=$(date +%s.%N)
        printf '%-6s %6d KB  %6.2f s\n' "$kind" "$kb" "$(echo "$end - $start" | bc)"
        kb=$((kb * 2))
    done
done
