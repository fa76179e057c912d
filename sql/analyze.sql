-- article_analyze: the whole analysis as jsonb.  Every section's positions
-- round-trip through substr, entity groups count their mentions, and the
-- entities, dates and quotes are the standalone functions' rows minus those
-- inside boilerplate paragraphs (site chrome).

\set ferry `cat test/fixtures/structure/ferry_link.txt`
CREATE TABLE analyze_articles (id text PRIMARY KEY, body text NOT NULL, published date);
INSERT INTO analyze_articles VALUES
('port', $article$Harbour cranes fall silent as port strike spreads

By Tom Vidal

LAGOS, Nigeria (Reuters) — Dock workers at Apapa port stayed home on Friday, the third day of a strike that has stranded 40 ships, the Nigerian Ports Authority said.

Sign up for the Morning Brief with Clara Osei, delivered every Monday at 7 a.m.

"We will not go back until the wages are paid," union leader Amaka Eze told reporters outside the gates. Eze said the talks with Transport Minister Bello Sani had failed in March.

Sani said on Thursday that the government would pay the arrears by June 30, 2024. "The money is there," he added.

Advertisement

Reporting by Tom Vidal in Lagos; editing by Mia Chen$article$, DATE '2024-03-15'),
('plain', $article$The museum in Kraków reopened on Tuesday after two years of work. "It was worth the wait," said director Zofia Nowak, who thanked the city of Kraków and the European Union for their help.$article$, NULL),
('ferry', :'ferry', DATE '2024-03-20');

CREATE TABLE analyzed AS
SELECT id, body, CASE WHEN published IS NULL THEN article_analyze(body)
                      ELSE article_analyze(body, published) END AS j
FROM analyze_articles;

-- The sections, and the version line of article_version().
SELECT id, array(SELECT jsonb_object_keys(j) ORDER BY 1) AS keys,
       j->>'version' = article_version() AS same_version
FROM analyzed ORDER BY id;

-- Paragraphs with roles, the dateline, and the dateline's fields.
SELECT p.* FROM analyzed a,
  jsonb_to_recordset(a.j->'paragraphs') AS p(paragraph_no int, role text, start_pos int, end_pos int,
                                             dateline_place text, dateline_agency text)
WHERE a.id = 'port' ORDER BY p.start_pos;
SELECT id, j->'dateline' AS dateline FROM analyzed ORDER BY id;

-- Entities grouped by canonical entity, in the order of their first mention.
SELECT e->>'type' AS type, e->>'canonical' AS canonical, (e->>'count')::int AS count,
       (SELECT array_agg(m->>'text' ORDER BY (m->>'start_pos')::int) FROM jsonb_array_elements(e->'mentions') m) AS mentions
FROM analyzed a, jsonb_array_elements(a.j->'entities') WITH ORDINALITY AS g(e, n)
WHERE a.id = 'port' ORDER BY g.n;

SELECT d.* FROM analyzed a,
  jsonb_to_recordset(a.j->'dates') AS d(expression text, type text, value text, period tsrange,
                                        granularity text, start_pos int, end_pos int, sentence_no int)
WHERE a.id = 'port';

SELECT q.quote, q.kind, q.speaker, q.speaker_canonical, q.speaker_role, q.cue
FROM analyzed a,
  jsonb_to_recordset(a.j->'quotes') AS q(quote text, kind text, speaker text, speaker_canonical text,
                                         speaker_role text, cue text)
WHERE a.id = 'port';

-- Nothing comes out of the newsletter prompt (it names a person, a day and a time).
SELECT id, j::text LIKE '%Clara Osei%' AS names_prompt_person,
       jsonb_path_exists(j, '$.dates[*] ? (@.expression == "every Monday" || @.expression == "7 a.m.")') AS has_prompt_dates
FROM analyzed ORDER BY id;
SELECT count(*) AS standalone_rows_in_prompt
FROM analyze_articles a, article_entities(a.body) e
WHERE a.id = 'port' AND e.entity = 'Clara Osei';

