#!/usr/bin/env bash
# bench/run.sh: speed of pg_article on news text (`make bench`; not a test).
#
# 1. Builds the inputs (bench/make_corpus.py) from the TimeML news articles:
#    >= BENCH_CLI_MB MB for the command line, BENCH_SQL_MB MB for a table.
# 2. Times pg_article_cli per stage, best of 3, output to /dev/null, and
#    reports MB/s per core (input bytes over user+sys CPU time).
# 3. Installs the extension, starts a throw-away cluster
#    (scripts/pg_cluster.sh), loads one row per article and times each SQL
#    stage against SELECT sum(length(to_tsvector('english', body))) on the
#    same rows in the same run: the backend's CPU time, the stage and the
#    baseline taking turns (warm cache, best of 3, no parallel workers).
#
# Adding a stage is one line in CLI_STAGES or SQL_STAGES below.
# Settings (environment): BENCH_DIR (default build/bench), BENCH_CLI_MB (50),
# BENCH_SQL_MB (8), BENCH_PORT (54329), BENCH_SKIP_SQL=1 to time the CLI only.
set -euo pipefail

cd "$(dirname "$0")/.."
CORPUS=../shared/corpora/timex/te3-train
WORK=${BENCH_DIR:-build/bench}
CLI_MB=${BENCH_CLI_MB:-50}
SQL_MB=${BENCH_SQL_MB:-8}
PORT=${BENCH_PORT:-54329}
CLI=./pg_article_cli
RUNS=3
MS_PER_TICK=$((1000 / $(getconf CLK_TCK)))

# CLI stages: "label|pg_article_cli arguments" (input files are in $WORK).
CLI_STAGES=(
	"cli tokens (one file)|tokens news.txt"
	"cli sentences (one file)|sentences news.txt"
	"cli tokens (jsonl, per article)|tokens --jsonl news.jsonl"
	"cli sentences (jsonl, per article)|sentences --jsonl news.jsonl"
	"cli dates (one file)|dates --published 2000-01-01 news.txt"
	"cli dates (jsonl, per article)|dates --published 2000-01-01 --jsonl news.jsonl"
	"cli quotes (jsonl, per article)|quotes --jsonl news.jsonl"
	"cli entities (jsonl, per article)|entities --jsonl news.jsonl"
)

# SQL stages: "label|function it needs|query over table t(id, body)"; each is
# compared with the baseline, and skipped with a note when its function is not
# installed.  Like the baseline, a stage's query consumes the values without
# converting them to text (count, cardinality, pg_column_size); the ::text row
# shows what printing article_analyze's jsonb adds.
SQL_BASELINE="SELECT sum(length(to_tsvector('english', t.body))) FROM t"
SQL_STAGES=(
	"sql article_sentences|article_sentences(text)|SELECT count(*) FROM t, article_sentences(t.body)"
	"sql article_tokens|article_tokens(text)|SELECT count(*) FROM t, article_tokens(t.body)"
	"sql article_dates|article_dates(text,date)|SELECT count(*) FROM t, article_dates(t.body, DATE '2000-01-01')"
	"sql article_quotes|article_quotes(text)|SELECT count(*) FROM t, article_quotes(t.body)"
	"sql article_entities|article_entities(text)|SELECT count(*) FROM t, article_entities(t.body)"
	"sql article_entity_keys|article_entity_keys(text)|SELECT sum(cardinality(article_entity_keys(t.body))) FROM t"
	"sql article_quote_speakers|article_quote_speakers(text)|SELECT sum(cardinality(article_quote_speakers(t.body))) FROM t"
	"sql article_date_ranges|article_date_ranges(text,date)|SELECT count(article_date_ranges(t.body, DATE '2000-01-01')) FROM t"
	"sql article_analyze|article_analyze(text,date)|SELECT sum(pg_column_size(article_analyze(t.body, DATE '2000-01-01'))) FROM t"
	"sql article_analyze, then ::text|article_analyze(text,date)|SELECT sum(length(article_analyze(t.body, DATE '2000-01-01')::text)) FROM t"
)

die() {
	echo "bench/run.sh: $*" >&2
	exit 1
}

# Prints the smallest of its numeric arguments.
minimum() {
	printf '%s\n' "$@" | sort -g | head -n 1
}

# Prints one table row: label, MB/s, and an optional ratio.
row() {
	printf '%-40s %8s %10s\n' "$1" "$2" "${3:-}"
}

# CPU seconds (user + sys) of one run of the CLI with the given arguments.
cli_cpu_seconds() {
	local TIMEFORMAT='%U %S' times
	times=$( { time (cd "$WORK" && "$OLDPWD/$CLI" "$@" >/dev/null); } 2>&1 ) ||
		die "pg_article_cli $* failed: $times"
	awk '{ printf "%.3f\n", $1 + $2 }' <<<"$times"
}

# Bytes of the stage's input file (the last argument).
input_bytes() {
	stat -c %s "$WORK/${!#}"
}

