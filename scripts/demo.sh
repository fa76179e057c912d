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
run_sql -v article="$(cat "$article")" -v published="${PA_DEMO_PUBLISHED:-2024-03-14}" <<'SQL'
\pset footer off
SELECT article_version();
CREATE TEMP TABLE articles AS SELECT 1 AS id, :'article'::text AS body, :'published'::date AS published_on;
\echo '--- sentences'
SELECT s.sentence_no, s.paragraph_no, s.start_pos, s.end_pos, left(s.sentence, 90) AS sentence
  FROM articles a, article_sentences(a.body) s;
\echo '--- paragraph roles'
SELECT p.paragraph_no, p.role, left(p.paragraph, 60) AS paragraph, p.dateline_place, p.dateline_agency
  FROM articles a, article_paragraphs(a.body) p;
\echo '--- entities'
SELECT e.entity, e.type, e.canonical, e.start_pos, e.end_pos, e.sentence_no, round(e.score::numeric, 2) AS score
  FROM articles a, article_entities(a.body) e;
SELECT article_entity_keys(body) AS entity_keys FROM articles;
\echo '--- dates and times (published ' :'published' ')'
SELECT d.expression, d.type, d.value, d.period, d.granularity, d.sentence_no
  FROM articles a, article_dates(a.body, a.published_on) d;
SELECT article_date_ranges(body, published_on) AS days_mentioned FROM articles;
\echo '--- quotations'
SELECT left(q.quote, 60) AS quote, q.kind, q.speaker, q.speaker_canonical, q.speaker_role, q.cue
  FROM articles a, article_quotes(a.body) q;
SELECT article_quote_speakers(body) AS speakers FROM articles;
SQL
