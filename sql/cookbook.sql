-- The README's query cookbook, end to end, on six short news articles
-- written for this suite (one of them wrapped in site chrome): a generated
-- column of entity keys with a GIN index, GIN and GiST expression indexes,
-- a materialised view of mentions, co-occurrence of people and
-- organisations, a timeline of the dates mentioned, who is quoted about
-- whom, entity keys in a tsvector for mixed text and entity search, and a
-- parallel plan giving the same rows as a serial one.  Every query orders
-- all its columns.
CREATE TABLE articles (
  id          int PRIMARY KEY,
  published   date NOT NULL,
  body        text NOT NULL,
  entity_keys text[] GENERATED ALWAYS AS (article_entity_keys(body)) STORED
);
INSERT INTO articles (id, published, body) VALUES
  (1, '2024-03-15', E'Port strike enters third day\n\n'
      'LAGOS, Nigeria (Reuters) — Dock workers in Apapa stayed home on Friday as the strike against '
      'the Nigerian Ports Authority entered its third day. Transport Minister Bola Adeyemi said talks '
      'would resume on Monday. "Adeyemi has ignored us for two years," said union leader Amaka Eze.\n\n'
      'Shipping company Maersk Line said on Thursday that ships were waiting off Lagos.'),
  (2, '2024-04-02', E'LISBON (Reuters) — Portugal''s finance minister Joana Mendes presented the 2025 '
      'budget on Tuesday. "The European Commission will see a surplus," Mendes told parliament. '
      'Opposition leader Rui Tavares said the plan was "a gift to the banks".\n\n'
      'The European Commission is due to publish its review on May 15.'),
  (3, '2024-04-20', E'NAIROBI, Kenya (AP) — Floods have displaced 40,000 people since March 1, the '
      'Kenya Red Cross said on Saturday. "The rains will stay over Nairobi until June," said Red Cross '
      'spokeswoman Irene Wanjiru, who praised the Kenya Meteorological Department. '
      'President William Ruto visited the Mathare slum on Friday.'),
  (4, '2024-04-21', E'Sign up for our newsletter\n\n'
      'Share on Facebook | Share on X | Email\n\n'
      'BERLIN (Reuters) — Siemens AG chief executive Roland Busch said on Sunday that the company would '
      'build a plant in Texas. "Texas gives us the workers we need," Busch said. Chancellor Olaf Scholz '
      'welcomed the decision.\n\n'
      'Advertisement\n\n'
      'We use cookies to improve your experience. Accept all cookies\n\n'
      '© 2024 Example News. All rights reserved.'),
  (5, '2024-05-03', 'The weather was mild and the trains ran on time.');
ANALYZE articles;

-- 1. A generated column of entity keys, indexed with GIN.  The planner
-- uses the index for @> (all of these) and && (any of these).
CREATE INDEX articles_entity_keys ON articles USING gin (entity_keys);
SELECT id, entity_keys FROM articles WHERE id IN (2, 5) ORDER BY id;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM articles WHERE entity_keys @> ARRAY['PERSON:Olaf Scholz'];
SELECT id FROM articles WHERE entity_keys @> ARRAY['PERSON:Olaf Scholz'] ORDER BY id;
SELECT id FROM articles WHERE entity_keys @> ARRAY['ORG:Reuters', 'LOC:Texas'] ORDER BY id;
SELECT id FROM articles
WHERE entity_keys && ARRAY['ORG:European Commission', 'ORG:Kenya Red Cross'] ORDER BY id;

-- 2. A GIN expression index on the quoted speakers.
CREATE INDEX articles_quote_speakers ON articles USING gin (article_quote_speakers(body));
EXPLAIN (COSTS OFF)
SELECT id FROM articles WHERE article_quote_speakers(body) @> ARRAY['Roland Busch'];
SELECT id FROM articles WHERE article_quote_speakers(body) @> ARRAY['Roland Busch'] ORDER BY id;

-- 3. A GiST expression index on the days the articles mention.  The
-- copyright line of article 4 names the whole of 2024.
CREATE INDEX articles_date_ranges ON articles USING gist (article_date_ranges(body, published));
EXPLAIN (COSTS OFF)
SELECT id FROM articles WHERE article_date_ranges(body, published) && daterange('2024-05-01', '2024-06-01');
SELECT id FROM articles
WHERE article_date_ranges(body, published) && daterange('2024-05-01', '2024-06-01') ORDER BY id;
SELECT id FROM articles WHERE article_date_ranges(body, published) @> DATE '2024-03-18' ORDER BY id;
RESET enable_seqscan;

