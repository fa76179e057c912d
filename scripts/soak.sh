#!/usr/bin/env bash
# soak.sh: load and soak test of article_analyze (not part of test/run_all.sh).
#
#   bash scripts/soak.sh
#
# Starts (or reuses) a throw-away cluster with scripts/pg_cluster.sh and loads a
# table of articles: SOAK_CSV (build/bench/articles.csv) when it exists (made by
# `BENCH_SKIP_SQL=1 bash bench/run.sh`), otherwise numbered copies of
# examples/*.txt.  Then pgbench runs SOAK_CLIENTS clients, each calling
# article_analyze on one article per transaction: first every article once, in
# order (the warm-up: each backend loads the model and meets the largest
# article), then SOAK_CALLS calls in all on random articles, half of them with
# a publication date.  Every SOAK_INTERVAL seconds it samples the memory of
# each pgbench backend: RssAnon from /proc/PID/status (private memory taken
# from the kernel) and the grand total of its memory contexts
# (pg_log_backend_memory_contexts, read back from the server log).
#
# Prints the transactions, failures and tps, each backend's memory at the
# start, at the end of the warm-up, in the middle and at the end, and PASS or
# FAIL: FAIL on a failed or missing transaction, on an ERROR, FATAL or PANIC in
# the server log, or when a backend's memory grows after the warm-up by more
# than SOAK_TOLERANCE_KB (RssAnon; memory contexts: the lowest of the last
# three samples against the lowest of the first three after the warm-up).
#
# The extension must be installed first (make install).  Settings
# (environment): SOAK_DIR (build/soak), SOAK_PORT (55439), SOAK_CLIENTS (8),
# SOAK_THREADS (2), SOAK_CALLS (100000), SOAK_SECONDS (run this long instead
# of counting calls: pgbench -T), SOAK_INTERVAL (5), SOAK_TOLERANCE_KB (1024),
# SOAK_KEEP=1 to keep the cluster afterwards (one that existed before is kept).
set -euo pipefail
cd "$(dirname "$0")/.."

DIR=${SOAK_DIR:-build/soak}
PORT=${SOAK_PORT:-55439}
CLIENTS=${SOAK_CLIENTS:-8}
THREADS=${SOAK_THREADS:-2}
CALLS=${SOAK_CALLS:-100000}
SECONDS_TO_RUN=${SOAK_SECONDS:-}
INTERVAL=${SOAK_INTERVAL:-5}
TOLERANCE_KB=${SOAK_TOLERANCE_KB:-1024}
CSV=${SOAK_CSV:-build/bench/articles.csv}
CLUSTER=scripts/pg_cluster.sh
PGBENCH=$(pg_config --bindir)/pgbench

die() {
	echo "soak.sh: $*" >&2
	exit 1
}

# Runs psql on the soak cluster (database postgres unless -d is given).
soak_psql() {
	PGOPTIONS='-c client_min_messages=warning' "$CLUSTER" psql "$DIR" -X -q -At -v ON_ERROR_STOP=1 "$@"
}

# Byte size of the server log, to read what a later step adds to it.
log_offset() {
	stat -c %s "$DIR/server.log"
}

# Lines the server log gained after a byte offset.
log_since() {
	tail -c +"$(($1 + 1))" "$DIR/server.log"
}