bench_cli() {
	local stage label args best runs bytes
	for stage in "${CLI_STAGES[@]}"; do
		label=${stage%%|*}
		args=${stage#*|}
		runs=()
		for _ in $(seq "$RUNS"); do
			# shellcheck disable=SC2086  # the arguments are words on purpose
			runs+=("$(cli_cpu_seconds $args)")
		done
		best=$(minimum "${runs[@]}")
		# shellcheck disable=SC2086
		bytes=$(input_bytes $args)
		row "$label" "$(awk -v b="$bytes" -v s="$best" 'BEGIN { printf "%.1f", b / 1e6 / s }')"
	done
}

# Runs psql on the benchmark cluster.
bench_psql() {
	scripts/pg_cluster.sh psql "$CLUSTER" -v ON_ERROR_STOP=1 -q "$@"
}

# Backend CPU time (user + system, from /proc) in ms of each query given, best
# of RUNS rounds after one warm-up round; the queries take turns within each
# round, so that a change in the machine's speed (a shared VM) reaches a stage
# and the baseline it is compared with alike.  Prints one line per query.
sql_cpu_ms() {
	local script query k
	script="SET max_parallel_workers_per_gather = 0;
SET jit = off;
CREATE FUNCTION pg_temp.cpu_ms() RETURNS float8 LANGUAGE sql AS \$\$
  SELECT $MS_PER_TICK * (split_part(f, ' ', 12)::float8 + split_part(f, ' ', 13)::float8)
  FROM (SELECT split_part(pg_read_file('/proc/' || pg_backend_pid() || '/stat'), ') ', 2) AS f) s \$\$;
\\o /dev/null"
	for query in "$@"; do
		script+="
$query;"
	done
	for _ in $(seq "$RUNS"); do
		k=0
		for query in "$@"; do
			k=$((k + 1))
			script+="
SELECT pg_temp.cpu_ms() AS c0 \\gset
$query;
\\o
SELECT $k, pg_temp.cpu_ms() - :c0;
\\o /dev/null"
		done
	done
	bench_psql -At -F ' ' <<<"$script" |
		awk '{ if (!($1 in best) || $2 < best[$1]) best[$1] = $2 } END { for (k = 1; k in best; k++) print best[k] }'
}

# True when the extension defines the function (a signature like f(text,date)).
function_installed() {
	[ "$(bench_psql -At -c "SELECT to_regprocedure('$1') IS NOT NULL")" = t ]
}

bench_sql() {
	local bytes base_ms stage label function query ms
	[ -x scripts/pg_cluster.sh ] || die "scripts/pg_cluster.sh is missing"
	make -s install >/dev/null
	CLUSTER=$(mktemp -d)
	trap 'scripts/pg_cluster.sh destroy "$CLUSTER" >/dev/null 2>&1 || true' EXIT
	scripts/pg_cluster.sh start "$CLUSTER" "$PORT"
	bench_psql <<-SQL
		CREATE EXTENSION pg_article;
		CREATE TABLE t (id text, body text);
		\\copy t FROM '$WORK/articles.csv' WITH (FORMAT csv)
		VACUUM ANALYZE t;
	SQL
	bytes=$(bench_psql -At -c "SELECT sum(octet_length(body)) FROM t")
	echo "SQL table: $(bench_psql -At -c "SELECT count(*) FROM t") articles, $((bytes / 1000000)) MB"
	base_ms=$(sql_cpu_ms "$SQL_BASELINE")
	row "sql to_tsvector('english') (baseline)" \
		"$(awk -v b="$bytes" -v ms="$base_ms" 'BEGIN { printf "%.1f", b / 1e3 / ms }')" "1.00"
	for stage in "${SQL_STAGES[@]}"; do
		IFS='|' read -r label function query <<<"$stage"
		if ! function_installed "$function"; then
			row "$label" "skipped"
			echo "  ($function is not installed)"
			continue
		fi
		{ read -r base_ms; read -r ms; } < <(sql_cpu_ms "$SQL_BASELINE" "$query")
		row "$label" "$(awk -v b="$bytes" -v ms="$ms" 'BEGIN { printf "%.1f", b / 1e3 / ms }')" \
			"$(awk -v ms="$ms" -v base="$base_ms" 'BEGIN { printf "%.2f", ms / base }')"
	done
}

[ -x "$CLI" ] || die "build pg_article_cli first (make pg_article_cli)"
[ -d "$CORPUS" ] || die "corpus not found: $CORPUS"
python3 bench/make_corpus.py "$WORK" "$CORPUS/TimeBank" "$CORPUS/AQUAINT" \
	--cli-mb "$CLI_MB" --sql-mb "$SQL_MB"
echo
row "stage" "MB/s" "SQL ratio"
bench_cli
if [ "${BENCH_SKIP_SQL:-0}" != 1 ]; then
	bench_sql
fi
echo
echo "MB/s: input MB per CPU second (one core). SQL ratio: the backend's CPU time divided"
echo "by its to_tsvector('english') time on the same rows (lower is faster)."
