#!/usr/bin/env bash
# Accuracy floor for quotations: scores pg_article_cli (built at the repository
# root) on ../shared/corpora/quotes and fails when a figure drops below its
# floor.  Floors sit just under the figures measured when they were set; raise
# them as the extractor improves.  Ends with "quotes-accuracy: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../../.."

eval_tool=test/eval/quotes/eval_quotes.py
aquaint=$(python3 "$eval_tool" aquaint --json) || { echo "quotes-accuracy: 0 passed, 1 failed"; exit 1; }
litbank=$(python3 "$eval_tool" litbank --json) || { echo "quotes-accuracy: 0 passed, 1 failed"; exit 1; }

python3 - "$aquaint" "$litbank" <<'PY'
import json
import sys

aquaint, litbank = (json.loads(a) for a in sys.argv[1:3])
checks = [
    ('aquaint direct+partial F1', aquaint['quote']['f1'], 0.960),
    ('aquaint direct+partial precision', aquaint['quote']['precision'], 0.980),
    ('aquaint indirect F1', aquaint['indirect']['f1'], 0.825),
    ('aquaint speaker accuracy', aquaint['speaker_accuracy'], 0.910),
    ('aquaint cue accuracy', aquaint['cue_accuracy'], 0.950),
    ('litbank quote-span recall', litbank['recall'], 0.908),
]
failed = 0
for name, value, floor in checks:
    ok = value >= floor
    failed += not ok
    print('%s %-34s %.4f (floor %.3f)' % ('ok    ' if ok else 'FAILED', name, value, floor))
print('quotes-accuracy: %d passed, %d failed' % (len(checks) - failed, failed))
sys.exit(1 if failed else 0)
PY
