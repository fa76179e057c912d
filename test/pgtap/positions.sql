-- Positions round-trip on generated text: for every token and sentence,
-- substr(body, start_pos, end_pos - start_pos) is exactly the returned text.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS pg_article;
SELECT plan(10);

-- Articles assembled from fragments in many scripts, chosen by hashing the
-- article and position numbers, so that every run tests the same text.
CREATE TEMP TABLE fragments (n int, piece text);
INSERT INTO fragments
SELECT row_number() OVER () - 1, piece FROM unnest(ARRAY[
  'The minister said', 'Gen. Sergei Shoigu', 'the U.S. Senate', 'Mr. O''Brien''s plan',
  'café crème', 'Zürich', 'naïve', 'e' || U&'\0301' || 'te' || U&'\0301', 'Łódź',
  '東京都の知事', '北京', '서울특별시', 'قال الرئيس', 'שלום', 'हिन्दी', 'ข่าววันนี้',
  'Москва', 'Ελλάδα', '👩‍👩‍👧‍👦', '👋🏽', '🇫🇷', '🏳️‍🌈', '😀',
  '$4.50', '3.5%', '9:30 a.m.', '2024-03-14', 'https://example.org/a?b=1', 'desk@example.org',
  '"quoted words"', '‘single’', '«guillemets»', '—', '–', '...', '…', '(aside)', ';', ',',
  '.', '!', '?', '。', '、', '¿Qué?', 'x' || U&'\0323\0302'
]) AS piece;

CREATE TEMP TABLE articles AS
SELECT a AS id,
       string_agg(f.piece,
                  CASE abs(hashint4(-a * 1000 - i)::bigint) % 20
                       WHEN 0 THEN E'\n\n' WHEN 1 THEN E'\n' WHEN 2 THEN '' ELSE ' ' END
                  ORDER BY i) AS body
FROM generate_series(1, 40) a CROSS JOIN generate_series(1, 250) i
JOIN fragments f ON f.n = abs(hashint4(a * 1000 + i)::bigint) % (SELECT count(*) FROM fragments)
GROUP BY a;

CREATE TEMP TABLE tokens AS
SELECT a.id, t.* FROM articles a, article_tokens(a.body) t;
CREATE TEMP TABLE sentences AS
SELECT a.id, s.* FROM articles a, article_sentences(a.body) s;

SELECT cmp_ok((SELECT count(*) FROM tokens), '>', 10000::bigint, 'the generated articles have many tokens');

SELECT is((SELECT count(*) FROM tokens t JOIN articles a USING (id)
           WHERE substr(a.body, t.start_pos, t.end_pos - t.start_pos) IS DISTINCT FROM t.token),
          0::bigint, 'every token is the text at its positions');

SELECT is((SELECT count(*) FROM sentences s JOIN articles a USING (id)
           WHERE substr(a.body, s.start_pos, s.end_pos - s.start_pos) IS DISTINCT FROM s.sentence),
          0::bigint, 'every sentence is the text at its positions');

SELECT is((SELECT count(*) FROM (
             SELECT token_no, start_pos, end_pos,
                    row_number() OVER w AS rn, lag(end_pos) OVER w AS prev_end
             FROM tokens WINDOW w AS (PARTITION BY id ORDER BY token_no)) x
           WHERE token_no <> rn OR start_pos >= end_pos OR start_pos < coalesce(prev_end, 1)),
          0::bigint, 'tokens are numbered from 1, in text order, without overlap');

SELECT is((SELECT count(*) FROM (
             SELECT sentence_no, paragraph_no, start_pos, end_pos,
                    row_number() OVER w AS rn, lag(end_pos) OVER w AS prev_end,
                    lag(paragraph_no) OVER w AS prev_paragraph
             FROM sentences WINDOW w AS (PARTITION BY id ORDER BY sentence_no)) x
           WHERE sentence_no <> rn OR start_pos >= end_pos OR start_pos < coalesce(prev_end, 1)
              OR paragraph_no < coalesce(prev_paragraph, 1)
              OR paragraph_no > coalesce(prev_paragraph, 1) + 1),
          0::bigint, 'sentences and paragraphs are numbered from 1, in text order, without overlap');

SELECT is((SELECT count(*) FROM tokens t LEFT JOIN sentences s USING (id, sentence_no)
           WHERE s.sentence_no IS NULL OR t.start_pos < s.start_pos OR t.end_pos > s.end_pos),
          0::bigint, 'every token lies inside its sentence');

SELECT is((SELECT count(*) FROM sentences s
           WHERE NOT EXISTS (SELECT 1 FROM tokens t WHERE t.id = s.id AND t.sentence_no = s.sentence_no
                             AND t.start_pos = s.start_pos)
              OR NOT EXISTS (SELECT 1 FROM tokens t WHERE t.id = s.id AND t.sentence_no = s.sentence_no
                             AND t.end_pos = s.end_pos)),
          0::bigint, 'every sentence starts at its first token and ends at its last');

SELECT is((SELECT count(*) FROM articles a
           WHERE regexp_replace(a.body, '[[:space:]]+', '', 'g')
                 IS DISTINCT FROM (SELECT string_agg(token, '' ORDER BY token_no) FROM tokens t WHERE t.id = a.id)),
          0::bigint, 'tokens cover all text but white space');

SELECT is((SELECT count(*) FROM tokens
           WHERE kind NOT IN ('word', 'number', 'punct', 'quote', 'dash', 'ellipsis', 'url', 'email', 'symbol', 'emoji')),
          0::bigint, 'every token kind is a documented one');

SELECT is((SELECT count(DISTINCT kind) FROM tokens), 10::bigint, 'the generated text shows every token kind');

SELECT * FROM finish();
ROLLBACK;
