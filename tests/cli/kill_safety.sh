#!/usr/bin/env bash
# Kill -9 safety: `newsgraph build`, `:save` and `export` are killed at random moments,
# 200 times each. Afterwards the target file is the old one or the new one, whole:
# never a mix, never missing. Temporary files a killed save leaves (.NAME.tmp.*) are
# ignored; the target is what counts.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
rounds=${KILL_ROUNDS:-200}
cd "$tmp" || exit 1
old="$root/tests/fixtures/newsroom/graph.json"

# Kills `command` (run by bash -c) with SIGKILL at a random moment between its start and
# a little past the time one whole run takes, then checks that `target` is
# byte-identical to NAME.old or NAME.new.
run_and_kill() {
    local name=$1 target=$2 command=$3 i
    local olds=0 news=0 bad=0
    cp "$name.old" "$target"
    local start end
    start=$(date +%s%N)
    bash -c "exec $command" >/dev/null 2>&1
    end=$(date +%s%N)
    local span_us=$(((end - start) / 1000 * 12 / 10 + 1))
    cmp -s "$target" "$name.new" || { echo "FAILED: $name: an uninterrupted run did not write the new file"; fail=1; }
    echo "$name: one run takes $(((end - start) / 1000000)) ms"
    for ((i = 0; i < rounds; i++)); do
        cp "$name.old" "$target"
        bash -c "exec $command" >/dev/null 2>&1 &
        local pid=$!
        local delay_us=$(((RANDOM * 32768 + RANDOM) % span_us))
        sleep "$(printf '%d.%06d' $((delay_us / 1000000)) $((delay_us % 1000000)))"
        kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        if cmp -s "$target" "$name.old"; then
            olds=$((olds + 1))
        elif cmp -s "$target" "$name.new"; then
            news=$((news + 1))
        else
            bad=$((bad + 1))
        fi
    done
    if [ "$bad" = 0 ]; then
        echo "ok: $name killed $rounds times: old file $olds times, new file $news times, never a mix"
    else
        echo "FAILED: $name: $bad of $rounds runs left $target neither the old nor the new file"
        fail=1
    fi
}

# build: articles -> g.json, over an older graph.
cp "$old" build.old
"$bin" build "$root/examples/articles" -o build.new 2>/dev/null
run_and_kill build g.json "\"$bin\" build \"$root/examples/articles\" -o g.json"

# :save: a shell adds a node and saves over the file it opened.
printf 'CREATE (:Place {name: "Harbour"});\n:save\n' >save.cypher
cp "$old" save.old
cp "$old" s.json
"$bin" shell s.json <save.cypher >/dev/null 2>&1
cp s.json save.new
run_and_kill save s.json "\"$bin\" shell s.json <save.cypher"

# export: a graph.json export over an older file.
cp "$old" export.old
"$bin" export build.new --format json -o export.new 2>/dev/null
run_and_kill export e.json "\"$bin\" export build.new --format json -o e.json"

exit $fail