-- 4. A materialised view of entity mentions, each with the role of its
-- paragraph (headline, dateline, byline, body, credits, boilerplate).
CREATE MATERIALIZED VIEW entity_mentions AS
SELECT a.id AS article_id, p.role AS paragraph_role, e.sentence_no, e.start_pos, e.end_pos,
       e.type, e.canonical, e.entity
FROM articles a
CROSS JOIN LATERAL article_entities(a.body) e
JOIN LATERAL article_paragraphs(a.body) p ON e.start_pos >= p.start_pos AND e.start_pos < p.end_pos;
CREATE UNIQUE INDEX ON entity_mentions (article_id, start_pos);
CREATE INDEX ON entity_mentions (type, canonical);

-- The people and organisations of the articles, outside site chrome and
-- datelines, with the articles that name them.
SELECT type, canonical, count(DISTINCT article_id) AS articles, count(*) AS mentions
FROM entity_mentions
WHERE type IN ('PERSON', 'ORG') AND paragraph_role NOT IN ('boilerplate', 'dateline')
GROUP BY type, canonical
ORDER BY type, canonical;

-- A new article; its generated column is computed on insert, and a
-- concurrent refresh brings the view up to date without blocking readers.
INSERT INTO articles (id, published, body) VALUES
  (6, '2024-05-08', E'BRUSSELS (AP) — German Chancellor Olaf Scholz and Portuguese finance minister '
      'Joana Mendes met European Commission officials on Wednesday to discuss the budget rules. '
      '"The rules must change by December," Scholz said. The Commission will present a draft on May 15.');
SELECT id FROM articles WHERE entity_keys @> ARRAY['PERSON:Olaf Scholz'] ORDER BY id;
REFRESH MATERIALIZED VIEW CONCURRENTLY entity_mentions;
SELECT type, canonical, count(DISTINCT article_id) AS articles, count(*) AS mentions
FROM entity_mentions
WHERE type IN ('PERSON', 'ORG') AND paragraph_role NOT IN ('boilerplate', 'dateline')
GROUP BY type, canonical
HAVING count(DISTINCT article_id) > 1
ORDER BY type, canonical;

-- 5. Co-occurrence of people and organisations: in the same article, then
-- in the same sentence.
SELECT p.canonical AS person, o.canonical AS org, count(DISTINCT p.article_id) AS articles
FROM entity_mentions p
JOIN entity_mentions o ON o.article_id = p.article_id AND o.type = 'ORG'
WHERE p.type = 'PERSON'
  AND p.paragraph_role NOT IN ('boilerplate', 'dateline')
  AND o.paragraph_role NOT IN ('boilerplate', 'dateline')
GROUP BY person, org
ORDER BY person, org;
SELECT p.canonical AS person, o.canonical AS org, count(*) AS sentences
FROM entity_mentions p
JOIN entity_mentions o ON o.article_id = p.article_id AND o.sentence_no = p.sentence_no
                      AND o.type = 'ORG'
WHERE p.type = 'PERSON'
GROUP BY person, org
ORDER BY person, org;

-- 6. A timeline: the days the articles mention, with what mentions them;
-- then the months, counting day and month mentions; then what the
-- articles announce for after their publication.
SELECT lower(d.period)::date AS day, count(DISTINCT a.id) AS articles,
       string_agg(format('%s: %s', a.id, d.expression), ', ' ORDER BY a.id, d.start_pos) AS mentions
FROM articles a, article_dates(a.body, a.published) d
WHERE d.granularity = 'day'
GROUP BY day
ORDER BY day;
SELECT date_trunc('month', lower(d.period))::date AS month, count(*) AS mentions,
       count(DISTINCT a.id) AS articles
FROM articles a, article_dates(a.body, a.published) d
WHERE d.granularity IN ('day', 'month')
GROUP BY month
ORDER BY month;
SELECT a.id, a.published, d.expression, d.value, d.granularity
FROM articles a, article_dates(a.body, a.published) d
WHERE lower(d.period) >= a.published + 1
ORDER BY a.id, d.start_pos;

-- 7. Who is quoted about whom: the speaker of each quote and the entities
-- named inside the quote.
SELECT q.speaker_canonical AS quoted, e.type, e.canonical AS about, count(*) AS mentions,
       string_agg(DISTINCT q.kind, ', ' ORDER BY q.kind) AS kinds
FROM articles a
CROSS JOIN LATERAL article_quotes(a.body) q
JOIN LATERAL article_entities(a.body) e ON e.start_pos >= q.quote_start AND e.end_pos <= q.quote_end
WHERE q.speaker_canonical IS NOT NULL AND e.canonical <> q.speaker_canonical
GROUP BY quoted, e.type, about
ORDER BY quoted, e.type, about;

