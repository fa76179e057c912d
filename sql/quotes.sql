-- article_quotes and article_quote_speakers: direct, partial and indirect
-- quotes with curly and straight marks, speakers before and after the
-- quote, pronouns, roles, cues, positions, apostrophes that are not quotes,
-- code point order of speakers and a GIN index.  The articles are written
-- for this suite.
CREATE TABLE quoted_articles (id int PRIMARY KEY, body text);
INSERT INTO quoted_articles VALUES
  (1, E'MADRID (Reuters) — Spain will tighten border checks before the summit, the Interior '
      'Ministry said on Tuesday.\n\n'
      '“We have done our homework,” Interior Ministry deputy spokeswoman Ana Ruiz told reporters. '
      '“The numbers are solid, and the checks will be lifted in October.”\n\n'
      'Opposition leader Tomás Vidal said the measures were "a show for the cameras" and would not '
      'stop smuggling.\n\n'
      '"Nobody asked the ports," Vidal said. He added that the government had ignored warnings.\n\n'
      'According to Ruiz, more than 2,000 officers will take part. Ruiz’s office declined to give '
      'details about the ’90s-era rules.'),
  (2, E'ZURICH (AP) — The central bank kept rates on hold on Thursday.\n\n'
      '"Inflation is still too high," bank president Bruno Keller said at a news conference. '
      '''We are not done,'' he added.\n\n'
      '“The bank had no choice,” said Ángel Soto, an economist at a Geneva fund.'),
  (3, 'The weather was mild on Sunday and the trains ran on time.'),
  (4, '"We will appeal the ruling," said Marta  Gomez, a lawyer for the family. '
      '"They deserve better," Gomez added.');

-- Speaker after the quote with a role and a two-word cue; a continuation
-- with no speaker of its own; a partial quote inside reported speech; a
-- surname resolved to the full name; a pronoun resolved to the last
-- speaker; reported speech without marks.
SELECT quote, kind, speaker, speaker_canonical, speaker_role, cue, sentence_no, paragraph_no
FROM quoted_articles, article_quotes(body)
WHERE id = 1 AND (quote LIKE 'We have done%' OR quote LIKE 'The numbers are solid%'
                  OR quote IN ('a show for the cameras', 'Nobody asked the ports,',
                               'the government had ignored warnings'))
ORDER BY quote_start;

-- Straight double and single marks, a pronoun, a speaker after the cue
-- (said Ángel Soto) and a curly pair.
SELECT quote, kind, speaker, speaker_canonical, cue
FROM quoted_articles, article_quotes(body)
WHERE id = 2
ORDER BY quote_start;

-- The speaker as written keeps the text's spacing; the canonical speaker
-- (like role and cue) has one space between words, so it can be searched.
SELECT quote, speaker, speaker_canonical, cue
FROM quoted_articles, article_quotes(body)
WHERE id = 4
ORDER BY quote_start;

-- Positions: substr() gives back the quote and the speaker; a quote with
-- no speaker of its own has NULL speaker positions.
SELECT id, count(*) > 0 AS found,
       bool_and(substr(body, quote_start, quote_end - quote_start) = quote) AS quote_round_trip,
       bool_and(speaker IS NULL OR substr(body, speaker_start, speaker_end - speaker_start) = speaker)
         AS speaker_round_trip,
       bool_and((speaker IS NULL) = (speaker_start IS NULL AND speaker_end IS NULL)) AS null_positions
FROM quoted_articles, article_quotes(body)
GROUP BY id ORDER BY id;
SELECT count(*) AS quotes_without_speaker
FROM quoted_articles, article_quotes(body)
WHERE speaker IS NULL AND speaker_start IS NULL AND speaker_canonical = 'Ana Ruiz';

-- Apostrophes are not quote marks: nothing is quoted out of the last
-- paragraph's Ruiz’s and ’90s.
SELECT count(*) AS apostrophe_quotes
FROM quoted_articles, article_quotes(body)
WHERE id = 1 AND (quote LIKE '%declined%' OR quote LIKE '%90s%');

-- No quotes, no rows; NULL in, no rows.
SELECT count(*) AS no_quotes FROM quoted_articles, article_quotes(body) WHERE id = 3;
SELECT count(*) AS null_body FROM article_quotes(NULL);

-- article_quote_speakers: distinct canonical speakers, sorted by code
-- point whatever the collation (Bruno before Ángel, since Á is U+00C1).
SELECT id, article_quote_speakers(body) FROM quoted_articles ORDER BY id;
SELECT article_quote_speakers(body) @> ARRAY['Ana Ruiz', 'Tomás Vidal'] AS both_speakers
FROM quoted_articles WHERE id = 1;
SELECT article_quote_speakers(NULL) IS NULL AS strict_null;
-- The same speakers as article_quotes gives, once each.
SELECT bool_and(s.speakers = (SELECT coalesce(array_agg(DISTINCT speaker_canonical COLLATE "C" ORDER BY speaker_canonical COLLATE "C"), '{}')
                               FROM article_quotes(q.body) WHERE speaker_canonical IS NOT NULL))
       AS same_as_quotes
FROM quoted_articles q, LATERAL (SELECT article_quote_speakers(q.body) AS speakers) s;

-- A GIN expression index serves @> on the speakers.
CREATE INDEX quoted_articles_speakers ON quoted_articles USING gin (article_quote_speakers(body));
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM quoted_articles WHERE article_quote_speakers(body) @> ARRAY['Ana Ruiz'];
SELECT id FROM quoted_articles WHERE article_quote_speakers(body) @> ARRAY['Ana Ruiz'] ORDER BY id;
SELECT id FROM quoted_articles WHERE article_quote_speakers(body) @> ARRAY['Bruno Keller'] ORDER BY id;
SELECT id FROM quoted_articles WHERE article_quote_speakers(body) @> ARRAY['Nobody'] ORDER BY id;
RESET enable_seqscan;

-- Server encodings other than UTF-8: LATIN1 counts characters, SQL_ASCII
-- bytes; either way substr() gives back quotes and speakers.
\set regress_db :DBNAME
SET client_min_messages = warning;
DROP DATABASE IF EXISTS pa_regress_quotes_latin1;
DROP DATABASE IF EXISTS pa_regress_quotes_sqlascii;
CREATE DATABASE pa_regress_quotes_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE pa_regress_quotes_sqlascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;

\c pa_regress_quotes_latin1
SET client_encoding = 'UTF8';
CREATE EXTENSION pg_article;
CREATE TABLE samples (body text);
INSERT INTO samples VALUES
  ('"Nous sommes prêts," said Zoé Lefèvre, the mayor of Besançon. «C''est fini,» she added.');
SELECT quote, speaker, speaker_canonical, quote_start, quote_end, speaker_start, speaker_end,
       substr(body, quote_start, quote_end - quote_start) = quote AS quote_round_trip,
       substr(body, speaker_start, speaker_end - speaker_start) = speaker AS speaker_round_trip
FROM samples, article_quotes(body) ORDER BY quote_start;
SELECT article_quote_speakers(body) FROM samples;

\c pa_regress_quotes_sqlascii
SET client_encoding = 'UTF8';
CREATE EXTENSION pg_article;
CREATE TABLE samples (body text);
INSERT INTO samples VALUES
  ('“東京 is ready,” said Zoé Lefèvre, the mayor of Besançon. “It is done 😀,” she added.');
SELECT quote, speaker, speaker_canonical, quote_start, quote_end, speaker_start, speaker_end,
       substr(body, quote_start, quote_end - quote_start) = quote AS quote_round_trip,
       substr(body, speaker_start, speaker_end - speaker_start) = speaker AS speaker_round_trip
FROM samples, article_quotes(body) ORDER BY quote_start;
SELECT article_quote_speakers(body) FROM samples;
\set VERBOSITY sqlstate
SELECT * FROM article_quotes(E'"caf\xe9," he said.');
SELECT article_quote_speakers(E'"caf\xe9," he said.');
\set VERBOSITY default

\c :regress_db
DROP DATABASE pa_regress_quotes_latin1;
DROP DATABASE pa_regress_quotes_sqlascii;
