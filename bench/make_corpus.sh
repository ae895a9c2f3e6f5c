#!/usr/bin/env bash
# Writes a corpus of at least MEGABYTES of real article text into DIR, as bench_parse
# builds it in memory: the example articles (examples/articles) repeated, each copy under
# a new file name with a sentence naming a serial number appended ("MP Jon Tester12 said
# 4711 people had been evacuated."), so that the corpus is not one article many times
# over. Headers (Title:, Date:...) are kept. DIR's *.txt files are removed first.
# Usage: bench/make_corpus.sh MEGABYTES DIR
set -eu
if [ $# -ne 2 ]; then echo "usage: bench/make_corpus.sh MEGABYTES DIR" >&2; exit 2; fi
root=$(cd "$(dirname "$0")/.." && pwd)
python3 - "$root/examples/articles" "$1" "$2" <<'PY'
import os, sys
seeds_dir, megabytes, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
os.makedirs(out, exist_ok=True)
for name in os.listdir(out):
    if name.endswith(".txt"):
        os.remove(os.path.join(out, name))
seeds = [(n, open(os.path.join(seeds_dir, n), "rb").read())
         for n in sorted(os.listdir(seeds_dir)) if n.endswith(".txt")]
limit, total, serial = int(megabytes * 1024 * 1024), 0, 0
while total < limit:
    name, text = seeds[serial % len(seeds)]
    text += b"\n\nMP Jon Tester%d said %d people had been evacuated.\n" % (serial % 97, serial)
    with open(os.path.join(out, "%07d-%s" % (serial, name)), "wb") as f:
        f.write(text)
    total += len(text)
    serial += 1
print(f"make_corpus: {serial} articles, {total} bytes in {out}")
PY