-- The person a follow link names is dropped with it (boilerplate); the
-- names of the byline and of the photo credits stay.
SELECT t.name, (SELECT j::text LIKE '%' || t.name || '%' FROM analyzed WHERE id = 'ferry') AS in_analyze,
       (SELECT count(*) FROM analyze_articles a, article_entities(a.body) e
        WHERE a.id = 'ferry' AND e.entity = t.name) AS standalone_rows
FROM unnest(ARRAY['Tiago Ferraz', 'Marta Lindqvist', 'Rui Matos', 'Joana Pereira'])
     WITH ORDINALITY AS t(name, n)
ORDER BY t.n;

-- Positions round-trip in every section.
SELECT a.id,
  (SELECT bool_and(substr(a.body, (m->>'start_pos')::int, (m->>'end_pos')::int - (m->>'start_pos')::int) = m->>'text')
     FROM jsonb_array_elements(a.j->'entities') g, jsonb_array_elements(g->'mentions') m) AS mentions,
  (SELECT bool_and(substr(a.body, (d->>'start_pos')::int, (d->>'end_pos')::int - (d->>'start_pos')::int) = d->>'expression')
     FROM jsonb_array_elements(a.j->'dates') d) AS dates,
  (SELECT bool_and(substr(a.body, (q->>'quote_start')::int, (q->>'quote_end')::int - (q->>'quote_start')::int) = q->>'quote'
                   AND (q->>'speaker') IS NOT DISTINCT FROM
                       substr(a.body, (q->>'speaker_start')::int, (q->>'speaker_end')::int - (q->>'speaker_start')::int))
     FROM jsonb_array_elements(a.j->'quotes') q) AS quotes,
  (SELECT bool_and(substr(a.body, (p->>'start_pos')::int, (p->>'end_pos')::int - (p->>'start_pos')::int) = r.paragraph)
     FROM jsonb_array_elements(a.j->'paragraphs') WITH ORDINALITY p(p, n)
     JOIN (SELECT row_number() OVER (ORDER BY start_pos) AS n, paragraph FROM article_paragraphs(a.body)) r USING (n)) AS paragraphs,
  (SELECT bool_and(substr(a.body, (s->>'start_pos')::int, (s->>'end_pos')::int - (s->>'start_pos')::int) = r.sentence)
     FROM jsonb_array_elements(a.j->'sentences') s
     JOIN article_sentences(a.body) r ON r.sentence_no = (s->>'sentence_no')::int) AS sentences
FROM analyzed a ORDER BY a.id;

-- Sentences and paragraphs are exactly article_sentences and article_paragraphs.
SELECT a.id,
  (SELECT count(*) FROM (
     (SELECT sentence_no, paragraph_no, start_pos, end_pos FROM article_sentences(a.body)
      EXCEPT SELECT * FROM jsonb_to_recordset(a.j->'sentences')
                        AS (sentence_no int, paragraph_no int, start_pos int, end_pos int))
     UNION ALL
     (SELECT * FROM jsonb_to_recordset(a.j->'sentences') AS (sentence_no int, paragraph_no int, start_pos int, end_pos int)
      EXCEPT SELECT sentence_no, paragraph_no, start_pos, end_pos FROM article_sentences(a.body))) x) AS sentence_differences,
  jsonb_array_length(a.j->'sentences') AS sentences,
  (SELECT count(*) FROM (
     (SELECT paragraph_no, role, start_pos, end_pos, dateline_place, dateline_agency FROM article_paragraphs(a.body)
      EXCEPT SELECT * FROM jsonb_to_recordset(a.j->'paragraphs')
                        AS (paragraph_no int, role text, start_pos int, end_pos int, dateline_place text, dateline_agency text))
     UNION ALL
     (SELECT * FROM jsonb_to_recordset(a.j->'paragraphs')
                 AS (paragraph_no int, role text, start_pos int, end_pos int, dateline_place text, dateline_agency text)
      EXCEPT SELECT paragraph_no, role, start_pos, end_pos, dateline_place, dateline_agency FROM article_paragraphs(a.body))) x)
    AS paragraph_differences