# Creates the soak database and its table soak_articles(id, published, body).
load_articles() {
	soak_psql -c "DROP DATABASE IF EXISTS soak" -c "CREATE DATABASE soak"
	soak_psql -d soak -c "CREATE EXTENSION pg_article" -c "CREATE TABLE raw (label text, body text)"
	if [ -f "$CSV" ]; then
		soak_psql -d soak -c "\\copy raw FROM '$CSV' WITH (FORMAT csv)"
	else
		local file
		for file in examples/*.txt; do
			soak_psql -d soak -v body="$(cat "$file")" <<-'SQL'
				INSERT INTO raw SELECT 'copy ' || g, :'body' || E'\n\n(' || g || ')' FROM generate_series(1, 500) g;
			SQL
		done
	fi
	soak_psql -d soak <<-'SQL'
		CREATE TABLE soak_articles AS
		SELECT row_number() OVER () AS id, body FROM raw;
		ALTER TABLE soak_articles ADD PRIMARY KEY (id),
		  ADD COLUMN published date GENERATED ALWAYS AS (DATE '2000-01-01' + (id % 3650)::int) STORED;
		DROP TABLE raw;
		VACUUM ANALYZE soak_articles;
	SQL
}

# Writes the pgbench script: the warm-up walk, then random articles.
write_pgbench_script() {
	cat >"$1" <<-'PGBENCH'
		\set n :n + 1
		\if :n <= :rows
		\set id :n
		\else
		\set id random(1, :rows)
		\endif
		\set dated random(0, 1)
		SELECT length(CASE WHEN :dated = 1 THEN article_analyze(body, published) ELSE article_analyze(body) END::text) FROM soak_articles WHERE id = :id;
	PGBENCH
}

# Appends one sample per pgbench backend to the samples file:
# "seconds transactions pid rss_anon_kB context_bytes".
take_sample() {
	local samples=$1 started=$2 now offset backends xacts pid rss ctx
	now=$(($(date +%s) - started))
	offset=$(log_offset)
	backends=$(soak_psql -F ' ' -c "SELECT (SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'soak'),
	                                       pid, pg_log_backend_memory_contexts(pid)
	                                  FROM pg_stat_activity
	                                 WHERE datname = 'soak' AND application_name = 'pgbench' ORDER BY pid")
	sleep 1
	while read -r xacts pid _; do
		rss=$(awk '/^RssAnon:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
		ctx=$(log_since "$offset" | sed -n "s/.*\\[$pid\\] LOG:  Grand total: \\([0-9]*\\) bytes.*/\\1/p" | tail -n 1)
		if [ -n "$rss" ] && [ -n "$ctx" ]; then
			echo "$now $xacts $pid $rss $ctx" >>"$samples"
		fi
	done <<<"$backends"
}

# Prints the memory table and the verdict on memory; fails when a backend grew.
judge_memory() {
	awk -v warm="$1" -v tol="$TOLERANCE_KB" '
		{ t[NR] = $1; x[NR] = $2; p[NR] = $3; rss[NR] = $4; ctx[NR] = $5 / 1024
		  if (!($3 in n)) order[++backends] = $3
		  n[$3]++; row[$3, n[$3]] = NR
		  if ($2 >= warm && !($3 in w)) w[$3] = n[$3] }
		function lowest(b, from, to,   i, m) {
			m = -1
			for (i = from; i <= to; i++)
				if (m < 0 || ctx[row[b, i]] < m) m = ctx[row[b, i]]
			return m
		}
		END {
			printf "%-8s | %-43s | %s\n", "", "RssAnon, kB", "memory contexts, kB"
			printf "%-8s | %7s %8s %8s %8s %7s | %7s %8s %8s %8s %7s\n", "backend", "start", "warm-up",
			       "middle", "end", "growth", "start", "warm-up", "middle", "end", "growth"
			bad = 0
			for (k = 1; k <= backends; k++) {
				b = order[k]
				if (!(b in w) || n[b] - w[b] < 5) { printf "%-8s too few samples after the warm-up\n", b; bad = 1; continue }
				s = row[b, 1]; a = row[b, w[b]]; m = row[b, int((w[b] + n[b]) / 2)]; e = row[b, n[b]]
				grow_rss = rss[e] - rss[a]
				grow_ctx = lowest(b, n[b] - 2, n[b]) - lowest(b, w[b], w[b] + 2)
				printf "%-8s | %7d %8d %8d %8d %+7d | %7d %8d %8d %8d %+7d\n", b, rss[s], rss[a], rss[m], rss[e],
				       grow_rss, ctx[s], ctx[a], ctx[m], ctx[e], grow_ctx
				if (grow_rss > tol || grow_ctx > tol) bad = 1
			}
			if (order[1] in w)
				printf "samples: from %d s (start) and %d s (end of the warm-up) to %d s\n", t[1], t[row[order[1], w[order[1]]]], t[NR]
			exit bad
		}' "$2"
}

