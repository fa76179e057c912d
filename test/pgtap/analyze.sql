-- article_analyze on generated articles: the jsonb has the documented
-- shape, every position round-trips through substr, and nothing comes out
-- of a boilerplate paragraph.  On huge inputs it is cancelled by
-- statement_timeout, and an analysis too large for one jsonb value fails
-- with a clear error instead of a corrupt value.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS pg_article;
SELECT plan(16);

\ir include/cancel_state.sql

-- Body, chrome and credits paragraphs, mixed by hashing the article and
-- paragraph numbers so that every run tests the same text.  The chrome
-- names people, places and dates, which must not come out.
CREATE TEMP TABLE pieces (n int, piece text);
INSERT INTO pieces
SELECT row_number() OVER () - 1, piece FROM unnest(ARRAY[
  'The council in Valencia approved the budget on Monday after a long debate.',
  '"We will rebuild the harbour by 2026," said Ana Ruiz, the mayor of Valencia.',
  'Prices rose 3.5% in Zürich last month, the highest since 2008, officials said.',
  'Gen. Sergei Shoigu met envoys from the United Nations in Geneva on March 3, 2024.',
  'Ruiz told reporters that the port of Łódź would reopen within two weeks.',
  'Sign up for the Morning Brief with Clara Osei, delivered every Monday at 7 a.m.',
  'Follow us on Facebook and Instagram',
  'Advertisement',
  'Share this article',
  'Reporting by Mia Chen in Lagos; editing by Tom Vidal'
]) AS piece;

CREATE TEMP TABLE articles AS
SELECT a AS id,
       CASE WHEN a % 3 = 0 THEN 'GENEVA (Reuters) - ' ELSE '' END ||
       string_agg(p.piece, E'\n\n' ORDER BY i) AS body
FROM generate_series(1, 40) a CROSS JOIN generate_series(1, 12) i
JOIN pieces p ON p.n = abs(hashint4(a * 100 + i)::bigint) % (SELECT count(*) FROM pieces)
GROUP BY a;

CREATE TEMP TABLE analyzed AS
SELECT id, body, article_analyze(body, DATE '2024-03-15') AS j FROM articles;
CREATE TEMP TABLE chrome AS
SELECT a.id, p.start_pos, p.end_pos FROM articles a, article_paragraphs(a.body) p WHERE p.role = 'boilerplate';
CREATE TEMP TABLE mentions AS
SELECT a.id, g.value AS entity, m.value AS mention
FROM analyzed a, jsonb_array_elements(a.j->'entities') g, jsonb_array_elements(g.value->'mentions') m;

SELECT is((SELECT count(*) FROM analyzed
           WHERE jsonb_typeof(j) <> 'object'
              OR array(SELECT jsonb_object_keys(j) ORDER BY 1)
                 <> ARRAY['dateline', 'dates', 'entities', 'paragraphs', 'quotes', 'sentences', 'version']),
          0::bigint, 'every result is an object with the seven documented sections');

SELECT is((SELECT count(*) FROM analyzed a, unnest(ARRAY['paragraphs', 'sentences', 'entities', 'dates', 'quotes']) s
           WHERE jsonb_typeof(a.j->s) <> 'array'),
          0::bigint, 'the list sections are arrays');

SELECT cmp_ok((SELECT count(*) FROM chrome), '>', 40::bigint, 'the generated articles have boilerplate paragraphs');
SELECT cmp_ok((SELECT count(*) FROM mentions), '>', 100::bigint, 'the generated articles have many entity mentions');

SELECT is((SELECT count(*) FROM analyzed a WHERE (a.id % 3 = 0) <> (jsonb_typeof(a.j->'dateline') = 'object')),
          0::bigint, 'articles with a dateline report it, the others have null');

