-- article_dates and article_date_ranges: TIMEX3 types and values, periods,
-- relative dates resolved against the publication date, positions, NULL
-- publication dates, year ends, settings independence, errors and a GiST
-- index.  The articles are written for this suite.
SET DateStyle = 'ISO, YMD';
SET TimeZone = 'UTC';

CREATE TABLE dated_articles (id int PRIMARY KEY, published_on date, body text);
INSERT INTO dated_articles VALUES
  (1, '2023-09-20',
   E'LISBON, Sept. 20 (Reuters) - Portugal''s finance minister arrived in Brussels on Monday '
   'and will meet his Spanish counterpart on Friday, officials said yesterday.\n\n'
   'The talks, first proposed on 12 September 2023, follow a 2022 agreement. The minister said '
   'last week that the deficit had shrunk for five years, and the ministry now publishes figures '
   'every Tuesday.\n\nA vote is expected next month. Prices rose in the 1990s.'),
  (2, '2024-01-02', 'BERN - Sales fell last week, the company said.'),
  (3, '2023-12-31', 'OSLO - The plant will reopen next month, the company said.'),
  (4, '2021-01-06', 'VIENNA - Exports fell last week, the ministry said.'),
  (5, '2024-03-01', 'ATHENS - The ship sank yesterday, officials said. It will be towed to port tomorrow.'),
  (6, NULL, 'PARIS - The minister arrived on Monday, two days after the vote of 14 March 2022.'),
  (7, '2023-10-05',
   'Park Sun Young scored twice as the home side won 3-2 before 1,000 fans who paid 19.00 euros. '
   'May Chen, 35, will march with them.'),
  (8, '2023-10-02', 'GENEVA - The council met on Friday, the mayor said.');

-- Every kind of value, resolved against the publication date: a weekday in
-- the past tense goes back, one in the future tense forward.
SELECT expression, type, value, period, granularity, sentence_no
FROM dated_articles, article_dates(body, published_on)
WHERE id = 1 AND expression IN ('Monday', 'Friday', 'yesterday', '12 September 2023', '2022',
                                'last week', 'five years', 'every Tuesday', 'next month', 'the 1990s')
ORDER BY start_pos;

-- Positions: substr() gives back each expression, in order and inside the body.
SELECT id, count(*) > 0 AS found,
       bool_and(substr(body, start_pos, end_pos - start_pos) = expression) AS round_trip,
       bool_and(start_pos >= 1 AND end_pos <= length(body) + 1 AND start_pos < end_pos) AS inside
FROM dated_articles, article_dates(body, published_on)
GROUP BY id ORDER BY id;

-- Periods: NULL exactly where the value names no interval (durations, sets,
-- references and values with unknown parts); granularity NULL for durations and sets.
SELECT type, value ~ 'X|_REF' OR type IN ('DURATION', 'SET') AS open_value,
       bool_and(period IS NULL) AS period_null, bool_and(granularity IS NULL) AS granularity_null
FROM dated_articles, article_dates(body, published_on)
WHERE id = 1 AND type IN ('DURATION', 'SET')
GROUP BY 1, 2 ORDER BY 1, 2;
SELECT count(*) AS resolved_without_period
FROM dated_articles, article_dates(body, published_on)
WHERE published_on IS NOT NULL AND type IN ('DATE', 'TIME') AND value !~ 'X|_REF' AND period IS NULL;

-- Around year ends and leap days: ISO week 52 and 53, December to January, 29 February.
SELECT id, published_on, expression, value, period
FROM dated_articles, article_dates(body, published_on)
WHERE id BETWEEN 2 AND 5
ORDER BY id, start_pos;

-- Without a publication date the unknown parts stay X and there is no
-- period, while absolute dates still resolve.
SELECT expression, type, value, period, granularity
FROM article_dates('PARIS - The minister arrived on Monday, two days after the vote of 14 March 2022.')
ORDER BY start_pos;
-- article_dates(body) is the same as the two-argument form with its unknowns
-- left open; a NULL publication date in the two-argument form returns no
-- rows, as STRICT functions do.
SELECT count(*) AS rows_with_null_published FROM article_dates('Monday, 14 March 2022.', NULL);
SELECT count(*) AS rows_from_one_argument FROM article_dates('Monday, 14 March 2022.');

-- Things that only look like dates: a name, a score, numbers, a price, May as a name.
SELECT count(*) AS false_dates FROM dated_articles, article_dates(body, published_on) WHERE id = 7;

