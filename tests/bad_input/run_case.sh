#!/usr/bin/env bash
# Runs one case of the bad-input catalogue (tests/bad_input/README.md) in a scratch
# folder and checks its outcome exactly: exit status, what it prints, which files it
# must leave byte-identical and which it must not create.
# Usage: run_case.sh NEWSGRAPH ROOT CASE_FILE
set -u
export NEWSGRAPH=$1 ROOT=$2
case_file=$3
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1
umask 022

setup=() run="" stdin=/dev/null exit_want="" unchanged=() absent=() checks=()
stderr_want="" stderr_set=0 stdout_want="" stdout_set=0 contains=() lacks=()
block=""
append() {  # appends a line to the -STDERR/-STDOUT block being read
    if [ "$block" = stderr ]; then stderr_want+="$1"$'\n'; else stdout_want+="$1"$'\n'; fi
}
while IFS= read -r line || [ -n "$line" ]; do
    # In a -STDERR/-STDOUT block, only a line such as "-EXIT 1" (a dash and capitals)
    # ends it, so that "-:2:1: ..." (standard input's name) can be expected.
    if [ -n "$block" ] && ! [[ "$line" =~ ^-[A-Z]+(\ |$) ]]; then append "$line"; continue; fi
    block=""
    case "$line" in
        "#"* | "") ;;
        "-SETUP "*) setup+=("${line#-SETUP }") ;;
        "-RUN "*) run=${line#-RUN } ;;
        "-STDIN "*) stdin=${line#-STDIN } ;;
        "-EXIT "*) exit_want=${line#-EXIT } ;;
        "-STDERR") block=stderr; stderr_set=1 ;;
        "-STDOUT") block=stdout; stdout_set=1 ;;
        "-CONTAINS "*) contains+=("${line#-CONTAINS }") ;;
        "-LACKS "*) lacks+=("${line#-LACKS }") ;;
        "-UNCHANGED "*) read -ra more <<<"${line#-UNCHANGED }"; unchanged+=("${more[@]}") ;;
        "-ABSENT "*) read -ra more <<<"${line#-ABSENT }"; absent+=("${more[@]}") ;;
        "-CHECK "*) checks+=("${line#-CHECK }") ;;
        *) echo "$case_file: unknown line: $line"; exit 1 ;;
    esac
done <"$case_file"
if [ -z "$run" ] || [ -z "$exit_want" ]; then
    echo "$case_file: a case needs -RUN and -EXIT"; exit 1
fi

for command in "${setup[@]}"; do
    if ! bash -c "$command"; then echo "FAILED: setup: $command"; exit 1; fi
done
declare -A before
for f in "${unchanged[@]}"; do before[$f]=$(sha256sum <"$f"); done

bash -c "$run" <"$stdin" >out 2>err
status=$?

fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi; }
check "exit status $exit_want (got $status)" '[ "$status" = "$exit_want" ]'
# $(...) drops trailing newlines on both sides alike.
if [ "$stderr_set" = 1 ]; then
    check "standard error as expected" '[ "$(cat err)" = "$(printf "%s" "$stderr_want")" ]'
    [ "$(cat err)" = "$(printf "%s" "$stderr_want")" ] ||
        diff <(printf "%s" "$stderr_want") err | sed 's/^/    /'
fi
if [ "$stdout_set" = 1 ]; then
    check "standard output as expected" '[ "$(cat out)" = "$(printf "%s" "$stdout_want")" ]'
    [ "$(cat out)" = "$(printf "%s" "$stdout_want")" ] ||
        diff <(printf "%s" "$stdout_want") out | sed 's/^/    /'
fi
for text in "${contains[@]}"; do
    check "output contains: $text" 'grep -qF -- "$text" out err'
done
for text in "${lacks[@]}"; do
    check "output lacks: $text" '! grep -qF -- "$text" out err'
done
for f in "${unchanged[@]}"; do
    check "$f is byte-identical" '[ -e "$f" ] && [ "$(sha256sum <"$f")" = "${before[$f]}" ]'
done
for f in "${absent[@]}"; do
    check "$f was not created" '[ ! -e "$f" ] && [ ! -L "$f" ]'
done
for condition in "${checks[@]}"; do
    check "$condition" "$condition"
done
# No input may crash the program: a signal would give an exit status above 128.
check "no crash" '[ "$status" -lt 128 ]'
# Temporary files of an atomic save never stay behind.
check "no temporary file left" '[ -z "$(find . -name ".*.tmp.*" -print -quit)" ]'
if [ "$fail" != 0 ]; then
    echo "--- standard output:"; head -c 2000 out | cat -v
    echo "--- standard error:"; head -c 2000 err | cat -v
fi
exit $fail