[ -x "$PGBENCH" ] || die "pgbench not found in $(pg_config --bindir)"
[ -f "$(pg_config --sharedir)/extension/pg_article.control" ] || die "pg_article is not installed: run make install first"

# A cluster that was there before stays; one made here goes unless SOAK_KEEP=1.
keep=${SOAK_KEEP:-0}
[ ! -f "$DIR/data/PG_VERSION" ] || keep=1
work=$(mktemp -d)
trap '[ -z "${bench_pid:-}" ] || kill "$bench_pid" 2>/dev/null; rm -rf "$work"; [ "$keep" = 1 ] || "$CLUSTER" destroy "$DIR"' EXIT
"$CLUSTER" start "$DIR" "$PORT"
eval "$("$CLUSTER" env "$DIR")"
load_articles
rows=$(soak_psql -d soak -c "SELECT count(*) FROM soak_articles")
write_pgbench_script "$work/analyze.pgbench"

expected=
if [ -n "$SECONDS_TO_RUN" ]; then
	length=(-T "$SECONDS_TO_RUN")
	echo "soak: $rows articles, $CLIENTS clients, $SECONDS_TO_RUN s after a warm-up of $rows calls per client"
else
	per_client=$((rows + (CALLS + CLIENTS - 1) / CLIENTS))
	length=(-t "$per_client")
	expected=$((per_client * CLIENTS))
	echo "soak: $rows articles, $CLIENTS clients x $per_client calls ($rows warm-up + $((per_client - rows)))"
fi

start_offset=$(log_offset)
started=$(date +%s)
"$PGBENCH" -n -c "$CLIENTS" -j "$THREADS" "${length[@]}" -D n=0 -D rows="$rows" \
	-f "$work/analyze.pgbench" soak >"$work/pgbench.log" 2>&1 &
bench_pid=$!
while kill -0 "$bench_pid" 2>/dev/null; do
	sleep "$INTERVAL"
	take_sample "$work/samples" "$started"
done
bench_status=0
wait "$bench_pid" || bench_status=$?
bench_pid=

processed=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$work/pgbench.log")
failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$work/pgbench.log")
tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$work/pgbench.log")
latency=$(sed -n 's/^latency average = \(.*\)$/\1/p' "$work/pgbench.log")
server_errors=$(log_since "$start_offset" | grep -cE '(ERROR|FATAL|PANIC):' || true)
echo "pgbench exit status: $bench_status; transactions: ${processed:-none}${expected:+ of $expected};" \
	"failed: ${failed:-0}; tps: ${tps:-?}; latency average: ${latency:-?}; server errors: $server_errors"

verdict=PASS
if [ "$bench_status" -ne 0 ] || [ "${failed:-0}" -ne 0 ] || [ "$server_errors" -ne 0 ] ||
	[ -z "$processed" ] || { [ -n "$expected" ] && [ "$processed" -ne "$expected" ]; }; then
	verdict=FAIL
	grep -E 'abort|error' "$work/pgbench.log" | head -n 5 || true
	log_since "$start_offset" | grep -E '(ERROR|FATAL|PANIC):' | head -n 5 || true
fi
if [ ! -s "$work/samples" ]; then
	echo "no memory samples were taken"
	verdict=FAIL
elif ! judge_memory $((rows * CLIENTS * 11 / 10)) "$work/samples"; then
	verdict=FAIL
fi
echo "$verdict"
[ "$verdict" = PASS ]
