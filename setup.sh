#!/usr/bin/env bash
# newsgraph set-up: installs what a fresh Debian machine lacks (and nothing when all is
# there), configures and builds, then does one of:
#   ./setup.sh shell   open the shell on examples/
#   ./setup.sh test    run every test, in a normal build and under ASan + UBSan
#   ./setup.sh build   stop after building
# Environment: NEWSGRAPH_JOBS (parallel build jobs, default: all cores).
set -euo pipefail
cd "$(dirname "$0")"

action=${1:-build}
case "$action" in shell|test|build) ;; *) echo "usage: ./setup.sh [shell|test|build]" >&2; exit 2 ;; esac

# Debian packages the build, the tests and the tools need (see docs/design.md).
packages=(g++ cmake ninja-build ccache pkg-config python3
          libboost-dev libboost-graph-dev rapidjson-dev libreadline-dev libre2-dev catch2 graphviz tmux
          tzdata
          clang chromium parallel)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

jobs=${NEWSGRAPH_JOBS:-$(nproc)}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/newsgraph-ccache}
# Hits across clones: paths are hashed relative to the checkout, not absolute.
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1

configure_and_build() {  # DIR [CMAKE ARGS...]
    local dir=$1; shift
    cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
    cmake --build "$dir" -j "$jobs"
}

configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo

case "$action" in
build) ;;
shell)
    exec build/newsgraph shell examples/articles
    ;;
test)
    configure_and_build build-asan -DCMAKE_BUILD_TYPE=Debug -DNEWSGRAPH_SANITIZE=ON \
        -DNEWSGRAPH_BENCH=OFF
    passed=0; failed=0
    for dir in build build-asan; do
        echo "== tests in $dir"
        log=$(mktemp)
        status=0
        (cd "$dir" && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
            ctest --output-on-failure -j "$jobs") 2>&1 | tee "$log" || status=$?
        summary=$(grep -E "tests passed, [0-9]+ tests? failed out of [0-9]+" "$log" | tail -n 1 || true)
        rm -f "$log"
        if [ -z "$summary" ]; then
            echo "setup: ctest in $dir did not run" >&2
            failed=$((failed + 1))
            continue
        fi
        total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$summary")
        bad=$(sed -E 's/.* ([0-9]+) tests? failed.*/\1/' <<<"$summary")
        passed=$((passed + total - bad)); failed=$((failed + bad))
        [ "$status" -eq 0 ] || [ "$bad" -gt 0 ] || failed=$((failed + 1))
    done
    echo "tests: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    ;;
esac
