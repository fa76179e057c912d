-- Large inputs: a 100 MB text is cancelled by statement_timeout, and a
-- 20 MB text of known shape gives the expected sentences and paragraphs.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS pg_article;
SELECT plan(5);

\ir include/cancel_state.sql

SET LOCAL statement_timeout = '1s';
SELECT is(pg_temp.cancel_state($$
            SELECT count(*) FROM article_sentences(
              repeat('The minister said the plan works. Officials met on Monday! ', 1700000))$$),
          '57014', 'statement_timeout cancels article_sentences on 100 MB of text');
SELECT is(pg_temp.cancel_state($$
            SELECT count(*) FROM article_tokens(
              repeat('The minister said the plan works. Officials met on Monday! ', 1700000))$$),
          '57014', 'statement_timeout cancels article_tokens on 100 MB of text');
SET LOCAL statement_timeout = 0;

-- 250,000 paragraphs of three sentences each, about 19 MB.
CREATE TEMP TABLE big AS
SELECT string_agg(format('Report %s from Gen. Ana Ruiz says the plan works. Officials met on Monday! Will it pass?', i),
                  E'\n\n' ORDER BY i) AS body
FROM generate_series(1, 250000) i;

SELECT cmp_ok((SELECT octet_length(body) FROM big), '>', 18000000, 'the text is about 20 MB');

SELECT results_eq(
  $$SELECT count(*), count(DISTINCT paragraph_no), max(sentence_no), max(end_pos)
    FROM big, article_sentences(big.body)$$,
  $$SELECT 750000::bigint, 250000::bigint, 750000, length(body) + 1 FROM big$$,
  'article_sentences finds 750,000 sentences in 250,000 paragraphs up to the end');

SELECT results_eq(
  $$SELECT sentence_no, paragraph_no, sentence FROM big, article_sentences(big.body)
    WHERE sentence_no > 749997$$,
  $$VALUES (749998, 250000, 'Report 250000 from Gen. Ana Ruiz says the plan works.'),
           (749999, 250000, 'Officials met on Monday!'),
           (750000, 250000, 'Will it pass?')$$,
  'the last paragraph comes out whole');

SELECT * FROM finish();
ROLLBACK;
