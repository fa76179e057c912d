-- article_entities and article_entity_keys: types, canonical forms (a
-- surname after the full name, an acronym after its expansion),
-- possessives outside spans, names next to curly quotes, an all-caps
-- headline, positions, code point order of keys, a GIN index, and the
-- LATIN1 and SQL_ASCII server encodings.  The articles are written for
-- this suite.  The tagger is statistical: the queries pick rows by their
-- text and check what any correct answer must show, rather than count
-- every row.
CREATE TABLE news (id int PRIMARY KEY, body text);
INSERT INTO news VALUES
  (1, E'BERLIN (Reuters) — German Chancellor Angela Merkel met French President Emmanuel Macron '
      'in Paris on Monday to discuss the budget. Merkel’s office said the talks had gone well.\n\n'
      '“We agreed on the next steps,” said Merkel. “Europe needs this,” Macron added.\n\n'
      'The International Atomic Energy Agency (IAEA) will send inspectors to Iran next month, '
      'and the IAEA said it expected full access.'),
  (2, E'SCHOLZ AND SUNAK MEET IN LONDON AS TALKS ON TRADE RESUME\n\n'
      'LONDON (AP) — British Prime Minister Rishi Sunak welcomed German Chancellor Olaf Scholz to '
      'Downing Street on Thursday. Sunak said the two countries would work together on energy, '
      'and Scholz’s delegation met officials from Volkswagen.'),
  (3, 'The weather was mild on Sunday and the trains ran on time.'),
  (4, E'Angela Merkel met Macron on Monday. A statement from Merkel’s office praised the talks.');

-- A surname takes the full name as its canonical form, an acronym its
-- expansion; a possessive stays outside the span (Merkel’s gives Merkel);
-- names next to curly quotes come without the marks.
SELECT entity, type, canonical, sentence_no
FROM news, article_entities(body)
WHERE id = 1 AND entity IN ('Angela Merkel', 'Merkel', 'Emmanuel Macron', 'Macron',
                            'International Atomic Energy Agency', 'IAEA', 'Paris', 'Iran')
ORDER BY start_pos;

-- The text right after each Merkel mention: the possessive ’s, a full stop
-- before the closing quote... none of it inside the span.
SELECT entity, substr(body, end_pos, 2) AS after_span
FROM news, article_entities(body)
WHERE id IN (1, 4) AND entity LIKE 'Merkel%'
ORDER BY id, start_pos;

-- No span ends in a possessive or holds a quote mark, in any article.
SELECT count(*) AS possessive_or_quote_in_span
FROM news, article_entities(body)
WHERE entity ~ '[’'']s$' OR entity ~ '[“”"‘]';

-- An all-caps headline: its names are found and linked to the full form
-- in the body; its other words are not entities.
SELECT entity, type, canonical, sentence_no
FROM news, article_entities(body)
WHERE id = 2 AND entity IN ('SCHOLZ', 'LONDON', 'Rishi Sunak', 'Olaf Scholz', 'Sunak', 'Scholz')
ORDER BY start_pos;
SELECT count(*) AS headline_words_as_entities
FROM news, article_entities(body)
WHERE id = 2 AND entity IN ('AND', 'MEET', 'IN', 'AS', 'TALKS', 'ON', 'TRADE', 'RESUME');

-- Positions: substr() gives back each entity; every entity lies inside the
-- sentence it names; scores are in (0, 1].
SELECT id, count(*) > 0 AS found,
       bool_and(substr(body, start_pos, end_pos - start_pos) = entity) AS round_trip,
       bool_and(score > 0 AND score <= 1) AS scores_in_range,
       bool_and(type IN ('PERSON', 'ORG', 'LOC', 'MISC')) AS known_types
FROM news, article_entities(body)
GROUP BY id ORDER BY id;
SELECT count(*) AS entities_outside_their_sentence
FROM news n, article_entities(n.body) e
WHERE NOT EXISTS (SELECT 1 FROM article_sentences(n.body) s
                  WHERE s.sentence_no = e.sentence_no
                    AND e.start_pos >= s.start_pos AND e.end_pos <= s.end_pos);

-- No names, no rows; NULL in, no rows.
SELECT count(*) AS no_entities FROM news, article_entities(body) WHERE id = 3;
SELECT count(*) AS null_body FROM article_entities(NULL);
SELECT count(*) AS empty_body FROM article_entities('');

