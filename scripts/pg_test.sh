#!/usr/bin/env bash
# pg_test.sh: the SQL test tiers of pg_article against a throw-away cluster.
#
#   scripts/pg_test.sh [regress|pgtap|all]      (default: all)
#
# regress: the pg_regress suites in sql/ and expected/ (make installcheck);
# pgtap:   the pgTAP suites in test/pgtap/ (pg_prove), in a fresh database.
# The extension must be installed first (make && make install, as root when
# the server's directories belong to root).  The cluster lives in a new
# temporary directory and is removed at the end; set PA_PG_DIR to keep and
# reuse one instead, PA_PG_PORT to choose its port (default 5497).
set -euo pipefail

cd "$(dirname "$0")/.."
tiers=${1:-all}
case "$tiers" in regress | pgtap | all) ;; *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;; esac

port=${PA_PG_PORT:-5497}
cluster=scripts/pg_cluster.sh
sharedir=$(pg_config --sharedir)

[ -f "$sharedir/extension/pg_article.control" ] ||
	{ echo "pg_test.sh: pg_article is not installed: run make install first" >&2; exit 1; }

if [ -n "${PA_PG_DIR:-}" ]; then
	dir=$PA_PG_DIR
else
	tmp=$(mktemp -d)
	chmod 711 "$tmp"			# the server's user must reach the cluster inside
	dir=$tmp/cluster
	trap '"$cluster" destroy "$dir"; rm -rf "$tmp"' EXIT
fi

"$cluster" start "$dir" "$port"
eval "$("$cluster" env "$dir")"
status=0

if [ "$tiers" != pgtap ]; then
	echo "== pg_regress suites"
	if ! make -s installcheck; then
		status=1
		[ -f regression.diffs ] && head -n 200 regression.diffs
	fi
fi

if [ "$tiers" != regress ]; then
	echo "== pgTAP suites"
	[ -f "$sharedir/extension/pgtap.control" ] ||
		{ echo "pg_test.sh: pgTAP is not installed" >&2; exit 1; }
	"$cluster" psql "$dir" -q -v ON_ERROR_STOP=1 \
		-c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS pa_pgtap" -c "CREATE DATABASE pa_pgtap"
	pg_prove -d pa_pgtap test/pgtap/*.sql || status=1
fi

exit "$status"
