#!/usr/bin/env bash
# Runs every test tier of pg_article and ends with one line
# "N passed, N failed" that sums them all.  Run as root on Debian 12:
#   bash test/run_all.sh
# Tiers: core unit tests (plain and sanitized), the segmentation suite
# (plain and sanitized), valgrind over the unit tests and every command line
# subcommand, the command line suite, pg_regress and pgTAP against a
# throw-away cluster,
# accuracy floors, and 60 seconds of fuzzing (FUZZ_SECONDS to change it).
set -uo pipefail
cd "$(dirname "$0")/.."

logs=build/test-logs
mkdir -p "$logs"
total_passed=0
total_failed=0

# Adds a tier's counts to the totals and prints its line.
record() {
	local name=$1 passed=$2 failed=$3
	total_passed=$((total_passed + passed))
	total_failed=$((total_failed + failed))
	printf '%-28s %5d passed, %d failed\n' "$name" "$passed" "$failed"
}

# Runs a command whose output ends with "name: N passed, N failed".
run_counted() {
	local name=$1
	shift
	local log="$logs/$name.log"
	"$@" >"$log" 2>&1
	local status=$?
	local line
	line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
	if [ -z "$line" ]; then
		record "$name" 0 1
		echo "  (no summary line; see $log)"
		tail -n 20 "$log" | sed 's/^/  | /'
		return
	fi
	local passed failed
	passed=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')
	failed=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')
	if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
		failed=1
	fi
	record "$name" "$passed" "$failed"
	if [ "$failed" -ne 0 ]; then
		grep -E '^(not ok|#)' "$log" | head -n 40 | sed 's/^/  | /'
	fi
}

# Runs a command that succeeds or fails as one test.
run_single() {
	local name=$1
	shift
	local log="$logs/$name.log"
	if "$@" >"$log" 2>&1; then
		record "$name" 1 0
	else
		record "$name" 0 1
		tail -n 30 "$log" | sed 's/^/  | /'
	fi
}

# pg_regress: one test per suite, "... ok" or "... FAILED".
run_regress() {
	local log="$logs/regress.log"
	bash scripts/pg_test.sh regress >"$log" 2>&1
	local status=$? passed failed
	passed=$(grep -cE '\.\.\. +ok' "$log")
	failed=$(grep -cE '\.\.\. +FAILED' "$log")
	if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
		failed=1
	fi
	record regress "$passed" "$failed"
	[ "$failed" -eq 0 ] || sed -n '1,80p' "$log" | sed 's/^/  | /'
}

# pgTAP through pg_prove: counts its assertions.
run_pgtap() {
	local log="$logs/pgtap.log"
	PA_PG_PORT=${PA_PG_PORT:-5498} bash scripts/pg_test.sh pgtap >"$log" 2>&1
	local status=$? total failed
	total=$(sed -nE 's/.*Tests=([0-9]+).*/\1/p' "$log" | tail -n 1)
	failed=$(sed -nE 's/.*Failed ([0-9]+)\/[0-9]+ subtests.*/\1/p' "$log" | awk '{s += $1} END {print s + 0}')
	total=${total:-0}
	if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
		failed=1
	fi
	record pgtap "$((total > failed ? total - failed : 0))" "$failed"
	[ "$status" -eq 0 ] || tail -n 60 "$log" | sed 's/^/  | /'
}

bash scripts/install_deps.sh || exit 1

echo "== build"
if ! make -s >"$logs/build.log" 2>&1 || ! make -s install >>"$logs/build.log" 2>&1; then
	cat "$logs/build.log"
	record build 0 1
	echo "$total_passed passed, $total_failed failed"
	exit 1
fi
record build 1 0
make -s unit >>"$logs/build.log" 2>&1 || { cat "$logs/build.log"; record unit-build 0 1; }

echo "== core"
run_counted unit build/plain/unit_tests
run_counted unit-sanitized build/sanitize/unit_tests
run_counted segmentation build/plain/segment_cases test/segment/cases
run_counted segmentation-sanitized build/sanitize/segment_cases test/segment/cases
run_counted valgrind bash test/valgrind.sh

echo "== command line"
run_counted cli bash test/cli/run.sh

echo "== PostgreSQL"
run_regress
run_pgtap

echo "== accuracy"
for floor in test/eval/*/check_floor.sh; do
	[ -e "$floor" ] || continue
	run_counted "$(basename "$(dirname "$floor")")-accuracy" bash "$floor"
done

echo "== fuzz"
run_single fuzz make -s fuzz FUZZ_SECONDS="${FUZZ_SECONDS:-60}"

echo
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
