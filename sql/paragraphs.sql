-- article_paragraphs: paragraph roles on the fixture articles, datelines
-- and their fields, and positions that round-trip through substr.

\set lagos `cat test/fixtures/structure/lagos_port.txt`
\set kenya `cat test/fixtures/structure/kenya_floods.txt`
\set lisbon `cat test/fixtures/structure/lisbon_budget.txt`
\set ferry `cat test/fixtures/structure/ferry_link.txt`

CREATE TABLE structure_articles (id text PRIMARY KEY, body text NOT NULL);
INSERT INTO structure_articles VALUES ('lagos', :'lagos'), ('kenya', :'kenya'), ('lisbon', :'lisbon'),
  ('ferry', :'ferry');

-- Roles of every paragraph (a dateline row and a body row share a paragraph_no).
SELECT paragraph_no, role, left(paragraph, 60) AS paragraph, dateline_place, dateline_agency
  FROM article_paragraphs(:'lagos');
SELECT paragraph_no, role, left(paragraph, 60) AS paragraph, dateline_place, dateline_agency
  FROM article_paragraphs(:'kenya');
SELECT paragraph_no, role, left(paragraph, 60) AS paragraph, dateline_place, dateline_agency
  FROM article_paragraphs(:'lisbon');
-- A byline without "By", photo credits and follow links.
SELECT paragraph_no, role, left(paragraph, 60) AS paragraph, dateline_place, dateline_agency
  FROM article_paragraphs(:'ferry');

-- Positions: every row is exactly the text at its positions, rows are in
-- text order without overlap, and every paragraph of article_sentences has rows.
SELECT a.id,
       count(*) AS parts,
       bool_and(substr(a.body, p.start_pos, p.end_pos - p.start_pos) = p.paragraph) AS round_trip,
       bool_and(p.start_pos < p.end_pos) AS non_empty
FROM structure_articles a, article_paragraphs(a.body) p
GROUP BY a.id ORDER BY a.id;

SELECT a.id, bool_and(p.start_pos >= coalesce(p.prev_end, 1)) AS ordered
FROM structure_articles a,
     LATERAL (SELECT start_pos, lag(end_pos) OVER (ORDER BY start_pos) AS prev_end
              FROM article_paragraphs(a.body)) p
GROUP BY a.id ORDER BY a.id;

SELECT a.id,
       (SELECT array_agg(DISTINCT paragraph_no ORDER BY paragraph_no) FROM article_sentences(a.body))
       = (SELECT array_agg(DISTINCT paragraph_no ORDER BY paragraph_no) FROM article_paragraphs(a.body))
       AS same_paragraphs
FROM structure_articles a ORDER BY a.id;

-- Datelines in their usual forms, and their place and agency.
SELECT paragraph_no, role, paragraph, dateline_place, dateline_agency
  FROM article_paragraphs('WASHINGTON, March 5 (AP) — The Senate voted 61-39.');
SELECT paragraph_no, role, paragraph, dateline_place, dateline_agency
  FROM article_paragraphs(E'Talks stall\n\nNAIROBI, Kenya (Reuters) - Talks stalled.\n\nLONDON — Rates held.');

-- Bylines, follow links and photo credits beside lines that only look like them.
SELECT paragraph_no, role, paragraph
  FROM article_paragraphs(E'Jane Doe and John Roe win the cup\n\nJane Doe, Staff Writer\n\n'
                          'Follow the money, said the coach.\n\nFollow Jane Doe on X @janedoe\n\n'
                          'Photo: Fans gather outside the stadium\n\nImage: AP');

-- NULL in, no rows out; empty text, no rows.
SELECT count(*) FROM article_paragraphs(NULL);
SELECT count(*) FROM article_paragraphs('');

DROP TABLE structure_articles;