FROM analyzed a ORDER BY a.id;

-- Each entity's count is its number of mentions.
SELECT a.id, bool_and((g->>'count')::int = jsonb_array_length(g->'mentions')) AS counts_match,
       sum((g->>'count')::int) AS mentions
FROM analyzed a, jsonb_array_elements(a.j->'entities') g
GROUP BY a.id ORDER BY a.id;

-- The jsonb is written straight in jsonb's binary format: each value equals
-- its own text parsed back, key lookups find every section, and containers
-- of more than 32 children (where the format stores offsets) read back whole.
SELECT a.id, a.j = a.j::text::jsonb AS round_trips,
       (SELECT count(*) FROM jsonb_object_keys(a.j)) AS sections,
       a.j ? 'entities' AND a.j ? 'paragraphs' AND a.j ? 'version' AS keys_found
FROM analyzed a ORDER BY a.id;
SELECT j = j::text::jsonb AS round_trips,
       jsonb_array_length(j->'sentences') AS sentences,
       (SELECT count(*) FROM jsonb_object_keys(j->'sentences'->39)) AS last_sentence_keys,
       (j->'sentences'->39->>'sentence_no')::int AS last_sentence_no,
       (SELECT max((g->>'count')::int) FROM jsonb_array_elements(j->'entities') g) AS largest_group,
       (SELECT (g->'mentions'->-1->>'sentence_no')::int FROM jsonb_array_elements(j->'entities') g
        WHERE g->>'canonical' = 'Lena Okafor') AS last_mention_sentence
FROM (SELECT article_analyze(repeat('Lena Okafor spoke in Lagos on Monday. ', 40)) AS j) s;

-- The standalone functions' rows outside boilerplate, and analyze's rows:
-- the symmetric differences are empty, and the row counts show what was dropped.
CREATE TABLE chrome AS
SELECT a.id, p.start_pos, p.end_pos FROM analyze_articles a, article_paragraphs(a.body) p
WHERE p.role = 'boilerplate';

CREATE TABLE standalone_entities AS
SELECT a.id, e.entity, e.type, e.canonical, e.start_pos, e.end_pos, e.sentence_no, e.score::numeric AS score,
       EXISTS (SELECT 1 FROM chrome c WHERE c.id = a.id AND e.start_pos >= c.start_pos AND e.end_pos <= c.end_pos) AS in_chrome
FROM analyze_articles a, article_entities(a.body) e;
CREATE TABLE analyze_entities AS
SELECT a.id, m.text AS entity, g.type, g.canonical, m.start_pos, m.end_pos, m.sentence_no, m.score
FROM analyzed a,
  jsonb_to_recordset(a.j->'entities') AS g(type text, canonical text, mentions jsonb),
  jsonb_to_recordset(g.mentions) AS m(text text, start_pos int, end_pos int, sentence_no int, score numeric);

CREATE TABLE standalone_dates AS
SELECT a.id, d.*,
       EXISTS (SELECT 1 FROM chrome c WHERE c.id = a.id AND d.start_pos >= c.start_pos AND d.end_pos <= c.end_pos) AS in_chrome
FROM analyze_articles a,
  LATERAL (SELECT * FROM article_dates(a.body) WHERE a.published IS NULL
           UNION ALL SELECT * FROM article_dates(a.body, a.published)) d;
CREATE TABLE analyze_dates AS
SELECT a.id, d.* FROM analyzed a,
  jsonb_to_recordset(a.j->'dates') AS d(expression text, type text, value text, period tsrange, granularity text,
                                        start_pos int, end_pos int, sentence_no int);

CREATE TABLE standalone_quotes AS
SELECT a.id, q.*,
       EXISTS (SELECT 1 FROM chrome c WHERE c.id = a.id AND q.quote_start >= c.start_pos AND q.quote_end <= c.end_pos) AS in_chrome