SELECT is((SELECT count(*) FROM analyzed a, jsonb_array_elements(a.j->'sentences') s
           JOIN LATERAL article_sentences(a.body) r ON r.sentence_no = (s->>'sentence_no')::int
           WHERE (s->>'start_pos')::int <> r.start_pos OR (s->>'end_pos')::int <> r.end_pos
              OR (s->>'paragraph_no')::int <> r.paragraph_no),
          0::bigint, 'sentences have the positions of article_sentences');

SELECT is((SELECT sum(jsonb_array_length(j->'sentences'))::bigint FROM analyzed),
          (SELECT count(*) FROM articles a, article_sentences(a.body)),
          'every sentence is reported');

SELECT is((SELECT count(*) FROM analyzed a, jsonb_array_elements(a.j->'paragraphs') p
           WHERE (p->>'start_pos')::int >= (p->>'end_pos')::int
              OR (p->>'role') NOT IN ('headline', 'dateline', 'byline', 'body', 'credits', 'boilerplate')),
          0::bigint, 'paragraphs are non-empty and have a documented role');

SELECT is((SELECT count(*) FROM mentions m JOIN analyzed a USING (id)
           WHERE substr(a.body, (mention->>'start_pos')::int, (mention->>'end_pos')::int - (mention->>'start_pos')::int)
                 IS DISTINCT FROM mention->>'text'),
          0::bigint, 'every entity mention is the text at its positions');

SELECT is((SELECT count(*) FROM analyzed a, jsonb_array_elements(a.j->'entities') g
           WHERE (g->>'count')::int <> jsonb_array_length(g->'mentions')
              OR (g->>'type') NOT IN ('PERSON', 'ORG', 'LOC', 'MISC')),
          0::bigint, 'every entity counts its mentions and has a documented type');

SELECT is((SELECT count(*) FROM analyzed a, jsonb_array_elements(a.j->'dates') d
           WHERE substr(a.body, (d->>'start_pos')::int, (d->>'end_pos')::int - (d->>'start_pos')::int)
                 IS DISTINCT FROM d->>'expression'),
          0::bigint, 'every date is the text at its positions');

SELECT is((SELECT count(*) FROM analyzed a, jsonb_array_elements(a.j->'quotes') q
           WHERE substr(a.body, (q->>'quote_start')::int, (q->>'quote_end')::int - (q->>'quote_start')::int)
                 IS DISTINCT FROM q->>'quote'),
          0::bigint, 'every quote is the text at its positions');

SELECT is((SELECT count(*) FROM chrome c JOIN (
             SELECT id, (mention->>'start_pos')::int AS s, (mention->>'end_pos')::int AS e FROM mentions
             UNION ALL
             SELECT a.id, (d->>'start_pos')::int, (d->>'end_pos')::int FROM analyzed a, jsonb_array_elements(a.j->'dates') d
             UNION ALL
             SELECT a.id, (q->>'quote_start')::int, (q->>'quote_end')::int FROM analyzed a, jsonb_array_elements(a.j->'quotes') q
           ) x USING (id) WHERE x.s >= c.start_pos AND x.e <= c.end_pos),
          0::bigint, 'no entity, date or quote lies inside a boilerplate paragraph');

SELECT is((SELECT count(*) FROM mentions WHERE entity->>'canonical' = 'Clara Osei'),
          0::bigint, 'a person named only in chrome never comes out');

SET LOCAL statement_timeout = '1s';
SELECT is(pg_temp.cancel_state($$
            SELECT pg_column_size(article_analyze(
              repeat('The minister said the plan works. Officials met on Monday! ', 1700000)))$$),
          '57014', 'statement_timeout cancels article_analyze on 100 MB of text');
SET LOCAL statement_timeout = 0;

-- 11 MB of "On Monday. " holds a million sentences and dates: over 256 MB of jsonb.
SELECT throws_ok($$SELECT pg_column_size(article_analyze(repeat('On Monday. ', 1000000), DATE '2024-03-15'))$$,
                 '54000', 'article analysis exceeds the maximum jsonb size of 268435455 bytes',
                 'an analysis larger than a jsonb value can hold raises program_limit_exceeded');

SELECT * FROM finish();
ROLLBACK;