-- Neither TimeZone nor DateStyle changes anything.
CREATE TEMP TABLE dates_utc AS
SELECT id, d.* FROM dated_articles, article_dates(body, published_on) d;
SET TimeZone = 'Pacific/Chatham';
SET DateStyle = 'SQL, DMY';
SELECT count(*) AS differences FROM (
  (SELECT id, d.* FROM dated_articles, article_dates(body, published_on) d
   EXCEPT SELECT * FROM dates_utc)
  UNION ALL
  (SELECT * FROM dates_utc
   EXCEPT SELECT id, d.* FROM dated_articles, article_dates(body, published_on) d)) changed;
SELECT extract(epoch FROM lower(period)) AS friday_epoch
FROM article_dates('The talks will resume on Friday.', '2023-09-20');
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';

-- Publication dates that cannot anchor a date: SQLSTATE 22008.
\set VERBOSITY sqlstate
SELECT * FROM article_dates('Friday', 'infinity');
SELECT * FROM article_dates('Friday', '-infinity');
SELECT * FROM article_dates('Friday', '10000-01-01');
SELECT article_date_ranges('Friday', '0044-03-15 BC');
\set VERBOSITY default
SELECT * FROM article_dates('Friday', 'infinity');
SELECT * FROM article_dates('Friday', '10000-01-01');
-- The edges of the range work.
SELECT expression, value FROM article_dates('Sales fell last week.', '9999-12-31');
SELECT expression, value FROM article_dates('The temple opens tomorrow.', '0001-01-01');

-- article_date_ranges: the days the resolved dates cover, merged, without
-- durations, sets and references.
SELECT id, article_date_ranges(body, published_on)
FROM dated_articles WHERE published_on IS NOT NULL ORDER BY id;
SELECT article_date_ranges('No dates in this sentence.', '2023-09-20') AS no_dates,
       article_date_ranges('The talks lasted five years and resume every Tuesday.', '2023-09-20') AS durations_and_sets,
       article_date_ranges('The polls closed at 19:00.', '2023-05-01') AS a_time;
SELECT article_date_ranges('Friday', NULL) IS NULL AS strict_null;

-- A GiST expression index serves && on the ranges.
CREATE INDEX dated_articles_days ON dated_articles USING gist (article_date_ranges(body, published_on));
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM dated_articles
WHERE article_date_ranges(body, published_on) && daterange('2023-09-01', '2023-10-01');
SELECT id FROM dated_articles
WHERE article_date_ranges(body, published_on) && daterange('2023-09-01', '2023-10-01')
ORDER BY id;
SELECT id FROM dated_articles
WHERE article_date_ranges(body, published_on) && daterange('2023-12-25', '2024-01-02')
ORDER BY id;
-- The same rows without the index.
SET enable_seqscan = on;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SELECT array_agg(id ORDER BY id) AS scanned FROM dated_articles
WHERE article_date_ranges(body, published_on) && daterange('2023-09-01', '2023-10-01');
RESET enable_seqscan;
RESET enable_indexscan;
RESET enable_bitmapscan;

-- Server encodings other than UTF-8: LATIN1 counts characters, SQL_ASCII
-- bytes; either way substr() gives back each expression.
\set regress_db :DBNAME
SET client_min_messages = warning;
DROP DATABASE IF EXISTS pa_regress_dates_latin1;
DROP DATABASE IF EXISTS pa_regress_dates_sqlascii;
CREATE DATABASE pa_regress_dates_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE pa_regress_dates_sqlascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;

\c pa_regress_dates_latin1
SET client_encoding = 'UTF8';
SET DateStyle = 'ISO, YMD';
CREATE EXTENSION pg_article;
SELECT expression, value, start_pos, end_pos,
       substr(b, start_pos, end_pos - start_pos) = expression AS round_trip
FROM (VALUES ('Señora Muñoz, Zürich''s mayor, said on Tuesday that the café reopens on 3 March 2024.')) v(b),
     article_dates(b, '2024-02-29');
SELECT article_date_ranges('Señora Muñoz, Zürich''s mayor, said on Tuesday that the café reopens on 3 March 2024.',
                           '2024-02-29');

\c pa_regress_dates_sqlascii
SET client_encoding = 'UTF8';
SET DateStyle = 'ISO, YMD';
CREATE EXTENSION pg_article;
SELECT expression, value, start_pos, end_pos,
       substr(b, start_pos, end_pos - start_pos) = expression AS round_trip
FROM (VALUES ('Señora Muñoz (東京) said on Tuesday that the café 😀 reopens on 3 March 2024.')) v(b),
     article_dates(b, '2024-02-29');
\set VERBOSITY sqlstate
SELECT * FROM article_dates(E'caf\xe9 on Monday', '2024-02-29');
\set VERBOSITY default

\c :regress_db
DROP DATABASE pa_regress_dates_latin1;
DROP DATABASE pa_regress_dates_sqlascii;
