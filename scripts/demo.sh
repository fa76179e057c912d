#!/usr/bin/env bash
# The main job: installs what pg_article needs, builds and installs it,
# starts a throw-away PostgreSQL cluster, analyses a sample news article
# and stops the cluster again.  Run as root on Debian 12:
#   bash scripts/demo.sh [ARTICLE_FILE]
set -euo pipefail
cd "$(dirname "$0")/.."

article=${1:-examples/sample_article.txt}
bash scripts/install_deps.sh
make -s
make -s install

tmp=$(mktemp -d)
chmod 711 "$tmp"				# the server's user must reach the cluster inside
cluster=$tmp/cluster
bash scripts/pg_cluster.sh start "$cluster" "${PA_DEMO_PORT:-5499}"
trap 'bash scripts/pg_cluster.sh destroy "$cluster"; rm -rf "$tmp"' EXIT

run_sql() {
	bash scripts/pg_cluster.sh psql "$cluster" -v ON_ERROR_STOP=1 -q "$@"
}

run_sql -c "CREATE EXTENSION IF NOT EXISTS pg_article"
run_sql -v article="$(cat "$article")" <<'SQL'
\pset footer off
SELECT article_version();
CREATE TEMP TABLE articles AS SELECT 1 AS id, :'article'::text AS body;
\echo '--- sentences'
SELECT s.sentence_no, s.paragraph_no, s.start_pos, s.end_pos, s.sentence
  FROM articles a, article_sentences(a.body) s;
\echo '--- tokens that are not plain words'
SELECT t.token_no, t.sentence_no, t.token, t.kind
  FROM articles a, article_tokens(a.body) t
 WHERE t.kind NOT IN ('word', 'punct');
SQL
