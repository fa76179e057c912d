#!/usr/bin/env bash
# Runs the core unit tests and every pg_article_cli subcommand under
# valgrind's memcheck; any error or leak fails.  Prints one line
# "valgrind: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
checks=(build/plain/unit_tests)
for command in $(./pg_article_cli --help 2>&1 | awk '/^Commands:/{f=1; next} f && !NF {f=0} f {print $1}'); do
	checks+=("./pg_article_cli $command --published 2024-03-14 examples/sample_article.txt")
done

for check in "${checks[@]}"; do
	# shellcheck disable=SC2086
	if valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
		$check >/dev/null 2>build/test-logs/valgrind-last.log; then
		passed=$((passed + 1))
		echo "ok - $check"
	else
		failed=$((failed + 1))
		echo "not ok - $check"
		sed 's/^/# /' build/test-logs/valgrind-last.log | head -n 30
	fi
done
echo "valgrind: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
