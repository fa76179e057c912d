#!/usr/bin/env bash
# Accuracy floor of `pg_article_cli dates` on TimeBank + AQUAINT (the
# TempEval-3 training set): fails when relaxed F1 or value F1 drops below
# the floors, and ends with "dates-accuracy: N passed, N failed".
# Needs pg_article_cli built at the repository root and ../shared/corpora.
#   bash test/eval/dates/check_floor.sh
# Override the floors with DATES_MIN_RELAXED_F1 and DATES_MIN_VALUE_F1.
set -uo pipefail
cd "$(dirname "$0")/../../.."
output=$(python3 test/eval/dates/evaluate.py --corpus timebank+aquaint \
	--min-relaxed-f1 "${DATES_MIN_RELAXED_F1:-0.945}" \
	--min-value-f1 "${DATES_MIN_VALUE_F1:-0.819}" 2>&1)
status=$?
printf '%s\n' "$output"
if ! grep -q '^dates-accuracy:' <<<"$output"; then
	echo "dates-accuracy: 0 passed, 1 failed"
	status=1
fi
exit "$status"
