#!/usr/bin/env bash
# eval.sh CARAVAN_BIN — scores a Caravan build on every gold corpus: Caravan's own
# (testdata/eval, written for the tests) and ../shared's dev-news, each twice: the
# raw bodies, and with a " date YYYY-MM" header of the publication month.
# The scorer is dev-news's score.py; the month variant of our corpus is made here
# from gold.json, the way dev-news/month is made from its raw texts.
set -euo pipefail
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
shared=$(realpath "$here/../../../shared/corpora/dev-news")
score="$shared/score.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# monthify RAW GOLD OUT: each raw file with its publication month as header.
monthify() {
	python3 - "$1" "$2" "$3" <<'PY'
import json, os, sys
raw, gold, out = sys.argv[1:4]
os.makedirs(out, exist_ok=True)
pub = {k: v["published"][:7] for k, v in json.load(open(gold, encoding="utf-8"))["articles"].items()}
for name in sorted(os.listdir(raw)):
    stem = os.path.splitext(name)[0]
    text = open(os.path.join(raw, name), encoding="utf-8").read()
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(f" date {pub[stem]} {text}" if stem in pub else text)
PY
}

monthify "$here/raw" "$here/gold.json" "$tmp/eval-month"
for run in "caravan eval (raw)|$here/raw|$here/gold.json" \
	"caravan eval (month header)|$tmp/eval-month|$here/gold.json" \
	"dev-news (raw)|$shared/raw|$shared/gold.json" \
	"dev-news (month header)|$shared/month|$shared/gold.json"; do
	IFS='|' read -r title dir gold <<<"$run"
	echo "=============== $title"
	python3 "$score" "$bin" "$dir" "$gold" --no-timing --quiet
done
