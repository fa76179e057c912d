-- pg_article in parallel workers: a parallel plan gives the same rows as a
-- serial one.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS pg_article;
SELECT plan(3);

CREATE TABLE pa_parallel_articles AS
SELECT g AS id,
       format('Report %s from Gen. Ana Ruiz says the plan works. Officials in São Paulo met on Monday! 東京も。', g) AS body
FROM generate_series(1, 20000) g;
ANALYZE pa_parallel_articles;

-- Workers launched by a plan, from EXPLAIN ANALYZE in JSON.
CREATE FUNCTION pg_temp.workers_launched(query text) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
  plan json;
BEGIN
  EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON, TIMING OFF, COSTS OFF) ' || query INTO plan;
  RETURN coalesce((jsonb_path_query_first(plan::jsonb, 'strict $.**."Workers Launched"'))::int, 0);
END;
$$;

SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;

SELECT cmp_ok(pg_temp.workers_launched(
         'SELECT count(*) FROM pa_parallel_articles a, article_tokens(a.body) t'), '>', 0,
       'article_tokens runs under a parallel plan');

CREATE TEMP TABLE parallel_result AS
SELECT count(*) AS tokens, sum(t.end_pos) AS ends, sum(length(t.token)) AS chars,
       (SELECT count(*) FROM pa_parallel_articles a2, article_sentences(a2.body) s) AS sentences
FROM pa_parallel_articles a, article_tokens(a.body) t;

SET LOCAL max_parallel_workers_per_gather = 0;
SELECT results_eq(
  $$SELECT * FROM parallel_result$$,
  $$SELECT count(*) AS tokens, sum(t.end_pos) AS ends, sum(length(t.token)) AS chars,
           (SELECT count(*) FROM pa_parallel_articles a2, article_sentences(a2.body) s) AS sentences
    FROM pa_parallel_articles a, article_tokens(a.body) t$$,
  'parallel and serial plans give the same tokens and sentences');

SELECT is((SELECT sentences FROM parallel_result), 60000::bigint, 'three sentences per article');

SELECT * FROM finish();
ROLLBACK;
