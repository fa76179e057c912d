-- article_tokens: columns, kinds, positions in characters, edge cases.

-- A sentence with most token kinds.
SELECT * FROM article_tokens('Mr. O''Brien paid $4.50 at 9:30 a.m. — see https://example.org/a?b=1 or mail desk@example.org… "Yes," he said.');

-- Texts in several scripts: accents (composed and combining), CJK, Arabic,
-- Hebrew, Devanagari, Thai, emoji with ZWJ sequences, skin tones and flags.
CREATE TABLE samples (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO samples VALUES
  (1, 'Café crème at the Zürich Ópera: naïve façade, São Paulo, Łódź.'),
  (2, 'Cafe' || U&'\0301' || ' and Ame' || U&'\0301' || 'lie (combining accents), x' || U&'\0323\0302' || 'y.'),
  (3, '東京都の小池知事は、3月14日に記者会見を開いた。北京、서울 and 台北 too.'),
  (4, 'قال الرئيس إن الاتفاق «تاريخي». Hebrew: שלום עולם! हिन्दी समाचार। ข่าวไทยวันนี้'),
  (5, 'Family 👩‍👩‍👧‍👦 waved 👋🏽 and 👍🏿; flags 🇫🇷🇩🇪 and 🏳️‍🌈; ok 😀!'),
  (6, E'Line one ends here.\nLine two\ttabs\r\nand CRLF; "quoted" ‘single’ «guillemets» — dashes – and ... dots.');

-- Every token is exactly the text at its positions.
SELECT id, count(*) AS tokens,
       bool_and(substr(s.body, t.start_pos, t.end_pos - t.start_pos) = t.token) AS round_trip
FROM samples s, article_tokens(s.body) t
GROUP BY id ORDER BY id;

-- Numbers run 1, 2, 3...; tokens come in text order and do not overlap;
-- sentence numbers start at 1 and never go down.
SELECT id,
       bool_and(token_no = rn) AS numbered,
       bool_and(start_pos < end_pos AND start_pos >= coalesce(prev_end, 1)) AS ordered,
       min(sentence_no) = 1 AND bool_and(sentence_no >= coalesce(prev_sentence, 1)) AS sentences
FROM (SELECT s.id, t.*,
             row_number() OVER w AS rn,
             lag(t.end_pos) OVER w AS prev_end,
             lag(t.sentence_no) OVER w AS prev_sentence
      FROM samples s, article_tokens(s.body) t
      WINDOW w AS (PARTITION BY s.id ORDER BY t.token_no)) x
GROUP BY id ORDER BY id;

-- Nothing but white space lies between tokens.
SELECT id,
       regexp_replace(body, '[[:space:]]+', '', 'g') =
       (SELECT string_agg(token, '' ORDER BY token_no) FROM article_tokens(body)) AS covers_text
FROM samples ORDER BY id;

-- The tokens of the scripts and emoji samples.
SELECT token_no, start_pos, end_pos, token, kind FROM article_tokens((SELECT body FROM samples WHERE id = 3));
-- (unaligned: terminal widths of emoji differ between psql versions)
\pset format unaligned
SELECT token_no, start_pos, end_pos, token, kind FROM article_tokens((SELECT body FROM samples WHERE id = 5));

-- Positions count characters, not bytes.
SELECT token, start_pos, end_pos, octet_length(token) AS bytes
FROM article_tokens('añ 🇫🇷 é' || U&'\0301' || ' z');
\pset format aligned

-- Empty and blank text give no rows; NULL gives no rows (STRICT).
SELECT count(*) FROM article_tokens('');
SELECT count(*) FROM article_tokens(E' \n\t\r\n ');
SELECT count(*) FROM article_tokens(NULL);

-- Works per row of a table, in a lateral join.
SELECT s.id, t.token FROM samples s CROSS JOIN LATERAL article_tokens(s.body) t
WHERE t.token_no = 1 ORDER BY s.id;

-- Declared IMMUTABLE, STRICT, PARALLEL SAFE, set-returning, with estimates.
SELECT proname, provolatile, proparallel, proisstrict, proretset, procost > 1 AS costed, prorows
FROM pg_proc WHERE proname IN ('article_tokens', 'article_sentences', 'article_version')
ORDER BY proname;

DROP TABLE samples;