FROM analyze_articles a, article_quotes(a.body) q;
CREATE TABLE analyze_quotes AS
SELECT a.id, q.* FROM analyzed a,
  jsonb_to_recordset(a.j->'quotes') AS q(quote text, kind text, speaker text, speaker_canonical text, speaker_role text,
                                         cue text, quote_start int, quote_end int, speaker_start int, speaker_end int,
                                         sentence_no int, paragraph_no int);

SELECT 'entities' AS section,
  (SELECT count(*) FROM standalone_entities) AS standalone,
  (SELECT count(*) FROM standalone_entities WHERE in_chrome) AS in_chrome,
  (SELECT count(*) FROM analyze_entities) AS analyzed,
  (SELECT count(*) FROM ((SELECT id, entity, type, canonical, start_pos, end_pos, sentence_no, score
                          FROM standalone_entities WHERE NOT in_chrome EXCEPT ALL SELECT * FROM analyze_entities)
                         UNION ALL (SELECT * FROM analyze_entities EXCEPT ALL
                                    SELECT id, entity, type, canonical, start_pos, end_pos, sentence_no, score
                                    FROM standalone_entities WHERE NOT in_chrome)) x) AS differences
UNION ALL
SELECT 'dates',
  (SELECT count(*) FROM standalone_dates),
  (SELECT count(*) FROM standalone_dates WHERE in_chrome),
  (SELECT count(*) FROM analyze_dates),
  (SELECT count(*) FROM ((SELECT id, expression, type, value, period, granularity, start_pos, end_pos, sentence_no
                          FROM standalone_dates WHERE NOT in_chrome EXCEPT ALL SELECT * FROM analyze_dates)
                         UNION ALL (SELECT * FROM analyze_dates EXCEPT ALL
                                    SELECT id, expression, type, value, period, granularity, start_pos, end_pos, sentence_no
                                    FROM standalone_dates WHERE NOT in_chrome)) x)
UNION ALL
SELECT 'quotes',
  (SELECT count(*) FROM standalone_quotes),
  (SELECT count(*) FROM standalone_quotes WHERE in_chrome),
  (SELECT count(*) FROM analyze_quotes),
  (SELECT count(*) FROM ((SELECT id, quote, kind, speaker, speaker_canonical, speaker_role, cue, quote_start, quote_end,
                                 speaker_start, speaker_end, sentence_no, paragraph_no
                          FROM standalone_quotes WHERE NOT in_chrome EXCEPT ALL SELECT * FROM analyze_quotes)
                         UNION ALL (SELECT * FROM analyze_quotes EXCEPT ALL
                                    SELECT id, quote, kind, speaker, speaker_canonical, speaker_role, cue, quote_start,
                                           quote_end, speaker_start, speaker_end, sentence_no, paragraph_no
                                    FROM standalone_quotes WHERE NOT in_chrome)) x);

-- Without a publication date, relative dates keep their unknown parts.
SELECT d->>'expression' AS expression, d->>'value' AS value
FROM jsonb_array_elements(article_analyze((SELECT body FROM analyze_articles WHERE id = 'port'))->'dates') d;

-- STRICT: NULL in, NULL out; an empty text has empty sections.
SELECT article_analyze(NULL) IS NULL AS null_body,
       article_analyze('x', NULL) IS NULL AS null_published,
       article_analyze(NULL, DATE '2024-03-15') IS NULL AS null_body_with_date;
SELECT j - 'version' AS empty FROM (SELECT article_analyze('') AS j) s;

-- Publication dates outside the calendar the dates are resolved in raise 22008.
\set VERBOSITY sqlstate
SELECT article_analyze('On Friday.', 'infinity'::date);
\set VERBOSITY default

DROP TABLE standalone_entities, analyze_entities, standalone_dates, analyze_dates, standalone_quotes, analyze_quotes;
DROP TABLE chrome, analyzed, analyze_articles;

