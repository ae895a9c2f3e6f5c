#!/usr/bin/env bash
# docs/shell.md's example session is what the shell prints today (scripts/doc_session.sh).
set -u
bin=$1; root=$2
bash "$root/scripts/doc_session.sh" "$bin" --check