-- 8. Entity keys in a tsvector, next to the words of the body, for mixed
-- text and entity search in one index.  A key is one lexeme
-- (array_to_tsvector), so it never mixes with the words; entity_tsquery
-- turns a key into a one-lexeme tsquery.
CREATE FUNCTION entity_tsquery(key text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT ('''' || replace(replace(key, '\', '\\'), '''', '''''') || '''')::tsquery $$;
CREATE INDEX articles_search ON articles
  USING gin ((to_tsvector('english', body) || array_to_tsvector(entity_keys)));
SELECT entity_tsquery('PERSON:Olaf Scholz') && to_tsquery('english', 'budgets') AS query;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM articles
WHERE (to_tsvector('english', body) || array_to_tsvector(entity_keys))
      @@ (to_tsquery('english', 'strike') && entity_tsquery('ORG:Nigerian Ports Authority'));
SELECT id FROM articles
WHERE (to_tsvector('english', body) || array_to_tsvector(entity_keys))
      @@ (to_tsquery('english', 'strike') && entity_tsquery('ORG:Nigerian Ports Authority'))
ORDER BY id;
SELECT id FROM articles
WHERE (to_tsvector('english', body) || array_to_tsvector(entity_keys))
      @@ (to_tsquery('english', 'budget') && entity_tsquery('PERSON:Joana Mendes'))
ORDER BY id;
-- A key matches only as a whole: a surname or a lower-case name does not.
SELECT id FROM articles
WHERE (to_tsvector('english', body) || array_to_tsvector(entity_keys))
      @@ (entity_tsquery('PERSON:Scholz') || entity_tsquery('person:olaf scholz'))
ORDER BY id;
RESET enable_seqscan;

-- 9. Parallel query: the functions are PARALLEL SAFE, so a parallel plan
-- runs them in the workers; its rows are the serial plan's rows.  The
-- copies of the articles differ by a last paragraph, so that every row
-- is analysed (no memoized result).
CREATE TABLE articles_many AS
SELECT g * 10 + a.id AS id, a.published, a.body || format(E'\n\n(%s)', g) AS body
FROM articles a, generate_series(1, 400) g;
ANALYZE articles_many;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT m.id, e.type, e.canonical, e.start_pos, e.end_pos, e.sentence_no
FROM articles_many m, article_entities(m.body) e;

-- Workers launched by a statement, from EXPLAIN ANALYZE (which also runs it).
CREATE FUNCTION workers_launched(statement text) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
  plan json;
BEGIN
  EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON, TIMING OFF, COSTS OFF) ' || statement INTO plan;
  RETURN coalesce(jsonb_path_query_first(plan::jsonb, 'strict $.**."Workers Launched"')::int, 0);
END;
$$;

SELECT workers_launched($$
  CREATE TABLE parallel_mentions AS
  SELECT m.id, e.type, e.canonical, e.start_pos, e.end_pos, e.sentence_no
  FROM articles_many m, article_entities(m.body) e $$) > 0 AS mentions_in_parallel;
SELECT workers_launched($$
  CREATE TABLE parallel_articles AS
  SELECT m.id, article_entity_keys(m.body) AS entity_keys,
         article_quote_speakers(m.body) AS speakers,
         article_date_ranges(m.body, m.published) AS date_ranges,
         article_analyze(m.body, m.published) AS analysis
  FROM articles_many m $$) > 0 AS articles_in_parallel;

SET max_parallel_workers_per_gather = 0;
CREATE TABLE serial_mentions AS
SELECT m.id, e.type, e.canonical, e.start_pos, e.end_pos, e.sentence_no
FROM articles_many m, article_entities(m.body) e;
CREATE TABLE serial_articles AS
SELECT m.id, article_entity_keys(m.body) AS entity_keys,
       article_quote_speakers(m.body) AS speakers,
       article_date_ranges(m.body, m.published) AS date_ranges,
       article_analyze(m.body, m.published) AS analysis
FROM articles_many m;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;

SELECT (SELECT count(*) FROM parallel_mentions) AS mentions,
       (SELECT count(*) FROM (TABLE parallel_mentions EXCEPT ALL TABLE serial_mentions) x) AS only_parallel,
       (SELECT count(*) FROM (TABLE serial_mentions EXCEPT ALL TABLE parallel_mentions) x) AS only_serial;
SELECT (SELECT count(*) FROM parallel_articles) AS articles,
       (SELECT count(*) FROM (TABLE parallel_articles EXCEPT ALL TABLE serial_articles) x) AS only_parallel,
       (SELECT count(*) FROM (TABLE serial_articles EXCEPT ALL TABLE parallel_articles) x) AS only_serial;
