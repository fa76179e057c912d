#!/usr/bin/env bash
# test/cli/run.sh: the command line suite.  Runs pg_article_cli (built at the
# repository root by `make pg_article_cli`, or the path in PG_ARTICLE_CLI) on
# sample articles and bad input, and ends with "cli: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."

cli=${PG_ARTICLE_CLI:-./pg_article_cli}
if [ ! -x "$cli" ]; then
	echo "not ok 1 - $cli is missing (make pg_article_cli)"
	echo "cli: 0 passed, 1 failed"
	exit 1
fi
exec python3 test/cli/cli_suite.py "$cli"