-- LATIN1 and SQL_ASCII: positions stay those of substr (characters and
-- bytes), and the text comes back in the server encoding.
\set regress_db :DBNAME
SET client_min_messages = warning;
DROP DATABASE IF EXISTS pa_analyze_latin1;
DROP DATABASE IF EXISTS pa_analyze_sqlascii;
CREATE DATABASE pa_analyze_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE pa_analyze_sqlascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\set sample 'ZÜRICH (dpa) - Señor José Muñoz arrivé à Genève le 3 mars 2024. «Très bien», a dit Hélène Dubois. Muñoz said on Friday that the Zürich talks had ended.'
\c pa_analyze_latin1
SET client_encoding = 'UTF8';
CREATE EXTENSION pg_article;
SHOW server_encoding;
CREATE TABLE s AS SELECT :'sample'::text AS body, article_analyze(:'sample', DATE '2024-03-15') AS j;
SELECT j->'dateline' AS dateline,
  (SELECT array_agg(m->>'text' ORDER BY (m->>'start_pos')::int) FROM jsonb_array_elements(j->'entities') g,
          jsonb_array_elements(g->'mentions') m) AS mentions,
  (SELECT bool_and(substr(body, (m->>'start_pos')::int, (m->>'end_pos')::int - (m->>'start_pos')::int) = m->>'text')
     FROM jsonb_array_elements(j->'entities') g, jsonb_array_elements(g->'mentions') m) AS mentions_round_trip,
  (SELECT bool_and(substr(body, (d->>'start_pos')::int, (d->>'end_pos')::int - (d->>'start_pos')::int) = d->>'expression')
     FROM jsonb_array_elements(j->'dates') d) AS dates_round_trip,
  (SELECT bool_and(substr(body, (q->>'quote_start')::int, (q->>'quote_end')::int - (q->>'quote_start')::int) = q->>'quote')
     FROM jsonb_array_elements(j->'quotes') q) AS quotes_round_trip,
  (SELECT bool_and(substr(body, (p->>'start_pos')::int, (p->>'end_pos')::int - (p->>'start_pos')::int) <> '')
     FROM jsonb_array_elements(j->'paragraphs') p) AS paragraphs_non_empty,
  (SELECT array_agg((s->>'start_pos')::int || '-' || (s->>'end_pos')::int) FROM jsonb_array_elements(j->'sentences') s)
  = (SELECT array_agg(start_pos || '-' || end_pos ORDER BY sentence_no) FROM article_sentences(body)) AS same_sentences
FROM s;
\c pa_analyze_sqlascii
SET client_encoding = 'UTF8';
CREATE EXTENSION pg_article;
SHOW server_encoding;
CREATE TABLE s AS SELECT :'sample'::text AS body, article_analyze(:'sample', DATE '2024-03-15') AS j;
SELECT j->'dateline' AS dateline,
  (SELECT array_agg((m->>'start_pos') || '-' || (m->>'end_pos') ORDER BY (m->>'start_pos')::int)
     FROM jsonb_array_elements(j->'entities') g, jsonb_array_elements(g->'mentions') m) AS byte_positions,
  (SELECT bool_and(substr(body, (m->>'start_pos')::int, (m->>'end_pos')::int - (m->>'start_pos')::int) = m->>'text')
     FROM jsonb_array_elements(j->'entities') g, jsonb_array_elements(g->'mentions') m) AS mentions_round_trip,
  (SELECT bool_and(substr(body, (d->>'start_pos')::int, (d->>'end_pos')::int - (d->>'start_pos')::int) = d->>'expression')
     FROM jsonb_array_elements(j->'dates') d) AS dates_round_trip,
  (SELECT bool_and(substr(body, (q->>'quote_start')::int, (q->>'quote_end')::int - (q->>'quote_start')::int) = q->>'quote')
     FROM jsonb_array_elements(j->'quotes') q) AS quotes_round_trip,
  (SELECT array_agg((s->>'start_pos')::int || '-' || (s->>'end_pos')::int) FROM jsonb_array_elements(j->'sentences') s)
  = (SELECT array_agg(start_pos || '-' || end_pos ORDER BY sentence_no) FROM article_sentences(body)) AS same_sentences
FROM s;
\c :regress_db
DROP DATABASE pa_analyze_latin1;
DROP DATABASE pa_analyze_sqlascii;
