#!/usr/bin/env bash
# Accuracy floors of the entity tagger, through `pg_article_cli entities`:
# overall and per-type F1 on CoNLL-2003 valid.txt (the tuning set), overall
# F1 on wikigold (never trained on).  Each floor is one check; the last line
# is "entities-accuracy: N passed, N failed" and the exit status is nonzero
# when any check fails.  Floors sit a little under the shipped model's
# figures (README), so a regression of a few tenths of a point fails.
set -uo pipefail
cd "$(dirname "$0")/../../.."

corpora=../shared/corpora/ner
cli=${PG_ARTICLE_CLI:-./pg_article_cli}
passed=0
failed=0

# check NAME VALUE FLOOR: one check that VALUE >= FLOOR.
check() {
	if awk -v v="$2" -v f="$3" 'BEGIN { exit !(v >= f) }'; then
		passed=$((passed + 1))
		echo "ok   $1: $2 >= $3"
	else
		failed=$((failed + 1))
		echo "FAIL $1: $2 < $3"
	fi
}

# figures FILE: prints "overall PER ORG LOC MISC" F1 of the tagger on FILE.
figures() {
	python3 test/eval/entities/conlleval.py --cli "$cli" --json "$1" | python3 -c '
import json, sys
r = json.load(sys.stdin)
print("%.2f" % r["f1"], *("%.2f" % r["types"][t]["f1"] for t in ("PER", "ORG", "LOC", "MISC")))'
}

if read -r all per org loc misc < <(figures "$corpora/conll2003/valid.txt"); then
	check "conll2003 valid F1" "$all" 91.5
	check "conll2003 valid PER F1" "$per" 93.5
	check "conll2003 valid ORG F1" "$org" 86.5
	check "conll2003 valid LOC F1" "$loc" 94.5
	check "conll2003 valid MISC F1" "$misc" 88.0
else
	failed=$((failed + 1))
	echo "FAIL conll2003 valid: the evaluation did not run"
fi
if read -r all _ < <(figures "$corpora/wikigold/wikigold.conll.txt"); then
	check "wikigold F1" "$all" 65.1
else
	failed=$((failed + 1))
	echo "FAIL wikigold: the evaluation did not run"
fi
echo "entities-accuracy: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