-- article_entity_keys: TYPE:canonical once each, sorted by code point
-- whatever the collation, the same keys article_entities gives.
SELECT article_entity_keys(body) @> ARRAY['PERSON:Angela Merkel', 'PERSON:Emmanuel Macron',
                                          'ORG:International Atomic Energy Agency'] AS expected_keys,
       NOT article_entity_keys(body) && ARRAY['PERSON:Merkel', 'ORG:IAEA', 'PERSON:Macron'] AS no_short_forms
FROM news WHERE id = 1;
SELECT bool_and(k.keys = (SELECT coalesce(array_agg(DISTINCT (type || ':' || canonical) COLLATE "C"
                                                    ORDER BY (type || ':' || canonical) COLLATE "C"), '{}')
                          FROM article_entities(n.body)))
       AS same_as_entities
FROM news n, LATERAL (SELECT article_entity_keys(n.body) AS keys) k;
SELECT article_entity_keys(body) FROM news WHERE id = 3;
SELECT article_entity_keys(NULL) IS NULL AS strict_null;
SELECT article_entity_keys('Ángel Soto met Bruno Keller in Zürich.') AS code_point_order;

-- A GIN expression index serves @> on the keys.
CREATE INDEX news_entity_keys ON news USING gin (article_entity_keys(body));
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM news WHERE article_entity_keys(body) @> ARRAY['PERSON:Angela Merkel'];
SELECT id FROM news WHERE article_entity_keys(body) @> ARRAY['PERSON:Angela Merkel'] ORDER BY id;
SELECT id FROM news WHERE article_entity_keys(body) @> ARRAY['PERSON:Olaf Scholz', 'LOC:Downing Street']
ORDER BY id;
SELECT id FROM news WHERE article_entity_keys(body) @> ARRAY['PERSON:Nobody'] ORDER BY id;
RESET enable_seqscan;

-- Server encodings other than UTF-8: LATIN1 counts characters, SQL_ASCII
-- bytes; either way substr() gives back each entity.
\set regress_db :DBNAME
SET client_min_messages = warning;
DROP DATABASE IF EXISTS pa_regress_entities_latin1;
DROP DATABASE IF EXISTS pa_regress_entities_sqlascii;
CREATE DATABASE pa_regress_entities_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE pa_regress_entities_sqlascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;

\c pa_regress_entities_latin1
SET client_encoding = 'UTF8';
CREATE EXTENSION pg_article;
CREATE TABLE samples (body text);
INSERT INTO samples VALUES
  ('Tomás Vidal met François Hollande in Zürich on Friday. Vidal later flew to São Paulo.');
SELECT entity, type, canonical, start_pos, end_pos,
       substr(body, start_pos, end_pos - start_pos) = entity AS round_trip
FROM samples, article_entities(body)
WHERE entity IN ('Tomás Vidal', 'François Hollande', 'Zürich', 'Vidal', 'São Paulo')
ORDER BY start_pos;
SELECT article_entity_keys(body) @> ARRAY['PERSON:Tomás Vidal', 'LOC:Zürich'] AS latin1_keys
FROM samples;

\c pa_regress_entities_sqlascii
SET client_encoding = 'UTF8';
CREATE EXTENSION pg_article;
CREATE TABLE samples (body text);
INSERT INTO samples VALUES
  ('Tomás Vidal flew from Zürich to 東京 on Tuesday to meet Japanese officials. Vidal later visited São Paulo.');
SELECT entity, type, canonical, start_pos, end_pos,
       substr(body, start_pos, end_pos - start_pos) = entity AS round_trip,
       octet_length(entity) = end_pos - start_pos AS byte_positions
FROM samples, article_entities(body)
WHERE entity IN ('Tomás Vidal', 'Zürich', 'Japanese', 'Vidal', 'São Paulo')
ORDER BY start_pos;
SELECT article_entity_keys(body) @> ARRAY['PERSON:Tomás Vidal', 'LOC:São Paulo'] AS sqlascii_keys
FROM samples;
\set VERBOSITY sqlstate
SELECT * FROM article_entities(E'Caf\xe9 Merkel said.');
SELECT article_entity_keys(E'Caf\xe9 Merkel said.');
\set VERBOSITY default

\c :regress_db
DROP DATABASE pa_regress_entities_latin1;
DROP DATABASE pa_regress_entities_sqlascii;
