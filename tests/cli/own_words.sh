#!/usr/bin/env bash
# The project's text is its own: no test input, example or document shares a run of seven
# words with a real article in ../shared (seeds and corpus). Names are facts and may be
# shared; tests/own_words_names.txt lists the runs that are only a name. Skips (77) where
# ../shared is absent.
set -u
root=$2
shared=$root/../shared
if [ ! -d "$shared/corpus" ]; then echo "skipped: $shared/corpus is not here"; exit 77; fi
python3 - "$root" "$shared" <<'PY'
import glob, os, re, sys
root, shared = sys.argv[1], sys.argv[2]
N = 7
def runs(text):
    w = re.findall(r"[a-z0-9']+", text.lower())
    return {' '.join(w[i:i + N]) for i in range(len(w) - N + 1)}
real = set()
for f in glob.glob(f'{shared}/corpus/*/articles/*.txt') + glob.glob(f'{shared}/seeds/*'):
    if os.path.isfile(f):
        real |= runs(open(f, errors='ignore').read())
names = set()
for line in open(f'{root}/tests/own_words_names.txt'):
    line = line.strip()
    if line and not line.startswith('#'):
        names |= runs(line)
ours = []
for pattern in ('tests/**/*.txt', 'tests/**/*.cpp', 'tests/**/*.expect', 'examples/**/*.txt',
                'docs/*.md', 'README.md', 'bench/**/*.txt'):
    ours += glob.glob(f'{root}/{pattern}', recursive=True)
bad = 0
for f in sorted(set(ours)):
    shared_runs = sorted(runs(open(f, errors='ignore').read()) & real - names)
    if shared_runs:
        bad += 1
        print(f'FAILED: {os.path.relpath(f, root)} shares {len(shared_runs)} runs of {N} words with a real article, e.g. "{shared_runs[0]}"')
if not bad:
    print(f'ok: {len(set(ours))} files share no run of {N} words with the real articles')
sys.exit(1 if bad else 0)
PY
