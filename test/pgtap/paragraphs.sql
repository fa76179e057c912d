-- article_paragraphs on generated articles: every paragraph has a role,
-- positions round-trip, and site chrome phrases come out as boilerplate.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS pg_article;
SELECT plan(7);

-- Body paragraphs, chrome and credits lines, mixed by hashing the article
-- and paragraph numbers so that every run tests the same text.
CREATE TEMP TABLE pieces (n int, kind text, piece text);
INSERT INTO pieces
SELECT row_number() OVER () - 1, kind, piece FROM (VALUES
  ('body', 'The council approved the budget on Monday after a long debate.'),
  ('body', 'Gen. Sergei Shoigu met envoys from the U.S. and Japan. Talks continue.'),
  ('body', '"We will rebuild," said Ana Ruiz, the mayor of Valencia.'),
  ('body', 'Prices rose 3.5% in Zürich, the highest since 2008, officials said.'),
  ('body', 'Schools in Łódź reopened; 😀 pupils returned on Tuesday.'),
  ('boilerplate', 'Sign up for our newsletter'),
  ('boilerplate', 'Follow us on Facebook and Instagram'),
  ('boilerplate', 'Share this article'),
  ('boilerplate', 'We use cookies to improve your experience.'),
  ('boilerplate', 'Please disable your ad blocker to keep reading.'),
  ('boilerplate', 'Leave a comment'),
  ('boilerplate', 'Click here to read more stories'),
  ('boilerplate', 'Weather'),
  ('boilerplate', 'Advertisement'),
  ('credits', 'Reporting by Ana Ruiz in Lagos; editing by Tom Vidal'),
  ('credits', 'Staff writer Mia Chen in Paris contributed to this report.')
) AS v(kind, piece);

CREATE TEMP TABLE articles AS
SELECT a AS id,
       'Harbour talks resume' || E'\n\n' ||
       string_agg(p.piece, E'\n\n' ORDER BY i) AS body,
       array_agg(p.kind ORDER BY i) AS kinds
FROM generate_series(1, 30) a CROSS JOIN generate_series(1, 20) i
JOIN pieces p ON p.n = abs(hashint4(a * 100 + i)::bigint) % (SELECT count(*) FROM pieces)
GROUP BY a;

CREATE TEMP TABLE parts AS
SELECT a.id, p.* FROM articles a, article_paragraphs(a.body) p;

SELECT cmp_ok((SELECT count(*) FROM parts), '>', 500::bigint, 'the generated articles have many paragraphs');

SELECT is((SELECT count(*) FROM parts
           WHERE role IS NULL OR role NOT IN ('headline', 'dateline', 'byline', 'body', 'credits', 'boilerplate')),
          0::bigint, 'every paragraph has one of the six roles');

SELECT is((SELECT count(*) FROM (
             SELECT a.id, s.paragraph_no FROM articles a, article_sentences(a.body) s
             EXCEPT SELECT id, paragraph_no FROM parts) missing),
          0::bigint, 'every paragraph of article_sentences has a row');

SELECT is((SELECT count(*) FROM parts p JOIN articles a USING (id)
           WHERE substr(a.body, p.start_pos, p.end_pos - p.start_pos) IS DISTINCT FROM p.paragraph),
          0::bigint, 'every paragraph is the text at its positions');

-- Paragraph 1 is the headline; paragraph i + 1 is piece i.
SELECT is((SELECT count(*) FROM parts WHERE paragraph_no = 1 AND role <> 'headline'),
          0::bigint, 'the first line of every article is its headline');

SELECT is((SELECT count(*) FROM parts p JOIN articles a USING (id)
           WHERE p.paragraph_no > 1 AND a.kinds[p.paragraph_no - 1] = 'boilerplate'
             AND p.role <> 'boilerplate'),
          0::bigint, 'every chrome phrase is classified boilerplate');

SELECT is((SELECT count(*) FROM parts p JOIN articles a USING (id)
           WHERE p.paragraph_no > 1 AND p.role <> a.kinds[p.paragraph_no - 1]),
          0::bigint, 'body and credits paragraphs keep their roles');

SELECT * FROM finish();
ROLLBACK;
