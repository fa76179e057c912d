-- Server encodings other than UTF-8: LATIN1 (one byte per character),
-- EUC_JP (several bytes per character), EUC_JIS_2004 (some characters are
-- two code points) and SQL_ASCII (positions count bytes, text must be UTF-8).
-- Each database is created here and dropped at the end.
\set regress_db :DBNAME
SET client_min_messages = warning;
DROP DATABASE IF EXISTS pa_regress_latin1;
DROP DATABASE IF EXISTS pa_regress_eucjp;
DROP DATABASE IF EXISTS pa_regress_jis2004;
DROP DATABASE IF EXISTS pa_regress_sqlascii;
CREATE DATABASE pa_regress_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE pa_regress_eucjp ENCODING 'EUC_JP' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE pa_regress_jis2004 ENCODING 'EUC_JIS_2004' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE pa_regress_sqlascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;

-- LATIN1: positions are characters, text comes back in LATIN1 (shown here
-- converted to the UTF-8 of this script).
\c pa_regress_latin1
SET client_encoding = 'UTF8';
CREATE EXTENSION pg_article;
SHOW server_encoding;
CREATE TABLE samples (body text);
INSERT INTO samples VALUES
  ('Señor Muñoz a dit: «Très bien», à Zürich. ¿Qué? Il fait 25 °C, coût £5 ½.'),
  (E'Ça va? Oui.\n\nÉté brûlant à Besançon; l''oeil, «mais oui», dit Hélène. Ñandú ÿ Ø æ þ ß!');
SELECT count(*) AS tokens,
       bool_and(substr(body, start_pos, end_pos - start_pos) = token) AS round_trip
FROM samples, article_tokens(body);
SELECT count(*) AS sentences,
       bool_and(substr(body, start_pos, end_pos - start_pos) = sentence) AS round_trip
FROM samples, article_sentences(body);
SELECT token_no, sentence_no, start_pos, end_pos, token, kind
FROM article_tokens('Señor Muñoz a dit: «Très bien», à Zürich. ¿Qué?');
SELECT * FROM article_sentences(E'Ça va? Oui.\n\nÉté brûlant à Besançon.');

-- EUC_JP: multi-byte server characters.
\c pa_regress_eucjp
SET client_encoding = 'UTF8';
CREATE EXTENSION pg_article;
SHOW server_encoding;
CREATE TABLE samples (body text);
INSERT INTO samples VALUES
  ('東京都の小池知事は、記者会見で「準備は整った」と述べた。会見は３０分続いた。'),
  (E'Tokyo (Kyodo) - 大阪で２０２４年３月１４日、会議が開かれた。\n\nThe talks ended. ＡＢＣ社も参加した。');
SELECT count(*) AS tokens,
       bool_and(substr(body, start_pos, end_pos - start_pos) = token) AS round_trip
FROM samples, article_tokens(body);
SELECT count(*) AS sentences,
       bool_and(substr(body, start_pos, end_pos - start_pos) = sentence) AS round_trip
FROM samples, article_sentences(body);
SELECT * FROM article_sentences((SELECT body FROM samples OFFSET 1 LIMIT 1));
SELECT token_no, start_pos, end_pos, token, kind FROM article_tokens('Café 東京 ok.');

-- EUC_JIS_2004: a character that is two code points in Unicode cannot keep
-- character positions, and says so; others work.
\c pa_regress_jis2004
SET client_encoding = 'UTF8';
CREATE EXTENSION pg_article;
SELECT token, start_pos, end_pos FROM article_tokens('東京 ok.');
SELECT length('か゚') AS server_characters;
\set VERBOSITY sqlstate
SELECT * FROM article_tokens('か゚ ok.');
\set VERBOSITY default
SELECT * FROM article_tokens('か゚ ok.');

-- SQL_ASCII: the bytes are read as UTF-8 and positions count bytes, as
-- substr() does in such a database.
\c pa_regress_sqlascii
SET client_encoding = 'UTF8';
CREATE EXTENSION pg_article;
SHOW server_encoding;
CREATE TABLE samples (body text);
INSERT INTO samples VALUES
  ('Café crème in Zürich, 東京 and Москва. 👩‍👩‍👧 waved 👋🏽!'),
  (E'Gen. Sergei Shoigu said.The U. N. envoy — «non».\n\nقال الرئيس. Fin.');
SELECT count(*) AS tokens,
       bool_and(substr(body, start_pos, end_pos - start_pos) = token) AS round_trip,
       bool_and(octet_length(token) = end_pos - start_pos) AS byte_positions
FROM samples, article_tokens(body);
SELECT count(*) AS sentences,
       bool_and(substr(body, start_pos, end_pos - start_pos) = sentence) AS round_trip
FROM samples, article_sentences(body);
\pset format unaligned
SELECT token_no, start_pos, end_pos, token, kind FROM article_tokens('café 東京 😀 ok.');
\pset format aligned
SELECT * FROM article_sentences((SELECT body FROM samples OFFSET 1 LIMIT 1));

-- Bytes that are not UTF-8 raise SQLSTATE 22021, and the session goes on.
\set VERBOSITY sqlstate
SELECT * FROM article_tokens(E'caf\xe9 ok');
SELECT * FROM article_sentences(E'ok \xe6\x9d');
SELECT * FROM article_tokens(E'overlong \xc0\xaf slash');
SELECT * FROM article_tokens(E'surrogate \xed\xa0\x80 here');
SELECT * FROM article_tokens(E'too high \xf4\x90\x80\x80 here');
\set VERBOSITY default
SELECT * FROM article_tokens(E'caf\xe9 ok');
SELECT count(*) FROM samples, article_tokens(body);

\c :regress_db
DROP DATABASE pa_regress_latin1;
DROP DATABASE pa_regress_eucjp;
DROP DATABASE pa_regress_jis2004;
DROP DATABASE pa_regress_sqlascii;
